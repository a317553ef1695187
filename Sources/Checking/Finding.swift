import FactBase

/// How loud a finding is; CI gates on it.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
  case error
  case warning
  case info

  var rank: Int {
    switch self {
    case .error: 2
    case .warning: 1
    case .info: 0
    }
  }

  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A replacement that repairs a finding: `replacement` goes where `span` (UTF-8 offsets) was.
public struct Fix: Sendable, Hashable {
  public var span: Range<Int>
  public var replacement: String

  public init(span: Range<Int>, replacement: String) {
    self.span = span
    self.replacement = replacement
  }
}

/// One thing to tell the writer about a figure of the draft.
public struct Finding: Sendable, Hashable {
  /// The id of the rule that fired (`RuleRegistry`).
  public var rule: String
  public var severity: Severity
  public var message: String
  /// UTF-8 offsets of the figure in the draft.
  public var span: Range<Int>
  /// The figure as written.
  public var found: String
  /// The fact's value written in the draft's language and typography; nil for a finding about no fact.
  public var expected: String?
  /// The fact the finding is about; a rule may find things no fact covers.
  public var fact: Fact?
  public var fix: Fix?

  public init(
    rule: String, severity: Severity, message: String, span: Range<Int>, found: String, expected: String?,
    fact: Fact?, fix: Fix?
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.span = span
    self.found = found
    self.expected = expected
    self.fact = fact
    self.fix = fix
  }

  public var factId: String? { fact?.id }
}

/// The rule identifiers, as constants for code that names a rule; the rules themselves are in `RuleRegistry`.
public enum Rule {
  public static let figureMismatch = FigureMismatchRule.id
  public static let figureInconsistent = FigureInconsistentRule.id
  /// Every rule's id, in the registry's order.
  public static var all: [String] { RuleRegistry.all.map(\.id) }
}
