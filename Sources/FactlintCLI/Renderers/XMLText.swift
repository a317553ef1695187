/// Escapes text for XML 1.0 attributes and content, for the Checkstyle and JUnit reports.
///
/// Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates cannot occur in a String) become
/// U+FFFD, so a stray control character in a draft never makes a CI server reject the whole report.
enum XMLText {
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      case "\t": out += "&#9;"
      case let c where c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF: out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
