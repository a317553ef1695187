/// Numbers: digits with their magnitude, numbers in words, and the contexts where digits are no figure.
extension FigureScanner {
  /// A number at `i`, digits or words, followed by its unit, or a range; `sign` is the index of a minus sign.
  func matchQuantity(at i: Int, floor: Int, sign: Int? = nil) -> Match? {
    var q: Quantity
    if tokens[i].kind == .number {
      if let m = matchSlashFraction(at: i, floor: floor, sign: sign) { return m }
      if let m = matchScientific(at: i, sign: sign, floor: floor) { return m }
      if let skip = identifierEnd(at: i) { return Match(end: skip, figure: nil) }
      q = continued(digits(at: i))
    } else {
      guard let words = words(at: i) else { return nil }
      q = withDecimalWords(words)
    }
    var first = i
    if let sign {
      q.negative = true
      first = sign
      // "minus one", "negative one": the sign makes the article a number.
      q.articleOnly = false
    }
    if let m = matchMixedNumber(q, first: first, floor: floor) { return m }
    if let m = matchFirstMonths(q, first: first, floor: floor) { return m }
    if let m = matchSplitDenominator(q, first: first, floor: floor) { return m }
    if let range = matchRange(from: q, first: first, opener: nil, floor: floor) { return range }
    if let m = matchTimes(q, first: first, floor: floor) { return m }
    if let compound = compoundWordEnd(after: q) { return Match(end: compound, figure: nil) }
    let suffix = self.suffix(after: q)
    if let suffix, suffix.skip { return Match(end: suffix.end, figure: nil) }
    if suffix == nil, let m = matchCompoundFraction(q, first: first, floor: floor) { return m }
    if suffix == nil || suffix?.kind == .fraction, let m = matchRatio(q, first: first, floor: floor) { return m }
    if suffix == nil, let m = matchCompoundDenominator(q, first: first, floor: floor) { return m }
    if suffix == nil && (q.articleOnly || q.weakArticle || q.ambiguous) { return nil }
    if let (end, bound) = ageEnd(q, suffix, floor: floor) {
      var m = figure(
        .age, first: first, end: end, numberFirst: first, numberEnd: q.end, floor: floor, value: q.value,
        unit: DurationUnit.year.rawValue, precision: q.precision, spelledOut: q.spelled)
      if let bound, m.figure?.qualifier == nil { m.figure?.qualifier = bound }
      return m
    }
    if let suffix, suffix.kind == .fraction, let m = fractionOfAPoint(q, suffix, first: first, floor: floor) {
      return m
    }
    if let suffix, suffix.kind == .fraction, let m = fractionOfMagnitude(q, suffix, first: first, floor: floor) {
      return m
    }
    if var money = suffix, money.kind == .money, money.scale == 1, !q.hasMagnitude, q.value.rounded() == q.value,
      !q.negative, let (hundredths, end) = cents(after: money.end)
    {
      money.addend = hundredths
      money.end = end
      return build(q, money, first: first, numberFirst: first, floor: floor)
    }
    if let suffix, q.weakArticle && suffix.kind != .fraction {
      // "for a month", "a week later": a duration; "once a week", "$5 a year" are rates.
      guard suffix.kind == .duration, readsAsDuration(q, suffix, floor: floor) else { return nil }
    }
    return build(q, suffix, first: first, numberFirst: first, floor: floor)
  }

  /// Whether "a month", "a week" at `q` is a length of time: a qualifier or a word such as "for", "within",
  /// "took" stands before it, or "later", "ago", "long" after it.
  private func readsAsDuration(_ q: Quantity, _ suffix: Suffix, floor: Int) -> Bool {
    if qualifier(before: q.first, floor: floor, kind: .duration) != nil { return true }
    if q.first - 1 >= floor && sameLine(q.first) && info(q.first - 1).roles.contains(.durationLead) { return true }
    var k = suffix.end
    if isHyphen(k) && glued(k) && glued(k + 1) { k += 1 }
    return isWord(k) && sameLine(k) && info(k).roles.contains(.durationTail)
  }

