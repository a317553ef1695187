/// Units after a number (percent, currency, duration, denominator), money written with a leading symbol,
/// and "la moitié" / "half" on their own.
extension FigureScanner {
  func suffix(after q: Quantity) -> Suffix? {
    let j = q.end
    guard j < tokens.count, sameLine(j) else { return nil }
    let t = tokens[j]
    if t.kind == .symbol {
      if t.scalar == 0x25 || t.scalar == 0xFF05 { return Suffix(kind: .percent, end: j + 1, unit: "percent") }
      if let code = currencySymbol(t.scalar) {
        var end = j + 1
        var c = code
        if isWord(end) && sameLine(end) && glued(end) && info(end).currencyAdjective > 0 {
          c = info(end).currencyAdjective
          end += 1
        }
        return Suffix(kind: .money, end: end, unit: Lexicon.currencyCodes[Int(c)])
      }
      // "one - fourth", "five - eighths": a numerator and its denominator around a spaced hyphen.
      if isHyphen(j) && !glued(j) && sameLine(j + 1) && !glued(j + 1) && isWord(j + 1) && q.spelled {
        let w = info(j + 1)
        if w.denominator > 2 && (w.roles.contains(.pluralDenominator) ? q.value > 1 : q.value == 1) {
          return Suffix(kind: .fraction, end: j + 2, unit: "fraction", scale: Double(w.denominator))
        }
      }
      if isHyphen(j) && glued(j) && isWord(j + 1) && glued(j + 1) {
        let w = info(j + 1)
        if let unit = w.duration { return Suffix(kind: .duration, end: j + 2, unit: unit.rawValue) }
        // "a four-point lead"
        if w.roles.contains(.pointsAlone) { return Suffix(kind: .points, end: j + 2, unit: "percentage-point") }
        // "a one-yen bid", "a 10-dollar bill", "a 50-cent coin"
        if w.currency > 0 && w.currencyPower == 0 {
          let scale = w.subunit > 0 ? 1 / Double(w.subunit) : 1
          return Suffix(kind: .money, end: j + 2, unit: Lexicon.currencyCodes[Int(w.currency)], scale: scale)
        }
        if w.denominator > 0 && w.roles.contains(.pluralDenominator) && q.value > 1 {
          return Suffix(kind: .fraction, end: j + 2, unit: "fraction", scale: Double(w.denominator))
        }
        if w.roles.contains(.ordinalDenominator) && q.value == 1 && !q.weakArticle {
          return Suffix(kind: .fraction, end: j + 2, unit: "fraction", scale: Double(w.denominator))
        }
      }
      return nil
    }
    guard t.kind == .word else { return nil }
    let w = info(j)
    if w.roles.contains(.percentWord) && !(w.roles.contains(.digitSuffixOnly) && !glued(j)) {
      if isWord(j + 1) && sameLine(j + 1) && info(j + 1).roles.contains(.points) {
        return Suffix(kind: .points, end: j + 2, unit: "percentage-point")
      }
      return Suffix(kind: .percent, end: j + 1, unit: "percent")
    }
    if w.roles.contains(.percentFirst) && isWord(j + 1) && sameLine(j + 1)
      && info(j + 1).roles.contains(.percentSecond)
    {
      return Suffix(kind: .percent, end: j + 2, unit: "percent")
    }
    // "0,4 point", "un point de plus", not "3 points de vente".
    if w.roles.contains(.pointsAlone)
      && !(w.roles.contains(.points) && info(j + 1).roles.contains(.of)
        && !(info(j + 2).roles.contains(.more) || info(j + 2).roles.contains(.less)))
    {
      return Suffix(kind: .points, end: j + 1, unit: "percentage-point")
    }
    if w.roles.contains(.points) && info(j + 1).roles.contains(.of) {
      var k = j + 2
      if isApostrophe(k) { k += 1 }
      if isWord(k) && sameLine(k) && info(k).roles.contains(.percentWord) {
        return Suffix(kind: .points, end: k + 1, unit: "percentage-point")
      }
    }
    if let money = moneySuffix(at: j, q) { return money }
    if w.roles.contains(.of) && q.hasMagnitude && grammar.ofBeforeCurrency {
      var k = j + 1
      if isApostrophe(k) && glued(k) { k += 1 }
      if k < tokens.count && sameLine(k) {
        if tokens[k].kind == .symbol, let code = currencySymbol(tokens[k].scalar) {
          var end = k + 1
          var c = code
          if isWord(end) && sameLine(end) && info(end).currencyAdjective > 0 {
            c = info(end).currencyAdjective
            end += 1
          }
          return Suffix(kind: .money, end: end, unit: Lexicon.currencyCodes[Int(c)])
        }
        if let money = moneySuffix(at: k, q) { return money }
      }
    }
    // "une quinzaine de jours", "une douzaine de semaines"
    if q.counted && w.roles.contains(.of) {
      var c = j + 1
      if isApostrophe(c) && glued(c) { c += 1 }
      if isWord(c) && sameLine(c), let unit = info(c).duration {
        return Suffix(kind: .duration, end: c + 1, unit: unit.rawValue)
      }
    }
    var k = j
    if w.roles.contains(.durationModifier) && isWord(j + 1) && sameLine(j + 1) { k = j + 1 }
    if let unit = info(k).duration {
      if q.articleOnly && unit == .day { return nil }
      if unit == .hour && info(q.first - 1).roles.contains(.at) && q.value <= 24 {
        return Suffix(kind: .duration, end: k + 1, skip: true)
      }
      var end = k + 1
      var addend = 0.0
      if isWord(end) && sameLine(end) && info(end).roles.contains(.numberJoiner) && isWord(end + 1)
        && info(end + 1).roles.contains(.half)
      {
        addend = 0.5
        end += 2
      }
      let count = Double(max(1, info(k).durationCount))
      return Suffix(kind: .duration, end: end, unit: unit.rawValue, scale: count, addend: addend)
    }
    let denominator =
      w.denominator > 0 ? Double(w.denominator) : w.denominatorPower > 0 ? Scale.power(Int(w.denominatorPower)) : 0
    if denominator > 0 && (!w.roles.contains(.halfNoun) || grammar.half == .determiner) {
      guard !q.hasMagnitude && q.value >= 1 && q.value.rounded() == q.value && !q.negative else { return nil }
      let singular = w.roles.contains(.ordinalDenominator) || w.roles.contains(.halfNoun)
      // "trois cinquième" for "trois cinquièmes", as it is often written: only at a clause's end or before "de".
      if q.value > 1 && w.roles.contains(.ordinalDenominator) && !w.roles.contains(.pluralDenominator) {
        guard !(isWord(j + 1) && sameLine(j + 1)) || info(j + 1).roles.contains(.of), !(isHyphen(j + 1) && glued(j + 1))
        else { return nil }
      }
      if q.value > 1 && w.roles.contains(.halfNoun) { return nil }
      // "a fifth of", "un cinquième de", or alone at the end of a clause ("lost a fifth."); not "a fifth term".
      if singular && (q.weakArticle || (q.articleOnly && grammar.oneIsArticle)) && !w.roles.contains(.halfNoun) {
        let next = info(j + 1)
        guard !(isWord(j + 1) && sameLine(j + 1)) || next.roles.contains(.of) || next.magnitude > 0 else { return nil }
      }
      return Suffix(kind: .fraction, end: j + 1, unit: "fraction", scale: denominator)
    }
    return nil
  }

