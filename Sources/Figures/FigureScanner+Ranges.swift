/// Ranges: "400 à 600 %", "entre 400 et 600 %", "de 400 à 600 %", "400–600%", "between 400 and 600 percent",
/// "from 400 to 600%". The unit and magnitude written at the end apply to both bounds.
extension FigureScanner {
  enum Opener {
    case between, from
  }

  /// A range opened by "entre", "between", "de", "from" at `i`.
  func matchRange(openedAt i: Int, floor: Int) -> Match? {
    let w = info(i)
    var j = i + 1
    if isApostrophe(j) && glued(j) { j += 1 }
    guard j < tokens.count && sameLine(j) else { return nil }
    let opener: Opener = w.roles.contains(.openerBetween) ? .between : .from
    if opener == .from && info(i - 1).roles.contains(.changeVerb) { return nil }
    // "between negative ten and fifteen", "entre -5 et 5"
    var negative = false
    if opener == .between && isWord(j) && info(j).roles.contains(.negativeWord) && sameLine(j + 1) {
      negative = true
      j += 1
    } else if (isSymbol(j, 0x2D) || isSymbol(j, 0x2212)) && isNumber(j + 1) && glued(j + 1) {
      negative = true
      j += 1
    }
    var q: Quantity
    if isNumber(j) {
      guard identifierEnd(at: j) == nil else { return nil }
      q = digits(at: j)
    } else if info(j).isCardinal, let words = words(at: j), !words.weakArticle {
      q = words
    } else {
      return nil
    }
    if negative {
      q.negative = true
      q.first -= 1
    }
    return matchRange(from: q, first: i, opener: opener, floor: floor)
  }

  /// A range whose lower bound `q1` is read; nil when no joiner and upper bound follow.
  func matchRange(from q1: Quantity, first: Int, opener: Opener?, floor: Int) -> Match? {
    var j = q1.end
    let s1 = suffix(after: q1).flatMap { $0.fitsRange ? $0 : nil }
    if let s1 { j = s1.end }
    guard j < tokens.count && sameLine(j) else { return nil }
    let joiner = info(j)
    let dash = isDash(j) || (isSymbol(j, 0x7E) && opener == nil)  // "20~100"
    switch opener {
    case .between:
      guard isWord(j) && joiner.roles.contains(.rangeAnd) else { return nil }
    case .from:
      guard isWord(j) && joiner.roles.contains(.rangeTo) else { return nil }
    case nil:
      guard (isWord(j) && joiner.roles.contains(.rangeTo)) || dash else { return nil }
      if info(first - 1).roles.contains(.openerFrom) && info(first - 2).roles.contains(.changeVerb) { return nil }
    }
    var k = j + 1
    // "$10 to $20 billion": the currency symbol written again before the upper bound.
    if k + 1 < tokens.count && tokens[k].kind == .symbol && tokens[first].kind == .symbol
      && tokens[k].scalar == tokens[first].scalar && isNumber(k + 1) && glued(k + 1)
    {
      k += 1
    }
    guard k < tokens.count && sameLine(k) else { return nil }
    var q2: Quantity
    if isNumber(k) {
      let n = numbers[Int(tokens[k].entry)]
      guard !n.malformed else { return nil }
      if dash && glued(j) && glued(k) {
        if isDash(k + 1) && glued(k + 1) && isNumber(k + 2) { return Match(end: chainEnd(from: k), figure: nil) }
        if n.leadingZero { return nil }
      }
      if isWord(k + 1) && glued(k + 1) && identifierEnd(at: k) != nil { return nil }
      q2 = digits(at: k)
    } else if info(k).isCardinal, let words = words(at: k), !words.articleOnly && !words.weakArticle {
      q2 = words
    } else {
      return nil
    }
    if opener == nil && dash && tokens[k].kind == .number && numbers[Int(tokens[k].entry)].malformed { return nil }
    let s2raw = suffix(after: q2)
    if let s2raw, !s2raw.fitsRange { return nil }
    let s2 = s2raw
    if let s1, let s2, s1.kind != s2.kind || s1.unit != s2.unit { return nil }
    let unitSuffix = s2 ?? s1
    // "2023-2027", "entre 2015 et 2020": years make a period; "from 2,354 in 2015 to 3,016" is no range.
    if unitSuffix == nil {
      let (y1, y2) = (yearLike(q1), yearLike(q2))
      if (y1 == nil) != (y2 == nil) { return nil }
      if let a = y1, let b = y2 {
        guard a < b else { return nil }
        return periodFigure(first, q2.end, CalendarPeriod(year: a, months: 1...12, lastYear: b))
      }
    }
    var lower = q1.value
    var upper = q2.value
    if q2.hasMagnitude && !q1.hasMagnitude && q1.written <= q2.written { lower = q1.scaled(like: q2) }
    let scale = unitSuffix?.scale ?? 1
    lower *= scale
    upper *= scale
    guard lower < upper else {
      if opener == nil && dash && glued(j) && glued(k) { return Match(end: q2.end, figure: nil) }
      return nil
    }
    let end = max(s2?.end ?? q2.end, q2.end)
    return figure(
      unitSuffix?.figureKind ?? .number, first: first, end: end, numberFirst: q1.first, numberEnd: q2.end,
      floor: floor, lower: lower, upper: upper, unit: unitSuffix?.unit, precision: q2.precision * scale,
      spelledOut: q1.spelled || q2.spelled, qualifies: opener == nil)
  }

  /// The year a bare four-digit number names ("2015"), or nil.
  func yearLike(_ q: Quantity) -> Int? {
    guard !q.spelled, !q.hasMagnitude, !q.negative, q.end == q.first + 1, isNumber(q.first) else { return nil }
    let n = numbers[Int(tokens[q.first].entry)]
    guard n.plain, n.integerDigits == 4, let y = n.integer, y >= 1900 && y <= 2100 else { return nil }
    return y
  }
}
