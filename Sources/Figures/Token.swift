/// One word, number or symbol of a draft, by UTF-8 offsets; the scanner matches figures on these.
struct Token {
  enum Kind: UInt8 {
    case word, number, symbol
  }

  /// The whitespace between the previous token and this one.
  enum Gap: UInt8 {
    case none, space, newline
  }

  var kind: Kind
  var gap: Gap
  /// Word: the first letter is an ASCII capital.
  var capital: Bool
  /// Word: lexicon entry or -1; number: index in the digit numbers.
  var entry: Int32
  /// Symbol: its Unicode scalar.
  var scalar: UInt32
  /// UTF-8 offsets stored in 32 bits to keep tokens small: a draft or an archive chunk is under 2 GB.
  var lo: Int32
  var hi: Int32

  init(kind: Kind, gap: Gap, capital: Bool, entry: Int32, scalar: UInt32, start: Int, end: Int) {
    self.kind = kind
    self.gap = gap
    self.capital = capital
    self.entry = entry
    self.scalar = scalar
    self.lo = Int32(truncatingIfNeeded: start)
    self.hi = Int32(truncatingIfNeeded: end)
  }

  var start: Int { Int(lo) }
  var end: Int { Int(hi) }
}

/// A number written in digits, as lexed: all its digits as one integer and where the decimal point falls.
struct DigitNumber {
  /// Every digit, integer and decimals, as one integer ("2,5" is 25).
  var mantissa: Double
  var fractionDigits: Int
  var integerDigits: Int
  /// Digits only, no separator.
  var plain: Bool
  /// Not a figure: separators that fit no convention ("1.2.3", "192.168.1.2", a version or an address), or more
  /// significant digits than a Double holds exactly, which would be compared as another number.
  var malformed: Bool
  var leadingZero: Bool
  /// The three parts of a dotted date ("13.5.2015"), when the number is malformed that way.
  var dotted: (Int, Int, Int)?

  /// 10^15: every integer of fifteen digits is exact in a Double (2^53 ≈ 9.007e15), not every one of sixteen.
  static let exactLimit = 1e15

  var value: Double {
    fractionDigits == 0 ? mantissa : mantissa / Scale.power(fractionDigits)
  }

  /// The integer value of a plain number, or nil.
  var integer: Int? {
    plain && integerDigits <= 9 ? Int(mantissa) : nil
  }
}

/// Exact powers of ten, so that "48,2 millions" is 482 × 10^5 rather than 48.2 × 10^6 with a rounding error.
/// Powers of ten, exact where a Double allows; shared by the extractor and the writers of expected values.
public enum Scale {
  static let powers: [Double] = (0...22).map { p in (0..<p).reduce(1.0) { a, _ in a * 10 } }

  @inline(__always)
  public static func power(_ p: Int) -> Double {
    p >= 0 && p < powers.count ? powers[p] : pow10(p)
  }

  /// mantissa × 10^exponent with one correctly rounded operation when the numbers allow it.
  static func apply(_ mantissa: Double, _ exponent: Int) -> Double {
    if exponent >= 0 { return mantissa * power(exponent) }
    return mantissa / power(-exponent)
  }

  private static func pow10(_ p: Int) -> Double {
    var r = 1.0
    for _ in 0..<abs(p) { r *= 10 }
    return p < 0 ? 1 / r : r
  }
}
