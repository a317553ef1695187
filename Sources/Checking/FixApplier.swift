/// Applies fixes to a draft's bytes and touches nothing else.
///
/// Fixes are spliced into the original bytes, so the byte-order mark, CRLF line endings and every byte
/// outside the fixed ranges come out exactly as they went in; the file's I/O lives with the front ends.
public enum FixApplier {
  /// The fixed bytes and what went into them.
  public struct Outcome: Sendable, Hashable {
    public var bytes: [UInt8]
    /// Fixes spliced in, in text order.
    public var applied: [Fix]
    /// Fixes left out: overlapping an earlier one, out of bounds, splitting a character, or changing nothing.
    public var skipped: [Fix]
  }

  /// Splices every fix that can be applied safely; overlapping fixes keep the first in text order.
  public static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> Outcome {
    let ordered = fixes.enumerated().sorted {
      ($0.element.span.lowerBound, $0.element.span.upperBound, $0.offset)
        < ($1.element.span.lowerBound, $1.element.span.upperBound, $1.offset)
    }.map(\.element)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 64)
    var applied: [Fix] = []
    var skipped: [Fix] = []
    var copied = 0
    for fix in ordered {
      let span = fix.span
      let replacement = Array(fix.replacement.utf8)
      guard span.lowerBound >= copied, span.upperBound <= bytes.count,
        isBoundary(span.lowerBound, in: bytes), isBoundary(span.upperBound, in: bytes),
        !bytes[span].elementsEqual(replacement)
      else {
        skipped.append(fix)
        continue
      }
      result += bytes[copied..<span.lowerBound]
      result += replacement
      copied = span.upperBound
      applied.append(fix)
    }
    result += bytes[copied...]
    return Outcome(bytes: result, applied: applied, skipped: skipped)
  }

  /// Whether an offset falls between two UTF-8 characters rather than inside one.
  static func isBoundary(_ offset: Int, in bytes: [UInt8]) -> Bool {
    offset == bytes.count || bytes[offset] & 0xC0 != 0x80
  }
}
