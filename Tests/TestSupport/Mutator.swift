/// Mutates seed inputs the way fuzzers do (flip, insert, delete, duplicate, splice in hostile bytes), seeded so a
/// failure replays. Hostile pieces: NUL, lone surrogates' bytes, bidi controls, zero-width joiners, deep nesting,
/// huge numbers, CRLF, invalid UTF-8.
public struct Mutator {
  public var random: SeededGenerator

  public init(seed: UInt64) { random = SeededGenerator(seed: seed) }

  static let pieces: [[UInt8]] = [
    [0], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xE2, 0x80, 0x8D], [0xE2, 0x80, 0x8F], [0xE2, 0x80, 0xAE],
    Array("\r\n".utf8), Array("\r".utf8), Array("1e400".utf8), Array("99999999999999999999".utf8),
    Array("-0".utf8), Array(String(repeating: "[", count: 600).utf8), Array("{\"a\":1,\"a\":2}".utf8),
    Array("<!-- factlint-disable -->".utf8), Array("<!-- factlint-disable-next-line -->".utf8), Array("```".utf8),
    Array("|".utf8), Array("95 %".utf8), Array("3 500 milliards d'euros".utf8), Array("31 février 2025".utf8),
    Array("\u{00A0}".utf8), Array("\"".utf8), Array("\\".utf8), Array(":".utf8), Array(",".utf8),
  ]

  public mutating func int(_ bound: Int) -> Int { Int(random.next() % UInt64(max(bound, 1))) }

  /// One to eight mutations of `seed`.
  public mutating func mutate(_ seed: [UInt8]) -> [UInt8] {
    var bytes = seed
    for _ in 0..<(1 + int(8)) {
      let at = int(bytes.count + 1)
      switch int(6) {
      case 0 where !bytes.isEmpty:
        bytes[min(at, bytes.count - 1)] ^= UInt8(1 << int(8))
      case 1:
        bytes.insert(contentsOf: Self.pieces[int(Self.pieces.count)], at: at)
      case 2 where !bytes.isEmpty:
        let end = min(bytes.count, at + int(64))
        bytes.removeSubrange(min(at, end)..<end)
      case 3 where !bytes.isEmpty:
        let start = int(bytes.count)
        let end = min(bytes.count, start + int(200))
        bytes.insert(contentsOf: bytes[start..<end], at: at)
      case 4:
        bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
      default:
        bytes = Array(bytes.prefix(at))
      }
    }
    return bytes
  }
}
