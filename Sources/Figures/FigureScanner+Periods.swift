/// Periods: quarters and halves ("T3 2025", "Q3 2025", "au deuxième trimestre 2025", "the third quarter of 2025",
/// "premier semestre 2024", "H1 2024"), parts of a year ("mi-2026", "mid-2026", "fin 2024", "early 2025", "the end
/// of 2024") and fiscal years ("FY2025", "fiscal 2025", "l'exercice 2025-2026"). A period needs its year: "the
/// third quarter" alone sets nothing in time.
extension FigureScanner {
  /// Months of each part of a year that "mi-", "début", "fin" name: the labelling convention of docs/figures.md.
  private static func months(of part: PeriodWord) -> ClosedRange<Int>? {
    switch part {
    case .early: 1...4
    case .middle: 5...8
    case .late: 9...12
    case .quarter, .half, .quarterLetter, .halfLetter, .fiscal: nil
    }
  }

  /// A decade's first year (1900…2100, ending in 0) written at token `k`, if the number there is one.
  private func decadeStart(at k: Int) -> Int? {
    guard isNumber(k), let n = numbers[Int(tokens[k].entry)].integer, numbers[Int(tokens[k].entry)].plain,
      numbers[Int(tokens[k].entry)].integerDigits == 4, n % 10 == 0, (1900...2100).contains(n)
    else { return nil }
    return n
  }

  /// A decade: "the 2080s", "les années 2080". Ten calendar years, so a figure set in one is no single year's.
  func matchDecade(at i: Int) -> Match? {
    if let first = decadeStart(at: i), isWord(i + 1), glued(i + 1), tokens[i + 1].end - tokens[i + 1].start == 1,
      p[tokens[i + 1].start] | 0x20 == UInt8(ascii: "s")
    {
      return periodFigure(i, i + 2, CalendarPeriod(year: first, months: 1...12, lastYear: first + 9))
    }
    if isWord(i), info(i).duration == .year, p[tokens[i].end - 1] | 0x20 == UInt8(ascii: "s"), sameLine(i + 1),
      let first = decadeStart(at: i + 1)
    {
      return periodFigure(i, i + 2, CalendarPeriod(year: first, months: 1...12, lastYear: first + 9))
    }
    return nil
  }

