/// Dates: "mardi 28 octobre 2025", "le 31 mars", "1er janvier", "Tuesday, October 28, 2025", "Oct. 28",
/// "octobre 2025", "28/10/2025", "2025-10-28", "13.5.2015".
extension FigureScanner {
  func matchDate(at i: Int, floor: Int = 0) -> Match? {
    var j = i
    var weekday: Int?
    let first = info(i)
    if first.weekday > 0 {
      weekday = Int(first.weekday)
      j = i + 1
      if isSymbol(j, 0x2C) && glued(j) { j += 1 }
      guard j < tokens.count && sameLine(j) else { return nil }
    }
    // "fourth of May", "twenty second of june"
    if let (day, k) = ordinalDay(at: j), isWord(k), sameLine(k), info(k).roles.contains(.of),
      let (month, afterMonth) = month(at: k + 1)
    {
      var end = afterMonth
      var year: Int?
      if let found = self.year(at: afterMonth) {
        year = found
        end = afterMonth + 1
      }
      return dateMatch(i, end, CalendarDate(year: year, month: month, day: day, weekday: weekday))
    }
    if let (day, k) = day(at: j) {
      var m = k
      if grammar.ofBetweenDayAndMonth && isWord(m) && sameLine(m) && info(m).roles.contains(.of) { m += 1 }
      // "22-Nov-2025", "22.Nov.2025", "22/Nov/2025": day, month and year glued by one separator.
      if (isHyphen(k) || isSymbol(k, 0x2E) || isSymbol(k, 0x2F)) && glued(k) && glued(k + 1) && isWord(k + 1)
        && info(k + 1).month > 0
      {
        var s = k + 2
        if isSymbol(s, 0x2E) && glued(s) && !isSymbol(k, 0x2E) && tokens[k + 1].end - tokens[k + 1].start <= 4 {
          s += 1
        }
        if isSymbol(s, tokens[k].scalar) && glued(s) && glued(s + 1), isNumber(s + 1) {
          let n = numbers[Int(tokens[s + 1].entry)]
          if n.plain, n.integerDigits == 4, let year = n.integer, year >= 1000 && year <= 2999,
            !((isWord(s + 2) || isNumber(s + 2)) && glued(s + 2))
          {
            return dateMatch(
              i, s + 2, CalendarDate(year: year, month: Int(info(k + 1).month), day: day, weekday: weekday))
          }
        }
      }
      // "1-jan", "28-nov": day and month glued by a hyphen.
      if isHyphen(k) && glued(k) && glued(k + 1) && info(k + 1).month > 0 && !(isWord(k + 2) && glued(k + 2)) {
        m = k + 1
      }
      if let (month, afterMonth) = month(at: m), m < tokens.count, sameLine(m) {
        var end = afterMonth
        var year: Int?
        var y = afterMonth
        if grammar.commaBeforeYear && isSymbol(y, 0x2C) { y += 1 }
        if let found = self.year(at: y) {
          year = found
          end = y + 1
        }
        let date = CalendarDate(year: year, month: month, day: day, weekday: weekday)
        return dateMatch(i, end, date)
      }
    }
    if let (month, k) = month(at: j) {
      let word = tokens[j]
      // "jan-1", "Jan/1": month and day glued by a hyphen or a slash.
      if (isHyphen(k) || isSymbol(k, 0x2F)) && glued(k) && glued(k + 1), let (day, afterDay) = day(at: k + 1),
        !(glued(afterDay) && (isNumber(afterDay) || isWord(afterDay) || isSymbol(afterDay, 0x2F)))
      {
        return dateMatch(i, afterDay, CalendarDate(year: nil, month: month, day: day, weekday: weekday))
      }
      // "jan first", "May the eleventh", "may twenty-first"
      let d = info(k).roles.contains(.fractionArticle) && sameLine(k) ? k + 1 : k
      if let (day, afterDay) = ordinalDay(at: d), sameLine(d) {
        return dateMatch(i, afterDay, CalendarDate(year: nil, month: month, day: day, weekday: weekday))
      }
      // "October, 1st": a comma, then a day with its ordinal ending.
      if grammar.monthBeforeDay, isSymbol(k, 0x2C), glued(k), sameLine(k + 1), let (day, afterDay) = day(at: k + 1),
        afterDay == k + 3
      {
        return dateMatch(i, afterDay, CalendarDate(year: nil, month: month, day: day, weekday: weekday))
      }
      if grammar.monthBeforeDay, let (day, afterDay) = day(at: k), sameLine(k), !isNumber(afterDay) || !glued(afterDay)
      {
        if word.capital || !isCommonWordMonth(j) {
          var end = afterDay
          var year: Int?
          var y = afterDay
          if isSymbol(y, 0x2C) { y += 1 }
          if let found = self.year(at: y) {
            year = found
            end = y + 1
          }
          return dateMatch(i, end, CalendarDate(year: year, month: month, day: day, weekday: weekday))
        }
      }
      if weekday == nil, let year = self.year(at: k), word.capital || !isCommonWordMonth(j) {
        return dateMatch(i, k + 1, CalendarDate(year: year, month: month, day: nil))
      }
      return nil
    }
    if weekday == nil && isNumber(i) {
      return dayOfRelativeMonth(at: i) ?? numericDate(at: i) ?? dayAlone(at: i, floor: floor)
    }
    if weekday == nil, let m = ordinalDayAlone(at: i, floor: floor) { return m }
    return nil
  }

