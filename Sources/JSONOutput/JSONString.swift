/// Writes a string as a JSON string literal: the one escaper of every JSON factlint writes.
public enum JSONString {
  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Copies runs of bytes that need no escape in one go; only quotes, backslashes and controls are rewritten.
  public static func append(_ s: String, to out: inout [UInt8]) {
    var s = s
    s.withUTF8 { utf8 in append(utf8, to: &out) }
  }

  public static func append(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var start = 0
    var index = 0
    let count = utf8.count
    let base = UnsafeRawPointer(utf8.baseAddress)
    while index < count {
      // Eight bytes at a time while none of them needs an escape (SWAR: a zero byte of `w ^ pattern` marks a
      // quote or a backslash, a byte below 0x20 a control).
      if let base {
        while index + 8 <= count {
          let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          if Self.needsEscape(word) { break }
          index += 8
        }
        if index >= count { break }
      }
      let byte = utf8[index]
      if byte >= 0x20 && byte != 0x22 && byte != 0x5C {
        index += 1
        continue
      }
      if start < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index])) }
      switch byte {
      case 0x22: out.append(contentsOf: [0x5C, 0x22])
      case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
      default:
        out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
      }
      index += 1
      start = index
    }
    if start < count { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<count])) }
    out.append(UInt8(ascii: "\""))
  }

  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Whether some byte of the word is a control, a quote or a backslash; may only err towards true.
  @inline(__always)
  static func needsEscape(_ word: UInt64) -> Bool {
    func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
    let control = (word &- ones &* 0x20) & ~word & highs != 0
    return control || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C))
  }
}
