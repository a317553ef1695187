import Foundation
import JSONOutput
import TestSupport
import Testing

/// The reference: one scalar at a time, the rule as RFC 8259 states it.
private func referenceEscape(_ s: String) -> String {
  var out = "\""
  for scalar in s.unicodeScalars {
    switch scalar {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out += "\\t"
    case let c where c.value < 0x20: out += String(format: "\\u%04x", c.value)
    default: out.unicodeScalars.append(scalar)
    }
  }
  return out + "\""
}

@Suite struct JSONBytesTests {
  /// The eight-bytes-at-a-time scan must never skip a byte that needs an escape, wherever it falls in a word.
  @Test func escapingMatchesTheReferenceOnRandomStrings() {
    var generator = SeededGenerator(seed: 20_261_202)
    let alphabet: [Character] = [
      "a", "é", "\"", "\\", "\n", "\t", "\u{01}", "\u{1F}", " ", "%", "😀", "\u{7F}", "\u{202F}", "z",
    ]
    for _ in 0..<2_000 {
      let length = Int.random(in: 0...40, using: &generator)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      var bytes: [UInt8] = []
      JSONString.append(text, to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == referenceEscape(text), "\(Array(text.unicodeScalars))")
    }
  }

  @Test func compactAndIndentedOutputParseToTheSameValue() throws {
    func write(_ indent: Int) -> [UInt8] {
      var out = JSONBytes(indent: indent)
      out.beginObject()
      out.member("name", "quote \" and \\ and\nline")
      out.member("count", 42)
      out.key("ratio")
      out.double(0.375)
      out.key("infinite")
      out.double(.infinity)
      out.array("empty") { _ in }
      out.object("none") { _ in }
      out.array("list") { out in
        out.int(-7)
        out.bool(true)
        out.null()
        out.raw(Array("12345678901234567890".utf8))
      }
      out.endObject()
      return out.bytes
    }
    let compact = write(0)
    let indented = write(2)
    #expect(!compact.contains(0x0A))
    #expect(
      String(decoding: indented, as: UTF8.self).hasPrefix(
        "{\n  \"name\": \"quote \\\" and \\\\ and\\nline\",\n  \"count\": 42"))
    #expect(String(decoding: indented, as: UTF8.self).contains("\"empty\": [],\n  \"none\": {},"))
    let a = try JSONSerialization.jsonObject(with: Data(compact)) as? NSDictionary
    let b = try JSONSerialization.jsonObject(with: Data(indented)) as? NSDictionary
    #expect(a != nil && a == b)
    #expect(a?["infinite"] is NSNull)
  }
}