  /// An English day written as an ordinal in words at `i` ("first", "twenty-first", "twenty second"), and the
  /// token after it.
  func ordinalDay(at i: Int) -> (Int, Int)? {
    guard grammar.ordinalDayWords, isWord(i) else { return nil }
    let w = info(i)
    if w.ordinalDay > 0 { return (Int(w.ordinalDay), i + 1) }
    guard w.cardinal == 20 || w.cardinal == 30 else { return nil }
    var k = i + 1
    if isHyphen(k) && glued(k) && glued(k + 1) {
      k += 1
    } else if !sameLine(k) {
      return nil
    }
    let u = Int(info(k).ordinalDay)
    guard u >= 1 && u <= 9, Int(w.cardinal) + u <= 31 else { return nil }
    return (Int(w.cardinal) + u, k + 1)
  }

  /// "the 27th", "le 27e" at the end of a clause: a day of an unnamed month, so a relative date. Not "the 27th
  /// floor", "le 20e siècle".
  private func dayAlone(at i: Int, floor: Int) -> Match? {
    guard i - 1 >= floor, i >= 1, sameLine(i), let (day, after) = day(at: i), after == i + 2,
      !(isWord(after) && sameLine(after)), !(isNumber(after) && sameLine(after))
    else { return nil }
    let article = tokens[i - 1]
    guard article.kind == .word else { return nil }
    guard info(i - 1).roles.contains(.dayArticle) else { return nil }
    let span = article.start..<tokens[after - 1].end
    let f = Figure(
      kind: .relativeDate, span: span, numberSpan: tokens[i].start..<tokens[after - 1].end, text: text(span),
      precision: 0, relative: RelativeDate(day: day))
    return Match(end: after, figure: f)
  }

  /// The date over tokens `first..<end`; a day no calendar has ("31 avril", "2025-02-30") consumes its tokens
  /// and gives no figure, so that neither it nor its day and year are read or compared.
  private func dateMatch(_ first: Int, _ end: Int, _ date: CalendarDate) -> Match {
    guard date.isPossible else { return Match(end: end, figure: nil) }
    let f = figure(
      .date, first: first, end: end, numberFirst: first, numberEnd: end, floor: first, date: date,
      precision: 0, qualifies: false)
    return f
  }

  /// "may", "march": English words too, so a date only when capitalised or with a day or a year.
  private func isCommonWordMonth(_ i: Int) -> Bool {
    guard let length = grammar.commonWordMonths[info(i).month] else { return false }
    return tokens[i].end - tokens[i].start == length
  }

