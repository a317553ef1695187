import Drafts

/// Splits UTF-8 bytes into words, numbers and symbols in one pass, with ASCII fast paths and no String per word.
///
/// Numbers are lexed here, separators included ("4 000", "1.234,5"), because whether a space or a dot belongs
/// to a number is a question about bytes; URLs and e-mail addresses are dropped whole.
struct Tokenizer {
  let lexicon: Lexicon
  /// `LanguageDescription.Grammar.decimalComma`: which of "," and "." ends the integer part.
  let decimalComma: Bool

  private enum Class: UInt8 {
    case symbol, space, newline, letter, digit
  }

  private static let asciiClass: [Class] = (0..<128).map { b -> Class in
    switch UInt8(b) {
    case 0x0A, 0x0D, 0x0B, 0x0C: return .newline
    case 0x20, 0x09: return .space
    case 0x30...0x39: return .digit
    case 0x41...0x5A, 0x61...0x7A: return .letter
    default: return .symbol
    }
  }

  func tokenize(
    _ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, tokens: inout TokenBuffer, numbers: inout [DigitNumber]
  ) {
    Tokenizer.asciiClass.withUnsafeBufferPointer { classes in
      WordFolding.latin1ASCII.withUnsafeBufferPointer { latin1 in
        tokenize(p, range, classes: classes, latin1: latin1, tokens: &tokens, numbers: &numbers)
      }
    }
  }

