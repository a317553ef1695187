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
///
/// Indexed once, so a question costs a hash look-up and two binary searches, whatever the number of directives
/// (100,000 `disable-next-line` comments once cost 90 s on a 10 MB draft).
public struct Suppressions: Sendable {
  public let directives: [SuppressionDirective]

  /// A `disable` or `enable` directive: where it stands and in which order it came.
  struct RegionChange: Sendable {
    var line: Int
    var order: Int
    var disables: Bool
  }

  /// Next-line directives by the line they cover: nil ids means every fact.
  private let nextLine: [Int: Set<String>?]
  /// Region changes that apply to every fact, and those limited to one fact, each sorted by (line, order).
  private let everyFact: [RegionChange]
  private let byFact: [String: [RegionChange]]

  public init(directives: [SuppressionDirective]) {
    self.directives = directives
    var nextLine: [Int: Set<String>?] = [:]
    var everyFact: [RegionChange] = []
    var byFact: [String: [RegionChange]] = [:]
    for (order, directive) in directives.enumerated() {
      switch directive.kind {
      case .disableNextLine:
        let covered = directive.line + 1
        if directive.factIds.isEmpty {
          nextLine[covered] = .some(nil)
        } else if let existing = nextLine[covered] {
          nextLine[covered] = existing.map { $0.union(directive.factIds) }
        } else {
          nextLine[covered] = Set(directive.factIds)
        }
      case .disable, .enable:
        let change = RegionChange(line: directive.line, order: order, disables: directive.kind == .disable)
        if directive.factIds.isEmpty {
          everyFact.append(change)
        } else {
          for id in Set(directive.factIds) { byFact[id, default: []].append(change) }
        }
      }
    }
    let byPosition: (RegionChange, RegionChange) -> Bool = { ($0.line, $0.order) < ($1.line, $1.order) }
    self.nextLine = nextLine
    self.everyFact = everyFact.sorted(by: byPosition)
    self.byFact = byFact.mapValues { $0.sorted(by: byPosition) }
  }

  public func isSuppressed(line: Int, factId: String) -> Bool {
    if directives.isEmpty { return false }
    if let covered = nextLine[line] {
      guard let ids = covered else { return true }
      if ids.contains(factId) { return true }
    }
    // The last region change at or above the line that applies to the fact decides.
    let shared = Self.last(in: everyFact, atOrBefore: line)
    let own = byFact[factId].flatMap { Self.last(in: $0, atOrBefore: line) }
    switch (shared, own) {
    case (nil, nil): return false
    case (let a?, nil): return a.disables
    case (nil, let b?): return b.disables
    case (let a?, let b?): return a.order > b.order ? a.disables : b.disables
    }
  }

  private static func last(in changes: [RegionChange], atOrBefore line: Int) -> RegionChange? {
    var low = 0
    var high = changes.count
    while low < high {
      let mid = (low + high) / 2
      if changes[mid].line <= line { low = mid + 1 } else { high = mid }
    }
    return low > 0 ? changes[low - 1] : nil
  }
}
