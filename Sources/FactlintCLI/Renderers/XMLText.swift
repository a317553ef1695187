/// Escapes text for XML 1.0 attributes and content, for the Checkstyle and JUnit reports.
///
/// Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates cannot occur in a String) become
/// U+FFFD, so a stray control character in a draft never makes a CI server reject the whole report.
enum XMLText {
  static func escape(_ text: String) -> String {
    var out: [UInt8] = []
    append(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// The replacements as bytes, made once.
  private enum Entity {
    static let amp = Array("&amp;".utf8)
    static let lt = Array("&lt;".utf8)
    static let gt = Array("&gt;".utf8)
    static let quot = Array("&quot;".utf8)
    static let apos = Array("&apos;".utf8)
    static let lf = Array("&#10;".utf8)
    static let cr = Array("&#13;".utf8)
    static let tab = Array("&#9;".utf8)
    static let replacement = Array("\u{FFFD}".utf8)
  }

  /// The same escape appended as bytes: runs that need none are copied whole.
  static func append(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { utf8 in
      var start = 0
      var index = 0
      while index < utf8.count {
        let byte = utf8[index]
        let replacement: [UInt8]?
        switch byte {
        case UInt8(ascii: "&"): replacement = Entity.amp
        case UInt8(ascii: "<"): replacement = Entity.lt
        case UInt8(ascii: ">"): replacement = Entity.gt
        case UInt8(ascii: "\""): replacement = Entity.quot
        case UInt8(ascii: "'"): replacement = Entity.apos
        case 0x0A: replacement = Entity.lf
        case 0x0D: replacement = Entity.cr
        case 0x09: replacement = Entity.tab
        case ..<0x20: replacement = Entity.replacement
        // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters either.
        case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE:
          if start < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index])) }
          out.append(contentsOf: "\u{FFFD}".utf8)
          index += 3
          start = index
          continue
        default: replacement = nil
        }
        if let replacement {
          if start < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index])) }
          out.append(contentsOf: replacement)
          start = index + 1
        }
        index += 1
      }
      if start < utf8.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
    }
  }
}
