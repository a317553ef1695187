import Drafts

/// A problem in a facts file, placed at a one-based line and column (Unicode scalars).
public struct FactDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
  public var path: String
  public var line: Int
  public var column: Int
  public var message: String

  public init(path: String, line: Int, column: Int, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String { "\(path):\(line):\(column): error: \(message)" }
}

/// Every problem found in a fact base; loading fails whole so a half-valid base never checks a draft.
public struct FactBaseError: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [FactDiagnostic]

  public init(diagnostics: [FactDiagnostic]) { self.diagnostics = diagnostics }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
