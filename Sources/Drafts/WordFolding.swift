/// How factlint compares words, in every module: lowercase, marks removed, ligatures spelled out, so that
/// "Raffinée", "RAFFINEE", "Łódź" and "Lodz", "Œuvre" and "oeuvre" are the same word.
///
/// The word scanner (fact terms, pronouns, the language guess), the tokenizer (figure words) and the lexicon's
/// keys all fold with `latin(_:)`: one rule, so a word a table spells with an accent is the word a draft spells
/// without. The rule is the Unicode Latin-ASCII transliteration for Latin-1 and Latin Extended-A letters with
/// a Latin base: accents, cedillas, strokes and ogoneks go ("é" e, "ł" l, "đ" and "ð" d, "ø" o); "æ", "œ", "ĳ"
/// and "ß" become two letters. Letters with no Latin base ("þ", "ŋ", "ĸ") and other scripts have no ASCII fold:
/// they keep their own bytes, case included, so they still make words that only the same spelling matches.
public enum WordFolding {
  /// Up to two folded bytes for one character. ASCII bytes are a fold; bytes of 0x80 and above are the
  /// character's own UTF-8 bytes, for a letter that has no ASCII fold.
  public struct Piece: Sendable, Equatable {
    public var a: UInt8
    public var b: UInt8
    public var count: Int

    @inlinable
    public init(a: UInt8, b: UInt8, count: Int) {
      self.a = a
      self.b = b
      self.count = count
    }

    /// Whether the piece is an ASCII fold; the lexicon keys only words made of such pieces.
    @inlinable public var isASCII: Bool { a < 0x80 }

    @inlinable public subscript(k: Int) -> UInt8 { k == 0 ? a : b }
  }

  /// The fold of a character written with two UTF-8 bytes (U+0080…U+07FF): nil for a separator (Latin-1
  /// punctuation, the no-break space, × and ÷), else an ASCII fold or, for a letter with none, its two bytes.
  @inlinable
  public static func latin(_ scalar: UInt32) -> Piece? {
    let c: UInt8
    switch scalar {
    case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: c = UInt8(ascii: "a")
    case 0xC6, 0xE6: return Piece(a: UInt8(ascii: "a"), b: UInt8(ascii: "e"), count: 2)
    case 0xC7, 0xE7, 0x106...0x10D: c = UInt8(ascii: "c")
    case 0xD0, 0xF0, 0x10E...0x111: c = UInt8(ascii: "d")
    case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: c = UInt8(ascii: "e")
    case 0x11C...0x123: c = UInt8(ascii: "g")
    case 0x124...0x127: c = UInt8(ascii: "h")
    case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: c = UInt8(ascii: "i")
    case 0x132, 0x133: return Piece(a: UInt8(ascii: "i"), b: UInt8(ascii: "j"), count: 2)
    case 0x134, 0x135: c = UInt8(ascii: "j")
    case 0x136, 0x137: c = UInt8(ascii: "k")
    case 0x139...0x142: c = UInt8(ascii: "l")
    case 0xD1, 0xF1, 0x143...0x148: c = UInt8(ascii: "n")
    case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8, 0x14C...0x151: c = UInt8(ascii: "o")
    case 0x152, 0x153: return Piece(a: UInt8(ascii: "o"), b: UInt8(ascii: "e"), count: 2)
    case 0x154...0x159: c = UInt8(ascii: "r")
    case 0xDF: return Piece(a: UInt8(ascii: "s"), b: UInt8(ascii: "s"), count: 2)
    case 0x15A...0x161, 0x17F: c = UInt8(ascii: "s")
    case 0x162...0x167: c = UInt8(ascii: "t")
    case 0xD9...0xDC, 0xF9...0xFC, 0x168...0x173: c = UInt8(ascii: "u")
    case 0x174, 0x175: c = UInt8(ascii: "w")
    case 0xDD, 0xFD, 0xFF, 0x176...0x178: c = UInt8(ascii: "y")
    case 0x179...0x17E: c = UInt8(ascii: "z")
    case 0x80...0xBF, 0xD7, 0xF7: return nil
    default: return Piece(a: UInt8(0xC0 | (scalar >> 6)), b: UInt8(0x80 | (scalar & 0x3F)), count: 2)
    }
    return Piece(a: c, b: 0, count: 1)
  }

  /// `latin(_:)` for U+00C0…U+00FF (French and most Western letters), indexed by the low six bits of the second
  /// UTF-8 byte: the ASCII fold's first byte in the low eight bits and its second (or 0) in the high eight; 0 for a
  /// character with no ASCII fold. Derived from `latin(_:)`, so the tokenizer's hot loop reads one load instead of a
  /// range switch and still folds by the one rule.
  public static let latin1ASCII: [UInt16] = (UInt32(0xC0)...0xFF).map { scalar in
    guard let piece = latin(scalar), piece.isASCII else { return 0 }
    return UInt16(piece.a) | UInt16(piece.count == 2 ? piece.b : 0) << 8
  }

  /// An ASCII byte as a word holds it: letters lowercased, everything else as it is.
  @inlinable @inline(__always)
  public static func ascii(_ byte: UInt8) -> UInt8 {
    byte &- 0x41 < 26 ? byte | 0x20 : byte
  }
}
