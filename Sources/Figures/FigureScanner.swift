import Drafts

/// Reads the figures off the tokens of one range, left to right: at each token it tries a date, a range,
/// money with a leading symbol, then a number with what follows it; a match consumes its tokens.
struct FigureScanner {
  let p: UnsafeBufferPointer<UInt8>
  let tokens: UnsafeBufferPointer<Token>
  let numbers: UnsafeBufferPointer<DigitNumber>
  /// `lexicon.entries`, `lexicon.hints` and the flattened qualifier phrases, borrowed for the scan.
  let entries: UnsafeBufferPointer<WordInfo>
  let hints: UnsafeBufferPointer<UInt8>
  let qualifierWords: UnsafeBufferPointer<Int32>
  let phrasesByLast: UnsafeBufferPointer<QualifierSlot>
  let lastWordStarts: UnsafeBufferPointer<Int32>
  let grammar: LanguageDescription.Grammar

  /// Borrows the lexicon's tables for the duration of `body`.
  static func with<R>(
    p: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, numbers: UnsafeBufferPointer<DigitNumber>,
    lexicon: Lexicon, grammar: LanguageDescription.Grammar, _ body: (FigureScanner) -> R
  ) -> R {
    lexicon.entries.withUnsafeBufferPointer { entries in
      lexicon.hints.withUnsafeBufferPointer { hints in
        lexicon.qualifierWords.withUnsafeBufferPointer { words in
          lexicon.phrasesByLast.withUnsafeBufferPointer { byLast in
            lexicon.lastWordStarts.withUnsafeBufferPointer { lastStarts in
              body(
                FigureScanner(
                  p: p, tokens: tokens, numbers: numbers, entries: entries, hints: hints, qualifierWords: words,
                  phrasesByLast: byLast, lastWordStarts: lastStarts, grammar: grammar))
            }
          }
        }
      }
    }
  }

  /// The tokens a match covers, and its figure; no figure when the tokens were an identifier ("F-35") that
  /// must not be read again from its middle.
  ///
  /// The figure is boxed so that a match is two words: matches are returned through several calls, and most
  /// calls return none, where an inline `Figure?` would be copied whole each time.
  struct Match {
    var end: Int
    private var box: FigureBox?

    init(end: Int, figure: Figure?) {
      self.end = end
      self.box = figure.map(FigureBox.init)
    }

    var figure: Figure? {
      get { box?.figure }
      set { box = newValue.map(FigureBox.init) }
    }

    var hasFigure: Bool { box != nil }
  }

  final class FigureBox {
    let figure: Figure
    init(_ figure: Figure) { self.figure = figure }
  }

  func scan() -> [Figure] {
    var figures: [Figure] = []
    var i = 0
    var floor = 0
    var lastEnd = -1
    while i < tokens.count {
      let t = tokens[i]
      // Fast path: most tokens are words no figure starts with (`match` would find nothing), or punctuation.
      if (t.kind == .word && (t.entry < 0 || hints[Int(t.entry)] & Lexicon.Hint.startsFigure == 0))
        || (t.kind == .symbol && !mayStartFigure(symbol: t.scalar))
      {
        i += 1
        continue
      }
      if var m = match(at: i, floor: floor) {
        if m.hasFigure { m = openEnded(m) }
        if let figure = m.figure {
          if let last = figures.last, lastEnd == floor, let merged = bounds(last, figure, joinerAt: floor) {
            figures[figures.count - 1] = merged
          } else {
            figures.append(figure)
          }
          lastEnd = max(m.end, i + 1)
        }
        i = max(m.end, i + 1)
        floor = i
      } else {
        i += 1
      }
    }
    return figures
  }

  /// Whether `match` may find a figure at a symbol: a currency sign, a vulgar fraction or a minus sign.
  @inline(__always)
  private func mayStartFigure(symbol s: UInt32) -> Bool {
    if s < 0x80 { return s == 0x24 || s == 0x2D || s == 0x2B }
    return s == 0x2212 || currencySymbol(s) != nil || vulgarFraction(s) != nil
  }

