import Drafts

/// A word folded to lowercase ASCII without accents, packed in two integers, so that looking a word up
/// in the lexicon hashes two integers instead of allocating a String for every word of a draft.
struct WordKey: Hashable, Sendable {
  var low: UInt64
  var high: UInt64

  static let empty = WordKey(low: 0, high: 0)

  /// Folds a table word written in Swift ("quatre", "août"); only used while building tables.
  init(_ word: String) {
    let bytes = Array(word.utf8)
    self = bytes.withUnsafeBufferPointer { WordKey.fold($0, 0, $0.count) } ?? .empty
  }

  init(low: UInt64, high: UInt64) {
    self.low = low
    self.high = high
  }

  /// Folds the letters `p[start..<end]` as `WordFolding` does; nil when the fold is longer than 16 bytes or a
  /// letter has no ASCII fold (such a word is in no table, so it needs no key).
  static func fold(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> WordKey? {
    var key = WordKey.empty
    var n = 0
    var i = start
    while i < end {
      let b = p[i]
      let piece: WordFolding.Piece
      if b < 0x80 {
        piece = WordFolding.Piece(a: WordFolding.ascii(b), b: 0, count: 1)
        i += 1
      } else if b >= 0xC2 && b < 0xE0 && i + 1 < end,
        let latin = WordFolding.latin(UInt32(b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)), latin.isASCII
      {
        piece = latin
        i += 2
      } else {
        return nil
      }
      for k in 0..<piece.count {
        guard key.append(piece[k], at: n) else { return nil }
        n += 1
      }
    }
    return key
  }

  /// Puts folded byte `c` at position `n` (0…15) of the key; false past 16 bytes.
  @inline(__always)
  mutating func append(_ c: UInt8, at n: Int) -> Bool {
    if n < 8 {
      low |= UInt64(c) &<< UInt64(8 * n)
    } else if n < 16 {
      high |= UInt64(c) &<< UInt64(8 * (n - 8))
    } else {
      return false
    }
    return true
  }

  var hashSeed: UInt64 {
    (low &* 0x9E37_79B9_7F4A_7C15) ^ ((high &+ 0x1234_5678) &* 0xC2B2_AE3D_27D4_EB4F)
  }
}