  /// Where a person's age ends, when `q` with its suffix is one: "65 years old", "65-year-old", "18 ans révolus",
  /// "âgé de 65 ans", "un homme de 65 ans", "(47 ans)", "la retraite à 64 ans", "aged 65", "at age 65".
  private func ageEnd(_ q: Quantity, _ suffix: Suffix?, floor: Int) -> (end: Int, qualifier: Qualifier?)? {
    guard !q.hasMagnitude, !q.negative, q.value >= 0, q.value < 130 else { return nil }
    let whole = q.value.rounded() == q.value
    let before = q.first - 1 >= floor && sameLine(q.first) ? info(q.first - 1) : WordInfo()
    guard let suffix else {
      guard whole else { return nil }
      // "aged 65", "at age 65": no unit, the word before says it; "74 printemps".
      if before.roles.contains(.ageLead) && isWord(q.first - 1) { return (q.end, nil) }
      if isWord(q.end) && sameLine(q.end) && info(q.end).yearsOfAge { return (q.end + 1, nil) }
      // "Stevenage man, 68, arrested"
      if isSymbol(q.first - 1, 0x2C) && isSymbol(q.end, 0x2C) && q.end == q.first + 1 && q.first - 2 >= floor
        && info(q.first - 2).roles.contains(.personNoun)
      {
        return (q.end, nil)
      }
      return nil
    }
    guard suffix.kind == .duration, suffix.unit == DurationUnit.year.rawValue, suffix.addend == 0 else { return nil }
    var k = suffix.end
    if isHyphen(k) && glued(k) && glued(k + 1) { k += 1 }
    if isWord(k) && sameLine(k) && info(k).roles.contains(.ageTail) { return (k + 1, nil) }
    // "18 years and older", "65 ans et plus"
    if isWord(k) && sameLine(k) && (info(k).roles.contains(.numberJoiner) || info(k).roles.contains(.alternative))
      && isWord(k + 1) && sameLine(k + 1) && info(k + 1).olderThan
    {
      return (k + 2, .atLeast)
    }
    guard whole || before.roles.contains(.at) else { return nil }
    if before.roles.contains(.ageLead) || before.ageGroupArticle { return (suffix.end, nil) }
    if before.roles.contains(.of) && q.first - 2 >= floor && sameLine(q.first - 1) {
      // "un homme de 65 ans", "un demandeur d'asile de 28 ans", "un ancien policier bordelais de 80 ans"
      var p = q.first - 2
      var words = 0
      while p >= floor && words < 3 {
        if isApostrophe(p) && glued(p) {
          p -= 1
          continue
        }
        guard isWord(p), sameLine(p + 1) else { break }
        let lead = info(p)
        if lead.roles.contains(.ageLead) || lead.roles.contains(.personNoun) { return (suffix.end, nil) }
        if lead.duration != nil || lead.currency > 0 { break }
        words += 1
        p -= 1
      }
    }
    if isSymbol(q.first - 1, 0x28) && isSymbol(suffix.end, 0x29) { return (suffix.end, nil) }
    // "la retraite à 64 ans", "à 30,6 ans", not "à 10 ans de l'échéance"; not "il y a dix ans", whose "a" folds like
    // "à".
    let at = q.first - 1
    if before.roles.contains(.at) && isWord(at) && tokens[at].end - tokens[at].start > 1
      && !(isWord(suffix.end) && info(suffix.end).roles.contains(.of))
    {
      return (suffix.end, nil)
    }
    return nil
  }

  /// "quatre dixièmes de point (de pourcentage)", "a quarter of a point": a fraction of a percentage point.
  private func fractionOfAPoint(_ q: Quantity, _ suffix: Suffix, first: Int, floor: Int) -> Match? {
    var k = suffix.end
    guard isWord(k), sameLine(k), info(k).roles.contains(.of) else { return nil }
    k += 1
    if isWord(k) && sameLine(k) && info(k).roles.contains(.weakArticle) { k += 1 }
    guard isWord(k), sameLine(k), info(k).roles.contains(.points) else { return nil }
    var end = k + 1
    if info(end).roles.contains(.of) {
      var c = end + 1
      if isApostrophe(c) && glued(c) { c += 1 }
      if isWord(c) && sameLine(c) && info(c).roles.contains(.percentWord) { end = c + 1 }
    } else if info(end).roles.contains(.percentWord) {
      end += 1
    }
    return figure(
      .number, first: first, end: end, numberFirst: first, numberEnd: suffix.end, floor: floor,
      value: q.value / suffix.scale, unit: "percentage-point", precision: 0.005, spelledOut: q.spelled)
  }

