/// A `<!-- factlint-… -->` comment: turns findings off for a region or the next line, for all facts or one.
public struct SuppressionDirective: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    case disable = "factlint-disable"
    case enable = "factlint-enable"
    case disableNextLine = "factlint-disable-next-line"
  }

  public var kind: Kind
  /// Zero-based line of the comment's end: a next-line directive covers the line after it.
  public var line: Int
  /// Fact ids the directive is limited to; empty means every fact.
  public var factIds: [String]

  public init(kind: Kind, line: Int, factIds: [String]) {
    self.kind = kind
    self.line = line
    self.factIds = factIds
  }

  /// Reads the inside of an HTML comment; nil when it is not a factlint directive.
  public static func parse(comment: String, line: Int) -> SuppressionDirective? {
    let words = comment.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "," })
    guard let first = words.first, let kind = Kind(rawValue: String(first)) else { return nil }
    return SuppressionDirective(kind: kind, line: line, factIds: words.dropFirst().map(String.init))
  }
}

/// Answers "is a finding on this line about this fact switched off?" from the draft's directives.
public struct Suppressions: Sendable {
  public let directives: [SuppressionDirective]

  public init(directives: [SuppressionDirective]) { self.directives = directives }

  public func isSuppressed(line: Int, factId: String) -> Bool {
    var disabled = false
    for directive in directives {
      let applies = directive.factIds.isEmpty || directive.factIds.contains(factId)
      guard applies else { continue }
      switch directive.kind {
      case .disableNextLine:
        if directive.line + 1 == line { return true }
      case .disable:
        if directive.line <= line { disabled = true }
      case .enable:
        if directive.line <= line { disabled = false }
      }
    }
    return disabled
  }
}
