/// Numbers written the long way: scientific notation ("1.3e6", "1,1^23", "6.23x10^-4"), digits with number words
/// ("3 hundred and 21", "4 thousand 3 hundred"), mixed numbers ("2 1/4"), decimals in words ("five point five",
/// "deux cent virgule trois"), and money with its cents ("3 dollars 50 cents", "15 dollars et 15").
extension FigureScanner {
  /// "1e10", "-12e-1", "1.1^23", "2,5^-1", "1.3x10^6": the digits at `i` raised to a power.
  func matchScientific(at i: Int, sign: Int?, floor: Int) -> Match? {
    let j = i + 1
    guard j + 1 < tokens.count, glued(j) else { return nil }
    let n = numbers[Int(tokens[i].entry)]
    guard !n.malformed else { return nil }
    var base = n.value
    if sign != nil { base = -base }
    var k: Int
    var power: Bool
    if isWord(j) && tokens[j].end - tokens[j].start == 1 && (p[tokens[j].start] | 0x20) == 0x65 {
      k = j + 1  // "e"
      power = false
    } else if isSymbol(j, 0x5E) {
      k = j + 1  // "^"
      power = true
    } else if isWord(j) && tokens[j].end - tokens[j].start == 1 && (p[tokens[j].start] | 0x20) == 0x78,
      isNumber(j + 1), glued(j + 1), numbers[Int(tokens[j + 1].entry)].integer == 10, isSymbol(j + 2, 0x5E),
      glued(j + 2)
    {
      k = j + 3  // "x10^"
      power = false
    } else {
      return nil
    }
    var negative = false
    while (isSymbol(k, 0x2D) || isSymbol(k, 0x2B) || isSymbol(k, 0x2212)) && glued(k) {
      if !isSymbol(k, 0x2B) { negative.toggle() }
      k += 1
    }
    guard isNumber(k), glued(k), let e = numbers[Int(tokens[k].entry)].integer, e <= 300,
      !((isWord(k + 1) || isNumber(k + 1)) && glued(k + 1))
    else { return nil }
    let exponent = negative ? -e : e
    let value: Double
    if power {
      var v = 1.0
      for _ in 0..<e { v *= base }
      value = negative ? 1 / v : v
    } else {
      value = base * Scale.power(exponent)
    }
    guard value.isFinite else { return nil }
    return numberOrPercent(first: sign ?? i, numberEnd: k + 1, value: value, precision: 0, floor: floor)
  }

  /// A number read from `first` to `numberEnd`, a percentage when a percent sign or word follows it.
  private func numberOrPercent(first: Int, numberEnd: Int, value: Double, precision: Double, floor: Int) -> Match {
    let after = Quantity(first: numberEnd, end: numberEnd, mantissa: 0, exponent: 0, written: 0)
    if let s = suffix(after: after), s.kind == .percent {
      return figure(
        .percent, first: first, end: s.end, numberFirst: first, numberEnd: numberEnd, floor: floor, value: value,
        unit: s.unit, precision: precision)
    }
    return figure(
      .number, first: first, end: numberEnd, numberFirst: first, numberEnd: numberEnd, floor: floor, value: value,
      precision: precision)
  }

  /// "3 hundred and 21", "4 thousand 3 hundred": digits under "hundred" or "thousand" go on with a smaller part.
  func continued(_ q: Quantity) -> Quantity {
    var q = q
    while q.hasMagnitude && q.multiplier == 1 && (q.magnitudePower == 2 || q.magnitudePower == 3)
      && isWord(q.end - 1) && info(q.end - 1).isCardinal
    {
      let unit = Scale.power(q.magnitudePower)
      var k = q.end
      if isWord(k) && sameLine(k) && info(k).roles.contains(.numberJoiner) { k += 1 }
      guard k < tokens.count, sameLine(k) else { break }
      let part: Quantity
      if isNumber(k) {
        let n = numbers[Int(tokens[k].entry)]
        guard n.plain, !glued(k) else { break }
        part = digits(at: k)
      } else if let words = words(at: k), !words.weakArticle {
        part = words
      } else {
        break
      }
      guard part.value > 0, part.value < unit, part.value.rounded() == part.value, part.multiplier == 1 else { break }
      let total = q.value + part.value
      var next = Quantity(first: q.first, end: part.end, mantissa: total, exponent: 0, written: total)
      next.hasMagnitude = part.hasMagnitude
      next.magnitudePower = part.hasMagnitude ? part.magnitudePower : 0
      next.spelled = q.spelled || part.spelled
      if !part.hasMagnitude {
        q = next
        q.hasMagnitude = false
        break
      }
      q = next
    }
    return q
  }

  /// "2 1/4", "- 1 4/5": a whole number and a small fraction in digits.
  func matchMixedNumber(_ q: Quantity, first: Int, floor: Int) -> Match? {
    let k = q.end
    guard !q.hasMagnitude, q.value.rounded() == q.value, k + 2 < tokens.count, isNumber(k), sameLine(k), !glued(k),
      isSymbol(k + 1, 0x2F), glued(k + 1), isNumber(k + 2), glued(k + 2),
      let a = numbers[Int(tokens[k].entry)].integer, let b = numbers[Int(tokens[k + 2].entry)].integer,
      numbers[Int(tokens[k].entry)].integerDigits <= 2, a >= 1, a < b, b <= 16,
      !(isSymbol(k + 3, 0x2F) && glued(k + 3)), !(isWord(k + 3) && glued(k + 3))
    else { return nil }
    let magnitude = abs(q.value) + Double(a) / Double(b)
    return numberOrPercent(
      first: first, numberEnd: k + 3, value: q.negative ? -magnitude : magnitude, precision: 0.005, floor: floor)
  }