  /// "a quarter of a billion dollars", "two thirds of a million": a fraction of a magnitude is a number (or money)
  /// of its own, not a share.
  func fractionOfMagnitude(_ q: Quantity, _ suffix: Suffix, first: Int, floor: Int) -> Match? {
    var k = suffix.end
    // "a quarter of a billion", or "a quarter million", "three quarters billion".
    if isWord(k) && sameLine(k) && info(k).roles.contains(.of) {
      k += 1
      if isWord(k) && sameLine(k) && (info(k).roles.contains(.weakArticle) || info(k).roles.contains(.article)) {
        k += 1
      }
    }
    guard isWord(k), sameLine(k), info(k).magnitude > 0, !info(k).roles.contains(.digitSuffixOnly) else {
      return nil
    }
    let power = Int(info(k).magnitude)
    var whole = Quantity(first: q.first, end: k + 1, mantissa: q.value / suffix.scale, exponent: 0, written: q.value)
    whole.mantissa = q.value / suffix.scale * Scale.power(power)
    whole.hasMagnitude = true
    whole.spelled = true
    var c = k + 2
    if isApostrophe(c) && glued(c) { c += 1 }
    let money = moneySuffix(at: k + 1, whole) ?? (info(k + 1).roles.contains(.of) ? moneySuffix(at: c, whole) : nil)
    let value = whole.mantissa * (money?.scale ?? 1)
    let precision = Scale.power(power) / suffix.scale / 20
    return figure(
      money == nil ? .number : .money, first: first, end: money?.end ?? k + 1, numberFirst: first, numberEnd: k + 1,
      floor: floor, value: value, unit: money?.unit, precision: precision, spelledOut: true)
  }

  /// The figure for a number and its unit.
  func build(_ q: Quantity, _ suffix: Suffix?, first: Int, numberFirst: Int, floor: Int, prefixEnd: Int? = nil)
    -> Match
  {
    let end = max(suffix?.end ?? q.end, q.end)
    guard let suffix else {
      return figure(
        .number, first: first, end: end, numberFirst: numberFirst, numberEnd: q.end, floor: floor,
        value: q.value, precision: q.precision, spelledOut: q.spelled, approximate: q.approximate)
    }
    var value = q.value * suffix.scale
    var precision = q.precision * suffix.scale
    if suffix.kind == .fraction {
      value = q.value / suffix.scale
      precision = 0.05
    }
    return figure(
      suffix.figureKind, first: first, end: end, numberFirst: numberFirst, numberEnd: q.end,
      floor: floor, value: value + suffix.addend, unit: suffix.unit, precision: precision,
      spelledOut: q.spelled, approximate: q.approximate)
  }

  /// "3/4", "1/2": small fractions in digits; larger ones ("24/7", "9/11") are identifiers.
  func matchSlashFraction(at i: Int, floor: Int, sign: Int?) -> Match? {
    guard isSymbol(i + 1, 0x2F), glued(i + 1), isNumber(i + 2), glued(i + 2), !(glued(i) && isWord(i - 1)),
      let a = numbers[Int(tokens[i].entry)].integer, let b = numbers[Int(tokens[i + 2].entry)].integer,
      a >= 1, a < b, b <= 10, !(isSymbol(i + 3, 0x2F) && glued(i + 3)), !(isWord(i + 3) && glued(i + 3))
    else { return nil }
    let value = Double(a) / Double(b) * (sign == nil ? 1 : -1)
    if let s = suffix(after: Quantity(first: i + 3, end: i + 3, mantissa: 0, exponent: 0, written: 0)),
      s.kind == .percent
    {
      return figure(
        .percent, first: sign ?? i, end: s.end, numberFirst: sign ?? i, numberEnd: i + 3, floor: floor,
        value: value, unit: s.unit, precision: 0.005)
    }
    return figure(
      .number, first: sign ?? i, end: i + 3, numberFirst: sign ?? i, numberEnd: i + 3, floor: floor,
      value: value, unit: "fraction", precision: 0.005)
  }