  /// A currency word at `k` ("dollars", "euros", "US dollars", "francs suisses", "EUR").
  func moneySuffix(at k: Int, _ q: Quantity) -> Suffix? {
    guard isWord(k) && sameLine(k) else { return nil }
    // "92.3 billion U.S. dollars"
    if isDottedUS(at: k), let (code, end) = currencyName(at: k) {
      return Suffix(kind: .money, end: end, unit: Lexicon.currencyCodes[Int(code)])
    }
    let w = info(k)
    var code = w.currency
    var subunit = w.subunit
    var needsContext = w.roles.contains(.currencyNeedsContext)
    var end = k + 1
    if code == 0 && w.currencyAdjective > 0 && isWord(k + 1) && sameLine(k + 1) && info(k + 1).currency > 0 {
      let next = info(k + 1)
      code = next.subunit > 0 ? next.currency : w.currencyAdjective
      subunit = next.subunit
      needsContext = false
      end = k + 2
    }
    guard code > 0 else { return nil }
    if w.roles.contains(.capitalOnly) && !allCapitals(k) { return nil }
    // "8p", "2.2p": pence glued to their digits; not "1080p".
    if w.roles.contains(.digitSuffixOnly) && !(glued(k) && q.value < 1000) { return nil }
    if isWord(end) && sameLine(end) && info(end).currencyAdjective > 0 && subunit == 0 {
      code = info(end).currencyAdjective
      needsContext = false
      end += 1
    }
    var scale = (subunit > 0 ? 1 / Double(subunit) : 1) * Scale.power(Int(w.currencyPower))
    // "75 USD million": the magnitude after the code.
    if !q.hasMagnitude && w.currencyPower == 0 && isWord(end) && sameLine(end) && info(end).magnitude > 0
      && !info(end).roles.contains(.digitSuffixOnly)
    {
      scale *= Scale.power(Int(info(end).magnitude))
      end += 1
    } else if needsContext && !q.hasMagnitude && w.currencyPower == 0 {
      return nil
    }
    return Suffix(kind: .money, end: end, unit: Lexicon.currencyCodes[Int(code)], scale: scale)
  }