  /// "five point five", "two hundred point zero three", "nought point eleven", "deux cent virgule trois": the
  /// digits after the decimal word, each said alone or as one number.
  func withDecimalWords(_ q: Quantity) -> Quantity {
    let j = q.end
    guard q.spelled, !q.hasMagnitude, q.value.rounded() == q.value, isWord(j), sameLine(j),
      info(j).roles.contains(.decimalWord), isWord(j + 1), sameLine(j + 1), info(j + 1).isCardinal
    else { return q }
    var digits = ""
    var k = j + 1
    while isWord(k) && sameLine(k) && info(k).isCardinal, let piece = words(at: k), !piece.hasMagnitude,
      piece.value < 100, piece.value.rounded() == piece.value
    {
      let single = piece.value < 10 && piece.end == k + 1
      if !digits.isEmpty && !single { break }
      digits += String(Int(piece.value))
      k = piece.end
      if !single { break }
    }
    guard !digits.isEmpty, let fraction = Double("0." + digits) else { return q }
    var r = q
    r.mantissa = q.value + fraction
    r.exponent = 0
    r.written = r.mantissa
    r.end = k
    r.articleOnly = false
    r.weakArticle = false
    r.ambiguous = false
    return r
  }

  /// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50", "15 dollars et 15": the
  /// hundredths after an amount of money in its main unit, and the token after them.
  func cents(after k: Int) -> (Double, Int)? {
    var j = k
    if isWord(j) && sameLine(j) && info(j).roles.contains(.numberJoiner) { j += 1 }
    guard j < tokens.count, sameLine(j) else { return nil }
    let part: Quantity
    if isNumber(j) {
      let n = numbers[Int(tokens[j].entry)]
      guard n.plain, n.integerDigits <= 2, !glued(j) else { return nil }
      part = Quantity(first: j, end: j + 1, mantissa: n.mantissa, exponent: 0, written: n.value)
    } else if info(j).isCardinal, var words = words(at: j), !words.weakArticle {
      // "quarante-cinq cents": French reads "cents" as hundreds; after an amount it is the subunit.
      let last = words.end - 1
      if words.value >= 100, isWord(last), info(last).subunit == 100, info(last).cardinal == 100, last > j {
        words.mantissa = words.value / 100
        words.exponent = 0
        words.end = last
      }
      part = words
    } else {
      return nil
    }
    guard !part.hasMagnitude, part.value >= 1, part.value < 100, part.value.rounded() == part.value else { return nil }
    var end = part.end
    if isWord(end) && sameLine(end) && info(end).subunit == 100 {
      end += 1
    } else if isWord(end) && sameLine(end) && !info(end).roles.contains(.numberJoiner)
      && !info(end).roles.contains(.more) && !info(end).roles.contains(.less)
    {
      // "15 dollars 50 people": the number counts something else.
      return nil
    } else if (isNumber(end)
      || (end < tokens.count && tokens[end].kind == .symbol && currencySymbol(tokens[end].scalar) != nil))
      && sameLine(end)
    {
      // "10 $ 30 $": two amounts.
      return nil
    }
    return (part.value / 100, end)
  }

  /// "one twenty-fifth", "three twenty-firsts", "un vingt-cinquième", "une vingt et unième": a numerator over a
  /// compound ordinal, at the end of a clause or before "of"/"de" (not "a twenty-first-century economy").
  func matchCompoundDenominator(_ q: Quantity, first: Int, floor: Int) -> Match? {
    guard !q.hasMagnitude, abs(q.value) >= 1, abs(q.value) < 1e6, q.value.rounded() == q.value else { return nil }
    let k = q.end
    guard isWord(k), sameLine(k) else { return nil }
    let tens = Int(info(k).cardinal)
    guard tens >= 20 && tens <= 90 && tens % 10 == 0 else { return nil }
    var u = k + 1
    if isHyphen(u) && glued(u) && glued(u + 1) {
      u += 1
    } else if isWord(u) && sameLine(u) && info(u).roles.contains(.numberJoiner) {
      u += 1
    }
    guard isWord(u), sameLine(u) else { return nil }
    let w = info(u)
    let unit: Int
    if w.denominator >= 2 && w.denominator <= 9 {
      unit = Int(w.denominator)
    } else if w.rank >= 1 && w.rank <= 4 && w.roles.contains(.ordinal) {
      unit = Int(w.rank)
    } else if w.ordinalDay >= 1 && w.ordinalDay <= 9 {
      unit = Int(w.ordinalDay)
    } else {
      return nil
    }
    let end = u + 1
    if isHyphen(end) && glued(end) { return nil }
    if isWord(end) && sameLine(end) && !info(end).roles.contains(.of) { return nil }
    return figure(
      .number, first: first, end: end, numberFirst: first, numberEnd: end, floor: floor,
      value: q.value / Double(tens + unit), unit: "fraction", precision: 0.0005, spelledOut: true)
  }

  /// "one hundred thirty-fifths" is 100/35: tens written right after "hundred" (no "and") that meet an ordinal
  /// start the denominator.
  func matchSplitDenominator(_ q: Quantity, first: Int, floor: Int) -> Match? {
    let t = q.end - 1
    guard grammar.tensAfterHundredDenominate, q.spelled, !q.hasMagnitude, t - 1 >= q.first, isWord(t), isWord(t - 1)
    else { return nil }
    let tens = Double(info(t).cardinal)
    let before = info(t - 1).cardinal
    guard tens >= 20 && tens <= 90, before == 100 || before == 1000, abs(q.value) > tens else { return nil }
    var numerator = q
    numerator.end = t
    numerator.mantissa = abs(q.value) - tens
    numerator.exponent = 0
    return matchCompoundDenominator(numerator, first: first, floor: floor)
  }
}