  /// A day of the month at `i` ("28", "1er", "22nd"), and the token after it.
  func day(at i: Int) -> (Int, Int)? {
    guard isNumber(i), let d = numbers[Int(tokens[i].entry)].integer,
      numbers[Int(tokens[i].entry)].integerDigits <= 2, d >= 1 && d <= 31
    else { return nil }
    if isWord(i + 1) && glued(i + 1) && info(i + 1).roles.contains(.ordinalSuffix) { return (d, i + 2) }
    return (d, i + 1)
  }

  /// A month name at `i` (with the dot of an abbreviation), and the token after it.
  func month(at i: Int) -> (Int, Int)? {
    guard isWord(i), sameLine(i) || i == 0 else { return nil }
    let m = Int(info(i).month)
    guard m > 0 else { return nil }
    if isSymbol(i + 1, 0x2E) && glued(i + 1) && tokens[i].end - tokens[i].start <= 5 { return (m, i + 2) }
    return (m, i + 1)
  }

  /// A four-digit year at `i`, on the same line, glued to no word after it; `afterJoiner` lets a hyphen or a
  /// slash glue it before ("mi-2026", "Q3/2025"), and then no number may follow glued either.
  func year(at i: Int, afterJoiner: Bool = false) -> Int? {
    guard isNumber(i), sameLine(i), afterJoiner || !glued(i) || isSymbol(i - 1, 0x2C) else { return nil }
    let n = numbers[Int(tokens[i].entry)]
    guard n.plain, n.integerDigits == 4, let y = n.integer, y >= 1000 && y <= 2999 else { return nil }
    if (isWord(i + 1) || (afterJoiner && isNumber(i + 1))) && glued(i + 1) { return nil }
    return y
  }

  /// "28/10/2025" (day first in French, month first in English when it can be), "2025-10-28", "13.5.2015".
  private func numericDate(at i: Int) -> Match? {
    let n = numbers[Int(tokens[i].entry)]
    if let (a, b, c) = n.dotted, c >= 1000, let date = dayMonthYear(a, b, c, yearDigits: 4, monthFirst: false) {
      return dateMatch(i, i + 1, date)
    }
    // "2015.5.13"
    if let (a, b, c) = n.dotted, a >= 1000 && a <= 2999, b >= 1 && b <= 12, c >= 1 && c <= 31 {
      return dateMatch(i, i + 1, CalendarDate(year: a, month: b, day: c))
    }
    guard n.plain, let a = n.integer else { return nil }
    if let m = dayMonthCommaYear(at: i, a) { return m }
    // "2019-sep-1": year, month name, day.
    if n.integerDigits == 4, a >= 1000 && a <= 2999, isHyphen(i + 1), glued(i + 1), glued(i + 2), isWord(i + 2),
      info(i + 2).month > 0, isHyphen(i + 3), glued(i + 3), glued(i + 4), let (day, after) = day(at: i + 4),
      !((isWord(after) || isNumber(after)) && glued(after))
    {
      return dateMatch(i, after, CalendarDate(year: a, month: Int(info(i + 2).month), day: day))
    }
    let sep = i + 1
    if let m = dayMonth(at: i, a) { return m }
    guard sep + 3 < tokens.count, glued(sep), glued(sep + 1), glued(sep + 2), glued(sep + 3),
      tokens[sep].kind == .symbol, isNumber(sep + 1), isNumber(sep + 3),
      isSymbol(sep + 2, tokens[sep].scalar),
      tokens[sep].scalar == 0x2F || tokens[sep].scalar == 0x2D
        || tokens[sep].scalar == 0x2E,
      let b = numbers[Int(tokens[sep + 1].entry)].integer, let c = numbers[Int(tokens[sep + 3].entry)].integer
    else { return nil }
    let bDigits = numbers[Int(tokens[sep + 1].entry)].integerDigits
    let cDigits = numbers[Int(tokens[sep + 3].entry)].integerDigits
    guard bDigits <= 2 else { return nil }
    if isSymbol(sep + 4, tokens[sep].scalar) && glued(sep + 4) && isNumber(sep + 5) { return nil }
    if n.integerDigits == 4 {
      guard cDigits <= 2, b >= 1 && b <= 12, c >= 1 && c <= 31 else { return nil }
      return dateMatch(i, sep + 4, CalendarDate(year: a, month: b, day: c))
    }
    guard n.integerDigits <= 2, cDigits == 4 || cDigits == 2 else { return nil }
    // The draft's order first; the other when only it gives a calendar day ("9-18-15" in French).
    let monthFirst = grammar.monthBeforeDay && a <= 12
    guard
      let date = dayMonthYear(a, b, c, yearDigits: cDigits, monthFirst: monthFirst)
        ?? dayMonthYear(a, b, c, yearDigits: cDigits, monthFirst: !monthFirst)
    else {
      return nil
    }
    return dateMatch(i, sep + 4, date)
  }

