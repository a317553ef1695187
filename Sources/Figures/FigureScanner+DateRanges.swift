/// Date ranges are periods: "du 20 au 22 janvier 2021", "du 1er janvier 2024 au 30 juin 2024", "June 8-July 24,
/// 2020", "September 22-24, 2023", "February 28 to March 3, 2023", "from January to May 2021", "les neuf premiers
/// mois de 2025", "the first nine months of 2025". A range needs a month and a year somewhere; the end lends its
/// month and year to the start ("du 20 au 22 janvier 2021").
extension FigureScanner {
  /// One end of a date range: what is written of it, and the token after it.
  struct DatePart {
    var day: Int?
    var month: Int?
    var year: Int?
    var end: Int
  }

  /// A day, a month or both, with the year if written, at `j`.
  func datePart(at j: Int) -> DatePart? {
    guard j < tokens.count, sameLine(j) || j == 0 else { return nil }
    if let (month, k) = month(at: j), isCapitalOrUnambiguousMonth(j) {
      var part = DatePart(day: nil, month: month, year: nil, end: k)
      if grammar.monthBeforeDay, let (day, afterDay) = day(at: k), sameLine(k),
        !(isNumber(afterDay) && glued(afterDay)),
        !(isWord(afterDay) && glued(afterDay))
      {
        part.day = day
        part.end = afterDay
      }
      var y = part.end
      if isSymbol(y, 0x2C) && glued(y) { y += 1 }
      if let year = year(at: y) {
        part.year = year
        part.end = y + 1
      }
      return part
    }
    if let (day, k) = day(at: j), !(isWord(k) && glued(k) && !info(k).roles.contains(.ordinalSuffix)) {
      var part = DatePart(day: day, month: nil, year: nil, end: k)
      var m = k
      if grammar.ofBetweenDayAndMonth && isWord(m) && info(m).roles.contains(.of) { m += 1 }
      if let (month, afterMonth) = month(at: m), sameLine(m) {
        part.month = month
        part.end = afterMonth
        if let year = year(at: afterMonth) {
          part.year = year
          part.end = afterMonth + 1
        }
      } else {
        // "22-24, 2023": a day alone, its year after a comma.
        var y = k
        if isSymbol(y, 0x2C) && glued(y) { y += 1 }
        if grammar.monthBeforeDay, let year = year(at: y) {
          part.year = year
          part.end = y + 1
        }
      }
      return part
    }
    return nil
  }

  private func isCapitalOrUnambiguousMonth(_ i: Int) -> Bool {
    guard let length = grammar.commonWordMonths[info(i).month] else { return true }
    return tokens[i].capital || tokens[i].end - tokens[i].start != length
  }

  /// A joiner between the two ends at `j`: a dash, "to", "à", "au", "through"; the token after it.
  private func dateJoiner(at j: Int) -> Int? {
    guard j < tokens.count, sameLine(j) else { return nil }
    if isDash(j) { return j + 1 }
    if isWord(j) && info(j).roles.contains(.rangeTo) { return j + 1 }
    return nil
  }

  /// A date range starting at `i` (its opener "du", "from", or its first day or month).
  func matchDateRange(at i: Int, floor: Int) -> Match? {
    var j = i
    if isWord(i) && info(i).roles.contains(.openerFrom) {
      j = i + 1
    }
    guard let a = datePart(at: j), let k = dateJoiner(at: a.end), let b = datePart(at: k) else { return nil }
    // The end lends its month and year; a day alone at the end keeps the start's month ("September 22-24").
    guard let endMonth = b.month ?? (b.day != nil ? a.month : nil), let endYear = b.year ?? a.year else {
      return nil
    }
    guard let startMonth = a.month ?? b.month else { return nil }
    let startYear = a.year ?? (startMonth <= endMonth ? endYear : endYear - 1)
    let start = CalendarDate(year: startYear, month: startMonth, day: a.day ?? 1)
    let end = CalendarDate(
      year: endYear, month: endMonth, day: b.day ?? CalendarDate.length(ofMonth: endMonth, year: endYear))
    guard start.isPossible, end.isPossible,
      (start.year!, start.month, start.day!) < (end.year!, end.month, end.day!)
    else { return nil }
    // Days without their own month need a month written somewhere: "du 20 au 22" alone is no period.
    if a.day != nil && a.month == nil && b.month == nil { return nil }
    return periodFigure(i, b.end, CalendarPeriod(start: start, end: end))
  }

  /// "les neuf premiers mois de 2025", "the first nine months of 2025": January to the ninth month.
  func matchFirstMonths(_ q: Quantity, first: Int, floor: Int) -> Match? {
    guard !q.hasMagnitude, q.value >= 1, q.value <= 12, q.value.rounded() == q.value else { return nil }
    var k = q.end
    let firstBefore = q.first - 1 >= floor && info(q.first - 1).rank == 1
    let modifierAfter = isWord(k) && info(k).roles.contains(.durationModifier) && info(k).rank == 1
    if modifierAfter { k += 1 }
    guard firstBefore || modifierAfter, isWord(k), sameLine(k), info(k).duration == .month else { return nil }
    var y = k + 1
    guard isWord(y), info(y).roles.contains(.of) else { return nil }
    y += 1
    guard let year = year(at: y) else { return nil }
    return periodFigure(firstBefore ? q.first - 1 : first, y + 1, CalendarPeriod(year: year, months: 1...Int(q.value)))
  }
}