  /// Number words at `i` that are the numerator of a fraction ("three quarters", "a half", "un quart").
  func startsFraction(at i: Int) -> Bool {
    var j = i + 1
    if isHyphen(j) && glued(j) { j += 1 }
    guard isWord(j) && sameLine(j) else { return false }
    let w = info(j)
    return w.denominator > 0 && !(grammar.half == .noun && w.roles.contains(.halfNoun))
  }

  /// A whole number and a fraction: "one and a half", "cinq et un quart", "deux millions et demi",
  /// "3 million and a quarter" (the fraction is of the last magnitude).
  func matchCompoundFraction(_ q: Quantity, first: Int, floor: Int) -> Match? {
    let j = q.end
    guard !q.articleOnly || q.spelled, isWord(j), sameLine(j), info(j).roles.contains(.numberJoiner),
      isWord(j + 1), sameLine(j + 1)
    else { return nil }
    let unit = q.hasMagnitude ? Scale.power(q.magnitudePower) * q.multiplier : 1
    var fraction: Double
    var end: Int
    if info(j + 1).roles.contains(.half) {
      fraction = 0.5
      end = j + 2
    } else if info(j + 1).roles.contains(.weakArticle), isWord(j + 2), sameLine(j + 2), info(j + 2).denominator > 0,
      !info(j + 2).roles.contains(.pluralDenominator)
    {
      // "five and a quarter", "forty two and a third"
      fraction = 1 / Double(info(j + 2).denominator)
      end = j + 3
    } else {
      guard info(j + 1).isCardinal, let numerator = words(at: j + 1), let s = suffix(after: numerator),
        s.kind == .fraction
      else { return nil }
      fraction = numerator.value / s.scale
      end = s.end
    }
    var value = q.value + (q.negative ? -fraction : fraction) * unit
    var precisionUnit = unit
    // "five and a half million", "one billion and a half million": the magnitude after the fraction.
    if isWord(end) && sameLine(end) && info(end).magnitude > 0 && !info(end).roles.contains(.digitSuffixOnly) {
      let m = Scale.power(Int(info(end).magnitude))
      if q.hasMagnitude && m < unit {
        value = q.value + (q.negative ? -fraction : fraction) * m
      } else if !q.hasMagnitude {
        value *= m
      } else {
        return nil
      }
      precisionUnit = m
      end += 1
    }
    let unitScale = precisionUnit
    if let s = suffix(after: Quantity(first: end, end: end, mantissa: 0, exponent: 0, written: 0)),
      s.kind == .percent || s.kind == .money || s.kind == .duration
    {
      return figure(
        s.figureKind, first: first, end: s.end, numberFirst: first, numberEnd: end, floor: floor,
        value: value * s.scale, unit: s.unit, precision: 0.05 * unitScale, spelledOut: q.spelled)
    }
    return figure(
      .number, first: first, end: end, numberFirst: first, numberEnd: end, floor: floor, value: value,
      precision: 0.05 * unitScale, spelledOut: q.spelled)
  }

  /// "un sur trois", "1 sur 3", "one in five", "one out of three": a proportion, as a fraction.
  func matchRatio(_ q: Quantity, first: Int, floor: Int) -> Match? {
    var j = q.end
    guard isWord(j) || (isHyphen(j) && glued(j)), sameLine(j), !q.hasMagnitude, abs(q.value) >= 1,
      q.value.rounded() == q.value
    else { return nil }
    var w = info(j)
    // "un Français sur trois", "one adult in five": one noun between the count and "sur"/"in".
    var nounBetween = false
    if isWord(j) && !w.roles.contains(.ratio) && !w.roles.contains(.ratioOutOf) && !q.weakArticle && !w.isCardinal
      && w.magnitude == 0 && w.duration == nil && w.currency == 0 && !w.roles.contains(.of) && isWord(j + 1)
      && sameLine(j + 1) && info(j + 1).roles.contains(.ratio)
    {
      j += 1
      w = info(j)
      nounBetween = true
    }
    // "a one-in-five chance", "un sur trois" glued by hyphens
    var hyphenated = false
    if isHyphen(j) && glued(j) && isWord(j + 1) && glued(j + 1) && info(j + 1).roles.contains(.ratio)
      && isHyphen(j + 2) && glued(j + 2) && glued(j + 3)
    {
      j += 1
      w = info(j)
      hyphenated = true
    }
    if w.roles.contains(.ratioOutOf) {
      guard isWord(j + 1) && info(j + 1).roles.contains(.of) else { return nil }
      j += 1
    } else if !w.roles.contains(.ratio) && !(w.roles.contains(.overWord) && !nounBetween) {
      return nil
    }
    let over = w.roles.contains(.overWord) && !w.roles.contains(.ratio)
    let k = j + (hyphenated ? 2 : 1)
    guard k < tokens.count, sameLine(k) else { return nil }
    let d: Quantity
    if isNumber(k) {
      guard identifierEnd(at: k) == nil else { return nil }
      d = digits(at: k)
    } else if let words = words(at: k), !words.articleOnly && !words.weakArticle {
      d = words
    } else {
      return nil
    }
    // "one over three", "2000 over 3": a quotient; "in"/"sur" a share, so the part is smaller than the whole.
    guard !d.hasMagnitude, d.value > (over ? 0 : q.value), d.value.rounded() == d.value,
      !nounBetween || d.value <= 100, !over || !(1900...2100).contains(d.value)
    else {
      return nil
    }
    if let s = suffix(after: d), !s.skip { return nil }
    if isWord(d.end) && sameLine(d.end) && info(d.end).duration != nil { return nil }
    return figure(
      .number, first: first, end: d.end, numberFirst: first, numberEnd: d.end, floor: floor,
      value: q.value / d.value, unit: over ? nil : "fraction", precision: 0.005, spelledOut: q.spelled)
  }