  /// Whether every letter of the word at `k` is an ASCII capital ("ME", not "Me").
  func allCapitals(_ k: Int) -> Bool {
    for b in p[tokens[k].start..<tokens[k].end] where !(b >= 0x41 && b <= 0x5A) { return false }
    return true
  }

  /// Money with its currency first: "$2.5 billion", "€40", "USD 5 million", "US$ 10".
  func matchMoney(prefixAt i: Int, code: Int8, numberAt k: Int, floor: Int, power: Int = 0) -> Match? {
    guard k < tokens.count && sameLine(k) else { return nil }
    var q: Quantity
    if tokens[k].kind == .number {
      if numbers[Int(tokens[k].entry)].malformed { return nil }
      if isWord(k + 1) && glued(k + 1) && info(k + 1).magnitude == 0 && info(k + 1).cardinal != 1000 {
        return nil
      }
      q = digits(at: k, money: true)
    } else {
      guard let words = words(at: k), !words.weakArticle || words.hasMagnitude else { return nil }
      q = words
    }
    let end = q.end
    if let range = matchRange(from: q, first: i, opener: nil, floor: floor), var f = range.figure {
      guard f.kind == .number && f.unit == nil else { return range }
      f.kind = .money
      f.unit = Lexicon.currencyCodes[Int(code)]
      return Match(end: range.end, figure: f)
    }
    return figure(
      .money, first: i, end: end, numberFirst: k, numberEnd: q.end, floor: floor, value: q.value * Scale.power(power),
      unit: Lexicon.currencyCodes[Int(code)], precision: q.precision * Scale.power(power), spelledOut: q.spelled)
  }

  /// "la moitié", "une moitié", "moitié"; in English "half" when it measures something ("half of", "more than
  /// half", "half a million"), not in "the second half".
  func matchHalf(at i: Int, floor: Int) -> Match? {
    let w = info(i)
    var h = i
    if w.roles.contains(.fractionArticle) && !w.roles.contains(.halfNoun) {
      guard grammar.half == .noun, isWord(i + 1), sameLine(i + 1), info(i + 1).roles.contains(.halfNoun) else {
        return nil
      }
      h = i + 1
    } else if !w.roles.contains(.halfNoun) {
      return nil
    }
    var end = h + 1
    var value = 0.5
    var unit: String? = "fraction"
    if grammar.half == .noun {
      if h == i && info(i - 1).roles.contains(.at) { return nil }
    } else {
      let prev = info(i - 1)
      if prev.roles.contains(.ordinal) || prev.roles.contains(.fractionArticle) || prev.isCardinal {
        return nil
      }
      let qualified = qualifier(before: i, floor: floor, kind: .number) != nil
      if isWord(end) && sameLine(end) {
        let n = info(end)
        if n.magnitude > 0 && !n.roles.contains(.digitSuffixOnly) {
          value = 0.5 * Scale.power(Int(n.magnitude))
          unit = nil
          end += 1
        } else if n.roles.contains(.weakArticle) && isWord(end + 1)
          && (info(end + 1).magnitude > 0 || info(end + 1).multiplier > 0)
        {
          let m = info(end + 1)
          value = m.multiplier > 0 ? 0.5 * Double(m.multiplier) : 0.5 * Scale.power(Int(m.magnitude))
          unit = nil
          end += 2
        } else if !n.roles.contains(.of) && !qualified {
          return nil
        }
      } else if !qualified {
        return nil
      }
    }
    return figure(
      .number, first: i, end: end, numberFirst: h, numberEnd: end, floor: floor, value: value,
      unit: unit, precision: unit == nil ? value / 2 : 0.05, spelledOut: true)
  }
}
