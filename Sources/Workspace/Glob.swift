/// Shell-style path patterns: `*` and `?` within a segment, `**` across segments; a pattern with no `/`
/// matches a file name at any depth, and a pattern matching a folder covers what is inside it.
///
/// Matching is greedy with a single backtracking point per level (the classic wildcard algorithm), so it takes
/// time proportional to pattern × path, never exponential in the number of `*` or `**`.
public enum Glob {
  private static let anySegments = Array("**".utf8)

  public static func matches(pattern: String, path: String) -> Bool {
    var pattern = pattern
    if pattern.hasPrefix("./") { pattern.removeFirst(2) }
    if pattern.hasSuffix("/") { pattern += "**" }
    let parts = path.split(separator: "/").map { Array($0.utf8) }
    if !pattern.contains("/") {
      let name = Array(pattern.utf8)
      return parts.contains { segment(name, $0) }
    }
    // A trailing `**` makes a pattern that matches a folder cover everything inside it.
    let patternParts = pattern.split(separator: "/").map { Array($0.utf8) } + [anySegments]
    return segments(patternParts, parts)
  }

  /// Path segments against pattern segments, `**` standing for any number of them.
  static func segments(_ pattern: [[UInt8]], _ path: [[UInt8]]) -> Bool {
    wildcard(pattern, path, isStar: { $0 == anySegments }, matches: segment)
  }

  /// One segment's bytes against a pattern with `*` (any run) and `?` (any one byte).
  static func segment(_ pattern: [UInt8], _ name: [UInt8]) -> Bool {
    wildcard(pattern, name, isStar: { $0 == UInt8(ascii: "*") }) { $0 == UInt8(ascii: "?") || $0 == $1 }
  }

  /// The classic wildcard match: on a mismatch, retry from the last star one element further on.
  private static func wildcard<P, S>(
    _ pattern: [P], _ subject: [S], isStar: (P) -> Bool, matches: (P, S) -> Bool
  ) -> Bool {
    var p = 0
    var s = 0
    var star = -1
    var resume = 0
    while s < subject.count {
      if p < pattern.count && isStar(pattern[p]) {
        star = p
        resume = s
        p += 1
      } else if p < pattern.count && matches(pattern[p], subject[s]) {
        p += 1
        s += 1
      } else if star >= 0 {
        p = star + 1
        resume += 1
        s = resume
      } else {
        return false
      }
    }
    while p < pattern.count && isStar(pattern[p]) { p += 1 }
    return p == pattern.count
  }
}