  func matchPeriod(at i: Int) -> Match? {
    if isNumber(i) {
      // "2e trimestre 2025", "3rd quarter of 2025"
      guard isWord(i + 1), glued(i + 1), info(i + 1).roles.contains(.ordinalSuffix),
        let rank = numbers[Int(tokens[i].entry)].integer, rank >= 1 && rank <= 4
      else { return nil }
      return rankedPart(rank: rank, first: i, at: i + 2)
    }
    let w = info(i)
    if w.rank > 0 { return rankedPart(rank: Int(w.rank), first: i, at: i + 1) }
    guard let part = w.periodWord else { return nil }
    switch part {
    case .quarterLetter, .halfLetter:
      // "T3 2025", "Q3 2025", "H1-2024", "Q3/2025": a capital letter glued to the part's number.
      guard tokens[i].capital, tokens[i].end - tokens[i].start == 1, isNumber(i + 1), glued(i + 1),
        let n = numbers[Int(tokens[i + 1].entry)].integer, numbers[Int(tokens[i + 1].entry)].integerDigits == 1
      else { return nil }
      var y = i + 2
      if (isHyphen(y) || isSymbol(y, 0x2F)) && glued(y) && glued(y + 1) { y += 1 }
      let kind: PeriodWord = part == .quarterLetter ? .quarter : .half
      // "Q2 FY25", "Q3 FY2025": the quarter of a fiscal year, read as the calendar's.
      if isWord(y), sameLine(y), info(y).periodWord == .fiscal, let fiscal = matchPeriod(at: y),
        let fy = fiscal.figure?.period, let year = fy.start.year, fy.years.count == 1
      {
        return periodMatch(i, fiscal.end, part: kind, rank: Int(n), year: year)
      }
      guard let year = year(at: y, afterJoiner: true) else { return nil }
      return periodMatch(i, y + 1, part: kind, rank: Int(n), year: year)
    case .middle, .early, .late:
      // "mi-2026", "mid-2026", "mid 2026", "fin 2024", "late 2024", "the end of 2024", "fin de 2024"
      var y = i + 1
      if isHyphen(y) && glued(y) && glued(y + 1) {
        y += 1
      } else {
        // "fin de 2024", "the end of 2024", "début de l'année 2006", "début d'année 2024", "late in the year 2024"
        if isWord(y) && sameLine(y) && info(y).roles.contains(.of) { y += 1 }
        if isApostrophe(y) && glued(y) { y += 1 }
        if isWord(y) && sameLine(y) && tokens[y].end - tokens[y].start == 1 && isApostrophe(y + 1) && glued(y + 1) {
          y += 2
        } else if isWord(y) && sameLine(y) && info(y).roles.contains(.dayArticle) {
          y += 1
        }
        if isWord(y) && sameLine(y) && info(y).duration == .year && tokens[y].end - tokens[y].start > 2 { y += 1 }
      }
      guard let year = year(at: y, afterJoiner: true), let months = Self.months(of: part) else { return nil }
      return periodFigure(i, y + 1, CalendarPeriod(year: year, months: months))
    case .fiscal:
      // "FY2025", "FY 2025", "FY25", "fiscal 2025", "fiscal year 2025", "exercice 2025", "exercice 2025-2026"
      var y = i + 1
      if isWord(y) && sameLine(y) && info(y).duration == .year { y += 1 }
      guard isNumber(y), sameLine(y), let n = numbers[Int(tokens[y].entry)].integer, numbers[Int(tokens[y].entry)].plain
      else { return nil }
      let digits = numbers[Int(tokens[y].entry)].integerDigits
      let year: Int
      if digits == 4 && n >= 1900 && n <= 2100 {
        year = n
      } else if digits == 2 && glued(y) && tokens[i].capital {
        year = 2000 + n
      } else {
        return nil
      }
      // "2025-2026", "2025-26", "2024/2025": a fiscal year across two calendar years.
      if (isHyphen(y + 1) || isSymbol(y + 1, 0x2F)) && glued(y + 1) && glued(y + 2) && isNumber(y + 2),
        let m = numbers[Int(tokens[y + 2].entry)].integer
      {
        let second = numbers[Int(tokens[y + 2].entry)].integerDigits == 2 ? year / 100 * 100 + m : m
        if second == year + 1 {
          return periodFigure(i, y + 3, CalendarPeriod(year: year, months: 1...12, lastYear: second))
        }
      }
      return periodFigure(i, y + 1, CalendarPeriod(year: year, months: 1...12))
    case .quarter, .half:
      return nil
    }
  }

  /// "trimestre 2025", "quarter of 2025", "semestre de 2024" at `k`, after a rank.
  private func rankedPart(rank: Int, first: Int, at k: Int) -> Match? {
    guard isWord(k), sameLine(k), let part = info(k).periodWord, part == .quarter || part == .half else { return nil }
    var y = k + 1
    if isWord(y) && sameLine(y) && info(y).roles.contains(.of) { y += 1 }
    guard let year = year(at: y, afterJoiner: true) else { return nil }
    return periodMatch(first, y + 1, part: part, rank: rank, year: year)
  }

  private func periodMatch(_ first: Int, _ end: Int, part: PeriodWord, rank: Int, year: Int) -> Match? {
    let size = part == .quarter ? 3 : 6
    guard rank >= 1 && rank * size <= 12 else { return nil }
    return periodFigure(first, end, CalendarPeriod(year: year, months: (rank - 1) * size + 1...rank * size))
  }

  /// The period over tokens `first..<end`: its text is its number part, it has no value.
  func periodFigure(_ first: Int, _ end: Int, _ period: CalendarPeriod) -> Match {
    let span = tokens[first].start..<tokens[end - 1].end
    var f = Figure(kind: .period, span: span, numberSpan: span, text: text(span), precision: 0)
    f.period = period
    return Match(end: end, figure: f)
  }
}