  /// "11/12,2016", "11/12,16": day and month, then the year after a comma, which the tokenizer read as decimals.
  private func dayMonthCommaYear(at i: Int, _ a: Int) -> Match? {
    guard numbers[Int(tokens[i].entry)].integerDigits <= 2, isSymbol(i + 1, 0x2F), glued(i + 1), isNumber(i + 2),
      glued(i + 2), !(glued(i) && i > 0)
    else { return nil }
    let m = numbers[Int(tokens[i + 2].entry)]
    let t = tokens[i + 2]
    guard !m.plain, !m.malformed, m.integerDigits <= 2, m.fractionDigits == 4 || m.fractionDigits == 2,
      t.end - t.start == m.integerDigits + 1 + m.fractionDigits, p[t.start + m.integerDigits] == 0x2C,
      !((isWord(i + 3) || isNumber(i + 3)) && glued(i + 3))
    else { return nil }
    let scale = m.fractionDigits == 4 ? 10_000 : 100
    let whole = Int(m.mantissa)
    let (b, c) = (whole / scale, whole % scale)
    let monthFirst = grammar.monthBeforeDay && a <= 12
    guard
      let date = dayMonthYear(a, b, c, yearDigits: m.fractionDigits, monthFirst: monthFirst)
        ?? dayMonthYear(a, b, c, yearDigits: m.fractionDigits, monthFirst: !monthFirst)
    else { return nil }
    return dateMatch(i, i + 3, date)
  }

  /// "22/04", "4/22": a day and a month without a year; not a fraction ("3/4"), not "24/7", not glued to a word.
  private func dayMonth(at i: Int, _ a: Int) -> Match? {
    let sep = i + 1
    guard isSymbol(sep, 0x2F), glued(sep), isNumber(sep + 1), glued(sep + 1), sameLine(i),
      numbers[Int(tokens[i].entry)].integerDigits <= 2, numbers[Int(tokens[sep + 1].entry)].integerDigits <= 2,
      let b = numbers[Int(tokens[sep + 1].entry)].integer,
      !(glued(i) && i > 0), !(glued(sep + 2) && sep + 2 < tokens.count && tokens[sep + 2].kind != .symbol),
      !(isSymbol(sep + 2, 0x2F) && glued(sep + 2)), !(isSymbol(sep + 2, 0x25) || isSymbol(sep + 2, 0x2D))
    else { return nil }
    if a < b && b <= 10 { return nil }
    if a == 24 && b == 7 { return nil }
    var day = a
    var month = b
    if grammar.monthBeforeDay && a <= 12 && b <= 31 {
      (day, month) = (b, a)
    } else if month > 12 && day <= 12 && (!grammar.marksOutOfTwenty || month != 20) {
      (day, month) = (b, a)
    }
    guard day >= 1 && day <= 31 && month >= 1 && month <= 12 else { return nil }
    return dateMatch(i, sep + 2, CalendarDate(year: nil, month: month, day: day))
  }

  private func dayMonthYear(_ a: Int, _ b: Int, _ c: Int, yearDigits: Int, monthFirst: Bool) -> CalendarDate? {
    let (day, month) = monthFirst ? (b, a) : (a, b)
    guard day >= 1 && day <= 31 && month >= 1 && month <= 12 else { return nil }
    let year = yearDigits == 4 ? c : (c < 50 ? 2000 + c : 1900 + c)
    guard year >= 1000 && year <= 2999 else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }
}