  private func match(at i: Int, floor: Int) -> Match? {
    let t = tokens[i]
    switch t.kind {
    case .number:
      if isWord(i + 1) && glued(i + 1) && info(i + 1).roles.contains(.ordinalSuffix), let m = matchPeriod(at: i) {
        return m
      }
      if isWord(i + 1) && glued(i + 1), let m = matchDecade(at: i) { return m }
      if let m = matchDateRange(at: i, floor: floor) { return m }
      if let m = matchDate(at: i, floor: floor) { return m }
      return matchQuantity(at: i, floor: floor)
    case .word:
      let w = info(i)
      if w.rank > 0 || w.periodWord != nil, let m = matchPeriod(at: i) { return m }
      if w.duration == .year, let m = matchDecade(at: i) ?? matchRelativeYear(at: i) { return m }
      if w.month > 0 || w.roles.contains(.openerFrom), let m = matchDateRange(at: i, floor: floor) { return m }
      if w.weekday > 0 || w.month > 0 || w.ordinalDay > 0
        || (grammar.ordinalDayWords && (w.cardinal == 20 || w.cardinal == 30)),
        let m = matchDate(at: i, floor: floor)
      {
        return m
      }
      if w.weekday > 0 || w.dayOffset != nil || w.weekShift != nil || w.roles.contains(.storyDay),
        let m = matchRelativeDate(at: i, floor: floor)
      {
        return m
      }
      if w.roles.contains(.followingWord), let m = followingDay(at: i, floor: floor) { return m }
      if w.roles.contains(.openerBetween) || w.roles.contains(.openerFrom),
        let m = matchRange(openedAt: i, floor: floor)
      {
        return m
      }
      if w.roles.contains(.fractionArticle) || w.roles.contains(.halfNoun), let m = matchHalf(at: i, floor: floor) {
        return m
      }
      // "USD 75 million", and "MAUD 60" (millions of Australian dollars) in finance's glued codes.
      if w.currency > 0, t.capital, t.end - t.start == 3 || (t.end - t.start == 4 && w.currencyPower > 0),
        i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[i + 1].gap != .newline
      {
        return matchMoney(prefixAt: i, code: w.currency, numberAt: i + 1, floor: floor, power: Int(w.currencyPower))
      }
      // "US$ 10", and "US $3 billion" with a space.
      if w.dollarPrefix > 0, i + 2 < tokens.count, isSymbol(i + 1, 0x24),
        tokens[i + 1].gap == .none || (t.capital && t.end - t.start >= 2 && tokens[i + 1].gap == .space && glued(i + 2))
      {
        return matchMoney(prefixAt: i, code: w.dollarPrefix, numberAt: i + 2, floor: floor)
      }
      // "US dollars 892 million", "U.S. dollars 5 billion": the currency's name before the amount.
      if w.currencyAdjective > 0 || isDottedUS(at: i), t.capital, let (code, k) = currencyName(at: i), isNumber(k),
        sameLine(k)
      {
        return matchMoney(prefixAt: i, code: code, numberAt: k, floor: floor)
      }
      if w.ratio != 0 || w.roles.contains(.multiplyVerb) || w.roles.contains(.divideVerb),
        let m = matchRatioWord(at: i, floor: floor)
      {
        return m
      }
      // "quarter million", "quarter billion dollars"
      if w.denominator == 4 && !w.roles.contains(.pluralDenominator) && isWord(i + 1) && sameLine(i + 1)
        && info(i + 1).magnitude > 0,
        let m = fractionOfMagnitude(
          Quantity(first: i, end: i, mantissa: 1, exponent: 0, written: 1),
          Suffix(kind: .fraction, end: i + 1, unit: "fraction", scale: 4), first: i, floor: floor)
      {
        return m
      }
      if w.impliedYears > 0 {
        // "un plan quinquennal", "a biennial summit": the years the adjective says; no digits to rewrite.
        return figure(
          .duration, first: i, end: i + 1, numberFirst: i, numberEnd: i + 1, floor: floor,
          value: Double(w.impliedYears), unit: DurationUnit.year.rawValue, precision: 0, spelledOut: true,
          qualifies: false)
      }
      if w.roles.contains(.negativeWord) && i + 1 < tokens.count && sameLine(i + 1)
        && (isNumber(i + 1) || info(i + 1).isCardinal)
      {
        // "plus or minus 3.3 percentage points": a margin, no sign.
        if i >= 2 && info(i - 1).roles.contains(.alternative) && info(i - 2).roles.contains(.more) {
          return matchQuantity(at: i + 1, floor: floor)
        }
        return matchQuantity(at: i + 1, floor: floor, sign: i)
      }
      if w.isCardinal {
        if w.roles.contains(.percentSecond) && i > 0 && info(i - 1).roles.contains(.percentFirst) { return nil }
        return matchQuantity(at: i, floor: floor)
      }
      return nil
    case .symbol:
      if let code = currencySymbol(t.scalar), i + 1 < tokens.count, tokens[i + 1].gap != .newline {
        return matchMoney(prefixAt: i, code: code, numberAt: i + 1, floor: floor)
      }
      if let v = vulgarFraction(t.scalar), !glued(i) || !isNumber(i - 1) {
        return figure(
          .number, first: i, end: i + 1, numberFirst: i, numberEnd: i + 1, floor: floor, value: v,
          unit: "fraction", precision: 0.005)
      }
      // "+0,1 point", "+11 points": a change written with its sign.
      if t.scalar == 0x2B && isNumber(i + 1) && glued(i + 1) && (t.gap != .none || i == 0 || isSymbol(i - 1, 0x28))
        && !(isNumber(i + 2) && sameLine(i + 2) && !glued(i + 2)),
        var m = matchQuantity(at: i + 1, floor: floor), var f = m.figure, f.span.lowerBound == tokens[i + 1].start
      {
        f.span = tokens[i].start..<f.span.upperBound
        f.text = text(f.span)
        m.figure = f
        return m
      }
      if (t.scalar == 0x2D || t.scalar == 0x2212) && i + 1 < tokens.count && tokens[i + 1].kind == .number
        && tokens[i + 1].gap == .none && (t.gap != .none || i == 0 || isSymbol(i - 1, 0x28) || isComparison(i - 1))
      {
        return matchQuantity(at: i + 1, floor: floor, sign: i)
      }
      return nil
    }
  }