  // MARK: Digits

  /// Digits at `i` with a magnitude word or abbreviation after them ("2,5 milliards", "3 bn", "10k").
  /// After a currency symbol (`money`), a lowercase "m" is million too: "€200m", "$5m".
  func digits(at i: Int, money: Bool = false) -> Quantity {
    let n = numbers[Int(tokens[i].entry)]
    var q = Quantity(first: i, end: i + 1, mantissa: n.mantissa, exponent: -n.fractionDigits, written: n.value)
    let j = i + 1
    if j < tokens.count && tokens[j].kind == .word && sameLine(j) {
      let w = info(j)
      var power = Int(w.magnitude)
      if w.cardinal == 1000 { power = 3 }
      if w.cardinal == 100 && grammar.hundredAfterNumber { power = 2 }
      if power > 0 && !(w.roles.contains(.capitalOnly) && !tokens[j].capital && !(money && glued(j)))
        && !(w.roles.contains(.digitSuffixOnly) && tokens[j].end - tokens[j].start == 1 && !glued(j)
          && !tokens[j].capital && w.magnitude != 3)
      {
        q.exponent += power
        q.magnitudePower = power
        q.hasMagnitude = true
        q.end = j + 1
      } else if w.multiplier > 0 {
        q.multiplier = Double(w.multiplier)
        q.hasMagnitude = true
        q.end = j + 1
      }
    }
    return q
  }

