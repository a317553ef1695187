/// Shell-style path patterns: `*` and `?` within a segment, `**` across segments; a pattern with no `/`
/// matches a file name at any depth, and a pattern matching a folder covers what is inside it.
public enum Glob {
  public static func matches(pattern: String, path: String) -> Bool {
    var pattern = pattern
    if pattern.hasPrefix("./") { pattern.removeFirst(2) }
    if pattern.hasSuffix("/") { pattern += "**" }
    let parts = path.split(separator: "/").map(String.init)
    if !pattern.contains("/") {
      return parts.contains { segment(Array(pattern.utf8)[...], Array($0.utf8)[...]) }
    }
    let patternParts = pattern.split(separator: "/").map(String.init)
    return match(patternParts[...], parts[...])
      || (1..<max(parts.count, 1)).contains { n in
        match(patternParts[...], parts.prefix(n))
      }
  }

  private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
    guard let first = pattern.first else { return path.isEmpty }
    if first == "**" {
      return (0...path.count).contains { match(pattern.dropFirst(), path.dropFirst($0)) }
    }
    guard let head = path.first, segment(Array(first.utf8)[...], Array(head.utf8)[...]) else { return false }
    return match(pattern.dropFirst(), path.dropFirst())
  }

  private static func segment(_ p: ArraySlice<UInt8>, _ s: ArraySlice<UInt8>) -> Bool {
    guard let c = p.first else { return s.isEmpty }
    if c == UInt8(ascii: "*") {
      return (0...s.count).contains { segment(p.dropFirst(), s.dropFirst($0)) }
    }
    guard let d = s.first, c == UInt8(ascii: "?") || c == d else { return false }
    return segment(p.dropFirst(), s.dropFirst())
  }
}