  private func tokenize(
    _ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, classes: UnsafeBufferPointer<Class>,
    latin1: UnsafeBufferPointer<UInt16>, tokens: inout TokenBuffer, numbers: inout [DigitNumber]
  ) {
    var i = range.lowerBound
    let end = range.upperBound
    var gap = Token.Gap.newline
    var chunkStart = 0
    while i < end {
      let b = p[i]
      var cls: Class
      var length = 1
      var scalar = UInt32(b)
      if b < 0x80 {
        cls = classes[Int(b)]
      } else {
        (cls, length, scalar) = Tokenizer.classify(p, i, end)
      }
      switch cls {
      case .space:
        if gap == .none { gap = .space }
        i += length
        chunkStart = tokens.count
      case .newline:
        gap = .newline
        i += length
        chunkStart = tokens.count
      case .letter:
        // The letters are folded into a `WordKey` as they are read, as `WordKey.fold` does (`WordFolding`'s rule);
        // no key past 16 folded letters or for a letter with no ASCII fold.
        let start = i
        var low: UInt64 = 0
        var high: UInt64 = 0
        var folded = 0
        var foldable = true
        // ASCII letters eight bytes at a time.
        while i < end && i + 8 <= p.count {
          let x = UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self))
          let run = min(Tokenizer.asciiLetterRun(x), end - i)
          if run == 0 { break }
          if foldable {
            let lowered = (x | 0x2020_2020_2020_2020) & (UInt64.max &>> UInt64(64 - 8 * run))
            if folded + run > 16 {
              foldable = false
            } else if folded == 0 {
              low = lowered
            } else {
              high = lowered
            }
          }
          folded += run
          i += run
          if run < 8 { break }
        }
        // Other letters one at a time.
        while i < end {
          let c = p[i]
          var n = 1
          var scalar = UInt32(c)
          if c < 0x80 {
            if classes[Int(c)] != .letter { break }
          } else {
            let (k, m, s) = Tokenizer.classify(p, i, end)
            if k != .letter { break }
            n = m
            scalar = s
          }
          if foldable {
            // One or two ASCII bytes, the first in the low eight bits; 0 when the letter has no ASCII fold.
            var pair: UInt16
            if c < 0x80 {
              pair = UInt16(c | 0x20)
            } else if c == 0xC3 {
              pair = latin1[Int(p[i + 1] & 0x3F)]
            } else if n == 2, let piece = WordFolding.latin(scalar), piece.isASCII {
              pair = UInt16(piece.a) | UInt16(piece.count == 2 ? piece.b : 0) << 8
            } else {
              pair = 0
            }
            if pair == 0 { foldable = false }
            var key = WordKey(low: low, high: high)
            while pair != 0 && foldable {
              if key.append(UInt8(truncatingIfNeeded: pair), at: folded) { folded += 1 } else { foldable = false }
              pair >>= 8
            }
            low = key.low
            high = key.high
          }
          i += n
        }
        if i < end && (p[i] == 0x3A || p[i] == 0x2E) && Tokenizer.startsURL(p, start, i, end) {
          tokens.count = chunkStart
          i = Tokenizer.skipToSpace(p, i, end)
          continue
        }
        var entry: Int32 = -1
        if foldable { entry = lexicon.entry(for: WordKey(low: low, high: high)) }
        tokens.append(
          Token(
            kind: .word, gap: gap, capital: b >= 0x41 && b <= 0x5A, entry: entry, scalar: 0,
            start: start, end: i))
        gap = .none
      case .digit:
        let (number, next) = lexNumber(p, i, end)
        if let resumed = Tokenizer.resumedDigits(p, next, end) {
          // "9‍5 %": an invisible character inside the number. Read, its last digits alone would be the figure, and
          // a fix would keep the first ones; the whole run is one word no figure is read from.
          let stop = unreadableEnd(p, resumed, end)
          tokens.append(Token(kind: .word, gap: gap, capital: false, entry: -1, scalar: 0, start: i, end: stop))
          i = stop
          gap = .none
          continue
        }
        tokens.append(
          Token(
            kind: .number, gap: gap, capital: false, entry: Int32(numbers.count), scalar: 0,
            start: i, end: next))
        numbers.append(number)
        i = next
        gap = .none
      case .symbol:
        if (b == 0x2E || b == 0x2C) && gap != .none && i + 1 < end && p[i + 1] &- 0x30 < 10 {
          // ".08", ",5": a decimal without its leading zero.
          let (number, next) = lexNumber(p, i + 1, end)
          var n = number
          if let resumed = Tokenizer.resumedDigits(p, next, end) {
            let stop = unreadableEnd(p, resumed, end)
            tokens.append(Token(kind: .word, gap: gap, capital: false, entry: -1, scalar: 0, start: i, end: stop))
            i = stop
            gap = .none
            continue
          }
          if n.plain {
            n.fractionDigits = n.integerDigits
            n.integerDigits = 0
            n.plain = false
            n.leadingZero = false
            tokens.append(
              Token(
                kind: .number, gap: gap, capital: false, entry: Int32(numbers.count), scalar: 0,
                start: i, end: next))
            numbers.append(n)
            i = next
            gap = .none
            continue
          }
        }
        if b == 0x40 {  // '@': an e-mail address
          tokens.count = chunkStart
          i = Tokenizer.skipToSpace(p, i, end)
          continue
        }
        tokens.append(
          Token(
            kind: .symbol, gap: gap, capital: false, entry: -1, scalar: scalar, start: i,
            end: i + length))
        i += length
        gap = .none
      }
    }
  }

  /// Class, byte length and scalar of the non-ASCII character at `i`.
  @inline(__always)
  private static func classify(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Class, Int, UInt32) {
    let b = p[i]
    if b < 0xC2 { return (.symbol, 1, 0xFFFD) }
    if b < 0xE0 {
      guard i + 1 < end else { return (.symbol, 1, 0xFFFD) }
      let s = UInt32(b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
      if s == 0xA0 { return (.space, 2, s) }
      if s >= 0xC0 && s != 0xD7 && s != 0xF7 && s != 0x2BC { return (.letter, 2, s) }
      return (.symbol, 2, s)
    }
    if b < 0xF0 {
      guard i + 2 < end else { return (.symbol, 1, 0xFFFD) }
      let s = UInt32(b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
      switch s {
      case 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return (.space, 3, s)
      case 0x2028, 0x2029: return (.newline, 3, s)
      case 0x2000...0x2BFF, 0x3001...0x303F, 0xE000...0xFFFF: return (.symbol, 3, s)
      default: return (.letter, 3, s)
      }
    }
    guard i + 3 < end else { return (.symbol, 1, 0xFFFD) }
    let s =
      UInt32(b & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
      | UInt32(p[i + 3] & 0x3F)
    return (.symbol, 4, s)
  }

  /// How many of the eight bytes of `x` (the first in its low byte) are ASCII letters before any other byte.
  @inline(__always)
  private static func asciiLetterRun(_ x: UInt64) -> Int {
    let lowered = x | 0x2020_2020_2020_2020  // A-Z to a-z; no other byte lands in a-z
    let seven = lowered & 0x7F7F_7F7F_7F7F_7F7F
    let atLeastA = seven &+ 0x1F1F_1F1F_1F1F_1F1F  // high bit set when the byte is 0x61 or more
    let pastZ = seven &+ 0x0505_0505_0505_0505  // high bit set when the byte is 0x7B or more
    let letters = atLeastA & ~pastZ & ~lowered & 0x8080_8080_8080_8080
    return (~letters & 0x8080_8080_8080_8080).trailingZeroBitCount >> 3
  }

  /// "http://", "https://", "www.": the whole address is dropped, digits and all.
  private static func startsURL(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ i: Int, _ end: Int) -> Bool {
    if i + 2 < end && p[i] == 0x3A && p[i + 1] == 0x2F && p[i + 2] == 0x2F { return true }
    if i - start == 3 && i < end && p[i] == 0x2E && (p[start] | 0x20) == 0x77 && (p[start + 1] | 0x20) == 0x77
      && (p[start + 2] | 0x20) == 0x77
    {
      return true
    }
    return false
  }

  private static func skipToSpace(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
    var i = from
    while i < end {
      let c = p[i]
      if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { break }
      if c == 0xC2 && i + 1 < end && p[i + 1] == 0xA0 { break }
      i += 1
    }
    return i
  }

  /// Length in bytes of a thousands space at `i` (space, no-break space, narrow no-break space, thin space), or 0.
  @inline(__always)
  private static func groupSpace(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
    let c = p[i]
    if c == 0x20 { return 1 }
    if c == 0xC2 && i + 1 < end && p[i + 1] == 0xA0 { return 2 }
    if c == 0xE2 && i + 2 < end && p[i + 1] == 0x80 && (p[i + 2] == 0xAF || p[i + 2] == 0x89) { return 3 }
    return 0
  }

  @inline(__always)
  private static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }

  /// Where the digits of a number resume past invisible characters and at most one '.' or ',' ("9‍5", "1,‍5",
  /// "1‍,5"), or nil when the number ends at `from`.
  @inline(__always)
  private static func resumedDigits(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int? {
    var k = from
    var invisible = false
    var separator = false
    while k < end {
      let c = p[k]
      if isDigit(c) { return invisible ? k : nil }
      if c == 0x2C || c == 0x2E {
        if separator { return nil }
        separator = true
        k += 1
        continue
      }
      if c < 0xC2 { return nil }
      let n = invisibleLength(p, k, end)
      if n == 0 { return nil }
      invisible = true
      k += n
    }
    return nil
  }

  /// The length of a character that shows nothing of its own at `i`: a format character or a combining mark.
  private static func invisibleLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
    let n = FormatCharacter.length(p, at: i, limit: end)
    if n > 0 { return n }
    let b = p[i]
    if (b == 0xCC || b == 0xCD) && i + 1 < end && p[i + 1] & 0xC0 == 0x80 {
      return b == 0xCC || p[i + 1] <= 0xAF ? 2 : 0  // U+0300–036F
    }
    guard i + 2 < end, p[i + 2] & 0xC0 == 0x80 else { return 0 }
    let c = p[i + 1]
    let d = p[i + 2]
    switch b {
    case 0xE1 where (c == 0xAA && d >= 0xB0) || c == 0xAB || c == 0xB7: return 3  // U+1AB0–1AFF, U+1DC0–1DFF
    case 0xE2 where c == 0x83 && d >= 0x90: return 3  // U+20D0–20FF
    case 0xEF where c == 0xB8 && (d <= 0x8F || (d >= 0xA0 && d <= 0xAF)): return 3  // U+FE00–FE0F, U+FE20–FE2F
    default: return 0
    }
  }

  /// The end of a number with invisible characters inside, from the digits at `resumed`: every part is skipped.
  private func unreadableEnd(_ p: UnsafeBufferPointer<UInt8>, _ resumed: Int, _ end: Int) -> Int {
    var k = resumed
    while true {
      k = lexNumber(p, k, end).1
      guard let next = Tokenizer.resumedDigits(p, k, end) else { return k }
      k = next
    }
  }

  /// Lexes digits with thousands and decimal separators; decides which separator is the decimal point.
  private func lexNumber(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (DigitNumber, Int) {
    var i = start
    var mantissa = 0.0
    var digits = 0
    var groupValue = 0
    while i < end && Tokenizer.isDigit(p[i]) {
      mantissa = mantissa * 10 + Double(p[i] &- 0x30)
      groupValue = groupValue &* 10 &+ Int(p[i] &- 0x30)
      digits += 1
      i += 1
    }
    let firstLength = digits
    let leadingZero = p[start] == 0x30 && firstLength > 1
    var spaceGroups = 0
    var seps = 0
    var kinds: UInt64 = 0  // bit k set: separator k is a dot
    var lengths: UInt64 = 0  // 4 bits per group after separator k
    var groupValues = (groupValue, 0, 0)
    while i < end {
      let c = p[i]
      if (c == 0x2C || c == 0x2E) && i + 1 < end && Tokenizer.isDigit(p[i + 1]) {
        if seps >= 15 { break }
        var j = i + 1
        var length = 0
        var value = 0
        while j < end && Tokenizer.isDigit(p[j]) {
          mantissa = mantissa * 10 + Double(p[j] &- 0x30)
          value = value &* 10 &+ Int(p[j] &- 0x30)
          length += 1
          j += 1
        }
        if c == 0x2E { kinds |= 1 << UInt64(seps) }
        lengths |= UInt64(min(length, 15)) << UInt64(4 * seps)
        if seps == 0 { groupValues.1 = value } else if seps == 1 { groupValues.2 = value }
        seps += 1
        digits += length
        i = j
        continue
      }
      if seps == 0 && firstLength <= 3 && c < 0xF0 {
        let n = Tokenizer.groupSpace(p, i, end)
        if n > 0 && i + n + 3 <= end && Tokenizer.isDigit(p[i + n]) && Tokenizer.isDigit(p[i + n + 1])
          && Tokenizer.isDigit(p[i + n + 2]) && (i + n + 3 == end || !Tokenizer.isDigit(p[i + n + 3]))
        {
          for k in 0..<3 { mantissa = mantissa * 10 + Double(p[i + n + k] &- 0x30) }
          digits += 3
          spaceGroups += 1
          i += n + 3
          continue
        }
      }
      break
    }
    // Sixteen significant digits or more (the mantissa counts no leading zero) are beyond what a Double holds
    // exactly: "99999999999999999999" would be compared as 1.0000000000000002e20.
    var number = DigitNumber(
      mantissa: mantissa, fractionDigits: 0, integerDigits: digits, plain: true,
      malformed: mantissa >= DigitNumber.exactLimit, leadingZero: leadingZero, dotted: nil)
    if seps == 0 {
      number.plain = spaceGroups == 0
      return (number, i)
    }
    number.plain = false
    func length(_ k: Int) -> Int { Int((lengths >> UInt64(4 * k)) & 0xF) }
    func isDot(_ k: Int) -> Bool { (kinds >> UInt64(k)) & 1 == 1 }
    let last = seps - 1
    var decimal = false
    var valid = true
    if seps == 1 {
      if length(0) == 3 && !(firstLength == 1 && p[start] == 0x30) && firstLength <= 3 {
        let dot = isDot(0)
        decimal = decimalComma ? !dot : dot
        if spaceGroups > 0 && dot == decimalComma { decimal = true }
      } else {
        decimal = true
      }
    } else {
      var sameBefore = true
      var threes = true
      for k in 0..<last {
        if isDot(k) != isDot(0) { sameBefore = false }
        if length(k) != 3 { threes = false }
      }
      if sameBefore && isDot(last) == isDot(0) {
        valid = threes && length(last) == 3 && firstLength <= 3 && spaceGroups == 0
      } else {
        valid = sameBefore && threes && firstLength <= 3 && spaceGroups == 0
        decimal = true
      }
      // Indian grouping, "12,34,567.89", "1,50,000": pairs of digits, then the last three, in English only.
      if !valid && !decimalComma && !isDot(0) && firstLength <= 2 && spaceGroups == 0 {
        let commas = isDot(last) ? last : seps
        var indian = commas >= 2 && (commas == seps || commas == last)
        for k in 0..<commas where isDot(k) || length(k) != (k == commas - 1 ? 3 : 2) { indian = false }
        if indian {
          valid = true
          decimal = commas == last
        }
      }
    }
    if !valid {
      number.malformed = true
      if seps == 2 && isDot(0) && isDot(1) { number.dotted = groupValues }
      return (number, i)
    }
    if decimal {
      number.fractionDigits = length(last)
      number.integerDigits = digits - length(last)
    }
    return (number, i)
  }
}

/// The tokens of one extraction, in memory the extractor allocates and frees around the scan: appending is a
/// capacity check and a store, with none of an array's uniqueness checks.
struct TokenBuffer {
  private(set) var base: UnsafeMutablePointer<Token>
  /// Set lower to drop the last tokens.
  var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 8)
    base = .allocate(capacity: self.capacity)
  }

  @inline(__always)
  mutating func append(_ token: Token) {
    if count == capacity { grow() }
    (base + count).initialize(to: token)
    count += 1
  }

  private mutating func grow() {
    let bigger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
    bigger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity *= 2
  }

  var tokens: UnsafeBufferPointer<Token> { UnsafeBufferPointer(start: base, count: count) }

  /// Frees the memory; the buffer must not be used after.
  func deallocate() { base.deallocate() }
}