  /// Where to resume when the digits at `i` are part of an identifier, a time, a phone number, a version or
  /// a word ("G7", "F-35", "COVID-19", "10:30", "v1.2.3", "180ml"); nil when they may be a figure.
  func identifierEnd(at i: Int) -> Int? {
    let n = numbers[Int(tokens[i].entry)]
    if n.malformed { return i + 1 }
    if glued(i) && i > 0 {
      let prev = tokens[i - 1]
      if prev.kind == .word {
        let w = info(i - 1)
        if w.currency == 0 || w.roles.contains(.currencyNeedsContext) || w.subunit > 0 { return chainEnd(from: i) }
      } else if prev.kind == .symbol {
        switch prev.scalar {
        case 0x2D, 0x2010, 0x2011:
          // "5k-20k" is a range, "F-35" an identifier.
          let scaled = isWord(i - 2) && glued(i - 2) && isNumber(i - 3) && info(i - 2).magnitude > 0
          if glued(i - 1) && (isWord(i - 2) || isNumber(i - 2)) && !scaled { return chainEnd(from: i) }
        case 0x2B:  // +33 6 12 34 56 78, +33 (0)1…; not "+11 points"
          if (isNumber(i + 1) && sameLine(i + 1) && !glued(i + 1)) || isSymbol(i + 1, 0x28) {
            return chainEnd(from: i, phone: true)
          }
        case 0x3D:  // "x=10" is an identifier, ">=10" a bound
          if !(isComparison(i - 2) && glued(i - 1)) { return chainEnd(from: i) }
        case 0x23, 0x2116, 0xB0, 0x3A, 0x2F, 0x5F, 0x5C, 0x26:  // # № ° : / _ \ &
          return chainEnd(from: i)
        case 0x2E, 0x2C:
          if glued(i - 1) && (isWord(i - 2) || isNumber(i - 2)) { return chainEnd(from: i) }
        default: break
        }
      }
    }
    var k = i - 1
    if (isSymbol(k, 0x2E) || isSymbol(k, 0xB0)) && glued(k) { k -= 1 }
    if k >= 0 && sameLine(i) && info(k).roles.contains(.reference) { return chainEnd(from: i) }
    let j = i + 1
    if j < tokens.count && glued(j) {
      let next = tokens[j]
      if next.kind == .word {
        let w = info(j)
        let suffixOK =
          w.magnitude > 0 || w.cardinal == 1000 || w.currency > 0 || w.multiplier > 0
          || w.roles.contains(.percentWord) || w.roles.contains(.pointsAlone)
          || (w.timesAfterDigits && !(j + 1 < tokens.count && glued(j + 1)))
        if !suffixOK || (w.roles.contains(.capitalOnly) && !next.capital) { return chainEnd(from: i) }
      } else if next.kind == .symbol {
        switch next.scalar {
        case 0x3A, 0x2F, 0x5F, 0x40, 0x23:  // : / _ @ #
          if isNumber(j + 1) && glued(j + 1) { return chainEnd(from: i) }
        case 0x2D, 0x2010, 0x2011:
          if isWord(j + 1) && glued(j + 1) {
            let w = info(j + 1)
            if w.duration == nil && w.currency == 0
              && w.roles.isDisjoint(with: [.percentWord, .foldWord, .points, .pointsAlone])
            {
              return chainEnd(from: i)
            }
          }
        default: break
        }
      }
    }
    // "01 40 54 13 90", "0800 555 111": a leading zero, then more groups of digits, is a phone number; "0011950732",
    // a code.
    if n.leadingZero && n.plain && n.integerDigits <= 4 && isNumber(i + 1) && sameLine(i + 1) && !glued(i + 1) {
      let m = numbers[Int(tokens[i + 1].entry)]
      if m.integerDigits >= 2 && (m.plain || n.integerDigits > 2) {
        return max(chainEnd(from: i, phone: true), i + 2)
      }
    }
    if n.leadingZero && n.plain && n.integerDigits >= 5 { return chainEnd(from: i) }
    // "the 15900 block of Chalfonte": an address.
    if n.plain && isWord(i + 1) && sameLine(i + 1) && info(i + 1).roles.contains(.blockNoun)
      && info(i + 2).roles.contains(.of)
    {
      return i + 1
    }
    // "+ 33 (0)1 40 54 13 90": a country code, the trunk zero in brackets, the groups.
    if n.plain && n.integerDigits <= 3 && isSymbol(i + 1, 0x28) && sameLine(i + 1) && isNumber(i + 2)
      && numbers[Int(tokens[i + 2].entry)].integer == 0 && isSymbol(i + 3, 0x29) && glued(i + 3) && isNumber(i + 4)
      && glued(i + 4)
    {
      return chainEnd(from: i + 4, phone: true)
    }
    // "le 49.3", "iOS 17.2": in a language that writes decimals with a comma, digits with a dot and no unit are a
    // reference, not a quantity.
    if grammar.decimalComma && !n.plain && n.fractionDigits > 0 && n.fractionDigits < 3 && !n.malformed
      && p[tokens[i].start + n.integerDigits] == 0x2E && suffixlessAfter(i) && namesAReference(before: i)
    {
      return i + 1
    }
    // "(313) 596-2260": an area code in brackets before the number.
    if n.plain && n.integerDigits == 3 && isSymbol(i - 1, 0x28) && isSymbol(i + 1, 0x29) && isNumber(i + 2)
      && sameLine(i + 2)
    {
      var k = i + 3
      while k < tokens.count && glued(k) && (isNumber(k) || isHyphen(k)) { k += 1 }
      return k
    }
    return nil
  }