  /// "US dollars", "U.S. dollars" at `i`: the currency and the token after its name.
  func currencyName(at i: Int) -> (Int8, Int)? {
    var k = i + 1
    let dotted = isDottedUS(at: i)
    if dotted { k = i + 4 }
    guard isWord(k), sameLine(k), info(k).currency > 0, info(k).subunit == 0, info(k).currencyPower == 0 else {
      return nil
    }
    let adjective = dotted ? Lexicon.Currency.usd : info(i).currencyAdjective
    let code = adjective > 0 && tokens[i].capital ? adjective : info(k).currency
    return (code, k + 1)
  }

  /// "U.S." at `i`: U, a dot, S, a dot, glued.
  func isDottedUS(at i: Int) -> Bool {
    guard isWord(i), tokens[i].end - tokens[i].start == 1, p[tokens[i].start] == 0x55, isSymbol(i + 1, 0x2E),
      glued(i + 1), isWord(i + 2), glued(i + 2), tokens[i + 2].end - tokens[i + 2].start == 1,
      p[tokens[i + 2].start] == 0x53, isSymbol(i + 3, 0x2E), glued(i + 3)
    else { return false }
    return true
  }

  // MARK: Token helpers

  @inline(__always)
  func info(_ i: Int) -> WordInfo {
    guard i >= 0 && i < tokens.count else { return WordInfo() }
    let t = tokens[i]
    guard t.kind == .word && t.entry >= 0 else { return WordInfo() }
    return entries[Int(t.entry)]
  }

