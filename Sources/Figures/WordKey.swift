/// A word folded to lowercase ASCII without accents, packed in two integers, so that looking a word up
/// in the lexicon hashes two integers instead of allocating a String for every word of a draft.
struct WordKey: Hashable, Sendable {
  var low: UInt64
  var high: UInt64

  static let empty = WordKey(low: 0, high: 0)

  /// Folds a table word written in Swift ("quatre", "août"); only used while building tables.
  init(_ word: String) {
    let bytes = Array(word.utf8)
    let table = WordKey.latin1Fold
    self =
      bytes.withUnsafeBufferPointer { p in
        table.withUnsafeBufferPointer { WordKey.fold(p, 0, p.count, table: $0) }
      } ?? .empty
  }

  init(low: UInt64, high: UInt64) {
    self.low = low
    self.high = high
  }

  /// Folds the letters `p[start..<end]`; nil when the fold is longer than 16 bytes or a letter has no
  /// ASCII fold (such a word is in no table, so it needs no key).
  @inline(__always)
  static func fold(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, table: UnsafeBufferPointer<UInt8>)
    -> WordKey?
  {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var n = 0
    var i = start
    while i < end {
      let b = p[i]
      var c: UInt8
      var second: UInt8 = 0
      if b < 0x80 {
        c = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
        i += 1
      } else if b == 0xC3 && i + 1 < end {
        c = table[Int(p[i + 1] & 0x3F)]
        if c == 0 { return nil }
        i += 2
      } else if b == 0xC5 && i + 1 < end && (p[i + 1] == 0x92 || p[i + 1] == 0x93) {
        c = 0x6F  // œ → oe
        second = 0x65
        i += 2
      } else {
        return nil
      }
      while true {
        if n < 8 {
          low |= UInt64(c) << UInt64(8 * n)
        } else if n < 16 {
          high |= UInt64(c) << UInt64(8 * (n - 8))
        } else {
          return nil
        }
        n += 1
        if second == 0 { break }
        c = second
        second = 0
      }
    }
    return WordKey(low: low, high: high)
  }

  /// Accent-free lowercase letter for U+00C0…U+00FF, indexed by the low 6 bits of the second UTF-8 byte; 0 for × ÷ and
  /// letters with no one-letter fold.
  static let latin1Fold: [UInt8] = {
    let upper = "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0s"
    let lower = "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y"
    return Array((upper + lower).utf8)
  }()

  var hashSeed: UInt64 {
    (low &* 0x9E37_79B9_7F4A_7C15) ^ ((high &+ 0x1234_5678) &* 0xC2B2_AE3D_27D4_EB4F)
  }
}