  /// Whether the word before `i` is a determiner or a rank ("le", "un", "premier", "dernier", "troisième"), as
  /// before a named reference ("un premier 49.3").
  private func namesAReference(before i: Int) -> Bool {
    guard isWord(i - 1), sameLine(i) else { return false }
    let w = info(i - 1)
    return w.roles.contains(.dayArticle) || w.roles.contains(.article) || w.rank > 0 || w.roles.contains(.ordinal)
      || (w.weekShift ?? 0) < 0
  }

  /// Whether nothing that gives a number its unit follows token `i`: no %, currency, magnitude, or unit word.
  private func suffixlessAfter(_ i: Int) -> Bool {
    let q = Quantity(first: i, end: i + 1, mantissa: 0, exponent: 0, written: 0)
    if suffix(after: q) != nil { return false }
    return !(isWord(i + 1) && sameLine(i + 1) && (info(i + 1).magnitude > 0 || info(i + 1).isCardinal))
  }

  /// The end of a run of glued tokens (and of phone-like runs of numbers), so that nothing inside is read.
  func chainEnd(from i: Int, phone: Bool = false) -> Int {
    var k = i + 1
    while k < tokens.count {
      if glued(k) && tokens[k].kind != .symbol { k += 1; continue }
      if glued(k) && tokens[k].kind == .symbol && k + 1 < tokens.count && glued(k + 1)
        && tokens[k + 1].kind != .symbol
      {
        k += 2
        continue
      }
      if phone && tokens[k].kind == .number && tokens[k].gap == .space && tokens[k - 1].kind == .number {
        let m = numbers[Int(tokens[k].entry)]
        if m.plain && m.integerDigits <= 4 {
          k += 1
          continue
        }
      }
      break
    }
    return k
  }

  /// A number word glued by a hyphen to a word that is no unit ("deux-roues", "vingt-cinquième", "one-time"):
  /// the end of that compound word, which is no figure.
  func compoundWordEnd(after q: Quantity) -> Int? {
    guard q.spelled else { return nil }
    let j = q.end
    if isHyphen(j) && glued(j) && isWord(j + 1) && glued(j + 1) {
      let w = info(j + 1)
      if w.roles.contains(.ordinalDenominator) && q.value == 1 { return nil }
      if w.roles.contains(.ordinal) { return j + 2 }
      if w.duration != nil || w.denominator > 0 || w.currency > 0 || w.roles.contains(.percentWord)
        || w.roles.contains(.pointsAlone) || w.roles.contains(.foldWord)
        || (w.roles.contains(.ratio) && isHyphen(j + 2) && glued(j + 2))
      {
        return nil
      }
      return j + 2
    }
    if isWord(j) && sameLine(j) {
      let w = info(j)
      if w.roles.contains(.ordinal) && !w.roles.contains(.ordinalDenominator) { return j + 1 }
      // "vingt cinquième" is a rank; "trois cinquième" at a clause's end or before "de", a fraction.
      let fraction =
        q.value < 10 && !(isHyphen(j + 1) && glued(j + 1))
        && (!(isWord(j + 1) && sameLine(j + 1)) || info(j + 1).roles.contains(.of))
      if w.roles.contains(.ordinalDenominator) && q.value != 1 && !fraction { return j + 1 }
    }
    return nil
  }

  // MARK: Words

  private enum Last {
    case none, unit, ten, teen, tens, hundred, thousand, magnitude
  }

