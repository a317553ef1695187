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
    var p = 0
    var s = 0
    var star = -1
    var resume = 0
    while s < path.count {
      if p < pattern.count && pattern[p] == anySegments {
        star = p
        resume = s
        p += 1
      } else if p < pattern.count && segment(pattern[p], path[s]) {
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
    while p < pattern.count && pattern[p] == anySegments { p += 1 }
    return p == pattern.count
  }

  /// One segment's bytes against a pattern with `*` (any run) and `?` (any one byte).
  static func segment(_ pattern: [UInt8], _ name: [UInt8]) -> Bool {
    let star = UInt8(ascii: "*")
    let question = UInt8(ascii: "?")
    var p = 0
    var n = 0
    var lastStar = -1
    var resume = 0
    while n < name.count {
      if p < pattern.count && pattern[p] == star {
        lastStar = p
        resume = n
        p += 1
      } else if p < pattern.count && (pattern[p] == question || pattern[p] == name[n]) {
        p += 1
        n += 1
      } else if lastStar >= 0 {
        p = lastStar + 1
        resume += 1
        n = resume
      } else {
        return false
      }
    }
    while p < pattern.count && pattern[p] == star { p += 1 }
    return p == pattern.count
  }
}