  @inline(__always)
  func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

  @inline(__always)
  func isNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }

  @inline(__always)
  func isSymbol(_ i: Int, _ scalar: UInt32) -> Bool {
    i >= 0 && i < tokens.count && tokens[i].kind == .symbol && tokens[i].scalar == scalar
  }

  /// The token at `i` follows the previous one on the same line.
  @inline(__always)
  func sameLine(_ i: Int) -> Bool { i < tokens.count && tokens[i].gap != .newline }

  /// The token at `i` is glued to the previous one.
  @inline(__always)
  func glued(_ i: Int) -> Bool { i < tokens.count && tokens[i].gap == .none }

  func isDash(_ i: Int) -> Bool {
    guard i >= 0 && i < tokens.count && tokens[i].kind == .symbol else { return false }
    switch tokens[i].scalar {
    case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: return true
    default: return false
    }
  }

  func isHyphen(_ i: Int) -> Bool {
    guard i >= 0 && i < tokens.count && tokens[i].kind == .symbol else { return false }
    let s = tokens[i].scalar
    return s == 0x2D || s == 0x2010 || s == 0x2011
  }

  func isApostrophe(_ i: Int) -> Bool {
    guard i >= 0 && i < tokens.count && tokens[i].kind == .symbol else { return false }
    let s = tokens[i].scalar
    return s == 0x27 || s == 0x2019 || s == 0x2BC
  }

  /// `isApostrophe(i) || isHyphen(i)`.
  @inline(__always)
  func isApostropheOrHyphen(_ i: Int) -> Bool {
    guard i >= 0 && i < tokens.count && tokens[i].kind == .symbol else { return false }
    let s = tokens[i].scalar
    return s == 0x27 || s == 0x2019 || s == 0x2BC || s == 0x2D || s == 0x2010 || s == 0x2011
  }

  func currencySymbol(_ scalar: UInt32) -> Int8? {
    switch scalar {
    case 0x24: return Lexicon.Currency.usd
    case 0x20AC: return Lexicon.Currency.eur
    case 0xA3: return Lexicon.Currency.gbp
    case 0xA5: return Lexicon.Currency.jpy
    case 0x20B9: return Lexicon.Currency.inr
    case 0x20BD: return Lexicon.Currency.rub
    case 0x20A9: return Lexicon.Currency.krw
    case 0x20BF: return Lexicon.Currency.btc
    case 0x20BA: return Lexicon.Currency.try
    default: return nil
    }
  }

  func vulgarFraction(_ scalar: UInt32) -> Double? {
    switch scalar {
    case 0xBD: return 1.0 / 2
    case 0xBC: return 1.0 / 4
    case 0xBE: return 3.0 / 4
    case 0x2153: return 1.0 / 3
    case 0x2154: return 2.0 / 3
    case 0x2155: return 1.0 / 5
    case 0x2159: return 1.0 / 6
    case 0x215B: return 1.0 / 8
    default: return nil
    }
  }

  // MARK: Qualifiers

  /// The qualifier phrase that ends right before token `start`, not reaching back past `floor`.
  func qualifier(before start: Int, floor: Int, kind: FigureKind) -> (Qualifier, Int)? {
    // Every phrase first matches its last word at the same token, and its second last word at the same token
    // before it, so only the phrases ending with those words are read further, in the same order.
    var last = start - 1
    while last > floor && isApostropheOrHyphen(last) && glued(last) && glued(last + 1) { last -= 1 }
    guard last >= floor, tokens[last].kind == .word, tokens[last].entry >= 0, sameLine(last + 1) else { return nil }
    let e = Int(tokens[last].entry)
    let candidates = Int(lastWordStarts[e])..<Int(lastWordStarts[e + 1])
    if candidates.isEmpty { return nil }
    var before = last - 1
    while before > floor && isApostropheOrHyphen(before) && glued(before) && glued(before + 1) { before -= 1 }
    // Phrase words are entries, never -1.
    let beforeEntry: Int32 =
      before >= floor && tokens[before].kind == .word && sameLine(before + 1) ? tokens[before].entry : -1
    phrases: for c in candidates {
      let phrase = phrasesByLast[c]
      if kind == .duration && !phrase.durations { continue }
      let first = Int(phrase.start)
      var w = Int(phrase.end) - 2
      if w < first { return (phrase.qualifier, last) }
      if qualifierWords[w] != beforeEntry { continue }
      // The last two words are matched at `last` and `before`; the others before them.
      var k = before - 1
      w -= 1
      while w >= first {
        while k > floor && isApostropheOrHyphen(k) && glued(k) && glued(k + 1) { k -= 1 }
        guard k >= floor, tokens[k].kind == .word, tokens[k].entry == qualifierWords[w], sameLine(k + 1) else {
          continue phrases
        }
        k -= 1
        w -= 1
      }
      return (phrase.qualifier, k + 1)
    }
    return nil
  }

  /// Whether the qualifier phrase at `s` is "up to" / "jusqu'à" right after a verb of movement.
  private func movesUpTo(at s: Int, floor: Int) -> Bool {
    guard info(s).roles.contains(.reachTo), s - 1 >= floor, isWord(s - 1), sameLine(s) else { return false }
    return info(s - 1).roles.contains(.movementVerb)
  }

  // MARK: Building figures

  func text(_ span: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: p[span]), as: UTF8.self)
  }

  /// A figure covering tokens `first..<end`, its number part `numberFirst..<numberEnd`, with the qualifier
  /// written before it when there is one.
  func figure(
    _ kind: FigureKind, first: Int, end: Int, numberFirst: Int, numberEnd: Int, floor: Int, value: Double? = nil,
    lower: Double? = nil, upper: Double? = nil, unit: String? = nil, date: CalendarDate? = nil,
    precision: Double = 0.5, spelledOut: Bool = false, qualifies: Bool = true, approximate: Bool = false
  ) -> Match {
    var start = first
    var qualifier: Qualifier?
    if qualifies, let (q, s) = self.qualifier(before: first, floor: floor, kind: kind) {
      // "edged up to 3.1%", "est montée jusqu'à 3,1 %": the value reached, not a ceiling; the verb stays outside.
      if !(q == .atMost && movesUpTo(at: s, floor: floor)) {
        qualifier = q
        start = s
      }
    } else if qualifies, kind != .date, let (q, s) = symbolQualifier(before: first, floor: floor) {
      qualifier = q
      start = s
    }
    if approximate && qualifier == nil { qualifier = .about }
    let span = tokens[start].start..<tokens[end - 1].end
    let numberSpan = tokens[numberFirst].start..<tokens[numberEnd - 1].end
    let f = Figure(
      kind: kind, span: span, numberSpan: numberSpan, text: text(span), value: value, lower: lower, upper: upper,
      unit: unit, qualifier: qualifier, date: date, precision: precision, spelledOut: spelledOut,
      magnitude: kind == .date ? nil : writtenMagnitude(last: numberEnd - 1, first: numberFirst))
    return Match(end: end, figure: f)
  }

  /// The magnitude word that ends a number ("3 500 milliards", "4.5bn", "trois millions"), when one does.
  func writtenMagnitude(last k: Int, first: Int) -> WrittenMagnitude? {
    guard k > first, isWord(k) else { return nil }
    let power = Int(info(k).magnitude)
    guard power > 0 else { return nil }
    return WrittenMagnitude(power: power, span: tokens[k].start..<tokens[k].end)
  }
}