  /// A number written in words from `i` ("quatre-vingt-douze", "vingt et un", "one hundred and six",
  /// "deux millions"); nil when `i` starts none.
  func words(at i: Int) -> Quantity? {
    let firstInfo = info(i)
    guard firstInfo.isCardinal else { return nil }
    var total = 0.0
    var current = 0.0
    var last = Last.none
    var lastValue: Int32 = 0
    var lastPower = 0
    var multiplied = false
    var approximate = false
    var count = 0
    var j = i
    var end = i
    while j < tokens.count {
      let w = info(j)
      if tokens[j].kind != .word { break }
      if w.roles.contains(.weakArticle) && count > 0 { break }
      if w.isCardinal {
        let v = w.cardinal
        if v == 100 {
          guard last == .none || last == .unit || (last == .teen && grammar.teenHundreds) else { break }
          if w.roles.contains(.percentSecond) && info(j - 1).roles.contains(.percentFirst) {
            break
          }
          current = max(current, 1) * 100
          last = .hundred
        } else if v == 1000 {
          guard last != .thousand && last != .magnitude else { break }
          total += max(current, 1) * 1000
          current = 0
          last = .thousand
        } else {
          let rest = Int32(current.truncatingRemainder(dividingBy: 100))
          let quatreVingt = grammar.compoundTens && last == .unit && lastValue == 4 && v == 20
          let allowed: Bool
          switch last {
          case .none, .hundred, .thousand, .magnitude: allowed = true
          case .tens:
            allowed = (v >= 1 && v <= 9) || (grammar.compoundTens && (rest == 60 || rest == 80) && v >= 10 && v <= 19)
          case .ten: allowed = grammar.compoundTens && v >= 7 && v <= 9
          case .unit: allowed = quatreVingt
          case .teen: allowed = false
          }
          if !allowed { break }
          if quatreVingt {
            current += 76
            last = .tens
          } else {
            current += Double(v)
            last = v < 10 ? .unit : v == 10 ? .ten : v < 20 ? .teen : .tens
          }
        }
        lastValue = v
      } else if w.magnitude > 0 && !w.roles.contains(.digitSuffixOnly) {
        guard count > 0 else { break }
        let m = Scale.power(Int(w.magnitude))
        let base = total + current
        if base < m {
          total = (base == 0 ? 1 : base) * m
        } else {
          total += max(current, 1) * m
        }
        current = 0
        last = .magnitude
        lastPower = Int(w.magnitude)
      } else if w.multiplier > 0 && count > 0 {
        current = max(current, 1) * Double(w.multiplier)
        multiplied = true
        approximate = w.roles.contains(.approximateCount)
        count += 1
        j += 1
        end = j
        break
      } else {
        break
      }
      count += 1
      j += 1
      end = j
      // What may join the next number word: a hyphen, a space, "et"/"and".
      var next = j
      if isHyphen(next) && glued(next) && isWord(next + 1) && glued(next + 1) {
        next += 1
      } else if last == .tens && isHyphen(next) && !glued(next) && sameLine(next) && isWord(next + 1)
        && !glued(next + 1) && sameLine(next + 1) && info(next + 1).cardinal >= 1 && info(next + 1).cardinal <= 9
      {
        // "fifty - two", as a transcript writes it.
        next += 1
      }
      if next < tokens.count && tokens[next].kind == .word && sameLine(next)
        && info(next).roles.contains(.numberJoiner)
      {
        let joined = next + (isHyphen(next + 1) && glued(next + 1) ? 2 : 1)
        let after = info(joined)
        guard isWord(joined) && sameLine(joined) && after.isCardinal && !startsFraction(at: joined) else { break }
        // An `if`, not a `switch`: `break` must leave the loop.
        if grammar.numberJoiner == .beforeOne {
          guard last == .tens && (after.cardinal == 1 || after.cardinal == 11) else { break }
        } else {
          guard
            (last == .hundred || last == .thousand || last == .magnitude) && after.cardinal < 100
              && !after.roles.contains(.weakArticle)
          else { break }
        }
        next = joined
      }
      guard next < tokens.count && tokens[next].kind == .word && sameLine(next) else { break }
      let n = info(next)
      guard n.isCardinal || (n.magnitude > 0 && !n.roles.contains(.digitSuffixOnly)) || n.multiplier > 0 else {
        break
      }
      j = next
    }
    guard count > 0 else { return nil }
    let value = total + current
    var q = Quantity(first: i, end: end, mantissa: value, exponent: 0, written: value)
    q.spelled = true
    q.counted = multiplied
    q.approximate = approximate
    if last == .magnitude && lastPower > 0 {
      let m = Scale.power(lastPower)
      if (value / m).rounded() == value / m {
        q.mantissa = value / m
        q.exponent = lastPower
        q.magnitudePower = lastPower
      }
      q.hasMagnitude = true
    }
    if count == 1 {
      q.articleOnly = firstInfo.roles.contains(.article)
      q.weakArticle = firstInfo.roles.contains(.weakArticle)
      q.ambiguous = firstInfo.roles.contains(.ambiguousNumber)
    } else if firstInfo.roles.contains(.weakArticle) && last != .hundred && last != .thousand && last != .magnitude
      && !multiplied
    {
      return nil
    }
    return q
  }
}
