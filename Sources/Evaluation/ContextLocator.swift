/// Finds a label's verbatim context in a passage, as `docs/corpus.md` defines the comparison: any run of spaces
/// (no-break and narrow no-break spaces, line breaks) matches any other, and `'` matches `’`; nothing else folds.
public struct ContextLocator: Sendable {
  private let scalars: [Unicode.Scalar]
  /// UTF-8 offset of each scalar, and one past the end.
  private let offsets: [Int]

  public init(bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    scalars = Array(text.unicodeScalars)
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    self.offsets = offsets
  }

  public enum Outcome: Sendable, Equatable {
    /// The UTF-8 span of the marked figure in the passage.
    case found(Range<Int>)
    case notFound
    case ambiguous(count: Int)
  }

  /// Where the label's marked figure is in the passage.
  public func locate(_ label: Label) -> Outcome {
    let pattern = Array(label.context.unicodeScalars)
    var matches: [Range<Int>] = []
    for start in scalars.indices {
      if let span = match(pattern, mark: label.mark, at: start) {
        matches.append(span)
        if matches.count > 1 { break }
      }
    }
    switch matches.count {
    case 0: return .notFound
    case 1: return .found(matches[0])
    default: return .ambiguous(count: countAll(pattern, mark: label.mark))
    }
  }

  private func countAll(_ pattern: [Unicode.Scalar], mark: Range<Int>) -> Int {
    scalars.indices.reduce(0) { $0 + (match(pattern, mark: mark, at: $1) == nil ? 0 : 1) }
  }

  /// The marked span when `pattern` matches at `start`; a match starts and ends on a non-space.
  private func match(_ pattern: [Unicode.Scalar], mark: Range<Int>, at start: Int) -> Range<Int>? {
    var p = 0
    var t = start
    var markStart: Int?
    var markEnd: Int?
    // Leading and trailing spaces of the context say nothing: skip them in the pattern.
    var last = pattern.count
    while p < last && Self.isSpace(pattern[p]) { p += 1 }
    while last > p && Self.isSpace(pattern[last - 1]) { last -= 1 }
    guard p < last, t < scalars.count, !Self.isSpace(scalars[t]) else { return nil }
    while p < last {
      if p == mark.lowerBound { markStart = t }
      if p == mark.upperBound { markEnd = t }
      if Self.isSpace(pattern[p]) {
        guard t < scalars.count, Self.isSpace(scalars[t]) else { return nil }
        while p < last && Self.isSpace(pattern[p]) { p += 1 }
        while t < scalars.count && Self.isSpace(scalars[t]) { t += 1 }
        continue
      }
      guard t < scalars.count, Self.fold(pattern[p]) == Self.fold(scalars[t]) else { return nil }
      p += 1
      t += 1
    }
    if mark.upperBound >= last { markEnd = markEnd ?? t }
    guard let markStart, let markEnd else { return nil }
    return offsets[markStart]..<offsets[markEnd]
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "\u{2019}", "\u{02BC}", "\u{2018}": "'"
    default: scalar
    }
  }
}
