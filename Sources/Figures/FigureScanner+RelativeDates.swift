/// Relative dates: "demain", "hier", "avant-hier", "aujourd'hui", "today", "the day after tomorrow", a weekday on
/// its own or with "prochain", "dernier", "ce", "next", "last", "this", "next week", "the 22nd". They are reported
/// as `.relativeDate`: no calendar month can be read from them, so the checker never compares them with a date.
extension FigureScanner {
  func matchRelativeDate(at i: Int, floor: Int) -> Match? {
    let w = info(i)
    if let shift = w.weekShift {
      var k = i + 1
      guard isWord(k) && sameLine(k) else { return nil }
      if let year = relativeYear(shiftAt: i, yearAt: k) { return year }
      // "the next day", "the following day", "the last day", "dernier jour": a day named relative to the story;
      // not "the last day of the summit".
      if shift != 0 && info(k).duration == .day && tokens[k].end - tokens[k].start > 1
        && !(isWord(k + 1) && sameLine(k + 1) && info(k + 1).roles.contains(.of))
      {
        let first = i - 1 >= floor && sameLine(i) && info(i - 1).roles.contains(.dayArticle) ? i - 1 : i
        return relativeMatch(first: first, end: k + 1, RelativeDate())
      }
      guard grammar.weekShiftBeforeWeekday || shift == 0 else { return nil }
      // "this week Friday", "next week Sunday"
      if grammar.weekShiftBeforeWeekday && info(k).duration == .week && isWord(k + 1) && sameLine(k + 1)
        && info(k + 1).weekday > 0
      {
        k += 1
      }
      guard info(k).weekday > 0, matchDate(at: k) == nil else { return nil }
      return relativeWeekday(first: i, at: k, shift: Int(shift))
    }
    if w.weekday > 0 { return relativeWeekday(first: i, at: i, shift: nil) }
    if w.roles.contains(.storyDay) {
      return relativeMatch(first: i, end: i + 1, RelativeDate())
    }
    guard let offset = w.dayOffset else { return nil }
    var end = i + 1
    if w.roles.contains(.todayHead) {
      guard isApostrophe(i + 1) && glued(i + 1) && glued(i + 2) && info(i + 2).roles.contains(.todayTail) else {
        return nil
      }
      end = i + 3
    }
    var first = i
    var days = Int(offset)
    var k = i - 1
    if isHyphen(k) && glued(k) && glued(i) { k -= 1 }
    if k >= floor && isWord(k) && sameLine(k + 1) && offset != 0 {
      let before = info(k)
      if (offset < 0 && before.roles.contains(.dayBefore)) || (offset > 0 && before.roles.contains(.dayAfter)) {
        if !grammar.dayShiftNeedsDayNoun {
          first = k
          days *= 2
        } else if k - 1 >= floor && info(k - 1).duration == .day && sameLine(k) {
          first = k - 1
          days *= 2
          if k - 2 >= floor && info(k - 2).roles.contains(.fractionArticle) && sameLine(k - 1) { first = k - 2 }
        }
      }
    }
    return relativeMatch(first: first, end: end, RelativeDate(dayOffset: days))
  }

  /// A weekday at `k` with what places it: "vendredi prochain", "dimanche la semaine dernière", "Friday next week",
  /// "Friday of this week", "Friday the 22nd".
  private func relativeWeekday(first: Int, at k: Int, shift: Int?) -> Match? {
    var date = RelativeDate(weekday: Int(info(k).weekday), weekOffset: shift)
    var end = k + 1
    if shift == nil && isWord(end) && sameLine(end) {
      let next = info(end)
      if !grammar.weekShiftBeforeWeekday {
        var j = end
        if next.roles.contains(.fractionArticle) || next.roles.contains(.of) { j += 1 }
        if let s = info(j).weekShift, s != 0, j == end {
          date.weekOffset = Int(s)
          end = j + 1
        } else if info(j).duration == .week && isWord(j + 1) && sameLine(j + 1), let s = info(j + 1).weekShift,
          s != 0
        {
          date.weekOffset = Int(s)
          end = j + 2
        } else if let s = next.weekShift, s == 0, info(end + 1).duration == .week, sameLine(end + 1) {
          date.weekOffset = 0
          end += 2
        } else if next.roles.contains(.of), info(end + 1).roles.contains(.fractionArticle),
          info(end + 2).duration == .week, let s = info(end + 3).weekShift, s != 0
        {
          date.weekOffset = Int(s)
          end += 4
        }
      } else {
        var j = end
        if next.roles.contains(.of) { j += 1 }
        if isWord(j) && sameLine(j), let s = info(j).weekShift, info(j + 1).duration == .week, sameLine(j + 1) {
          date.weekOffset = Int(s)
          end = j + 2
        } else if next.roles.contains(.fractionArticle), let (day, after) = self.day(at: end + 1), sameLine(end + 1),
          after == end + 3
        {
          date.day = day
          end = after
        }
      }
    }
    return relativeMatch(first: first, end: end, date)
  }

  /// "le jour suivant": the day after the story's, read back from "suivant".
  func followingDay(at i: Int, floor: Int) -> Match? {
    guard i - 1 >= floor, sameLine(i), isWord(i - 1), info(i - 1).duration == .day else { return nil }
    var first = i - 1
    if first - 1 >= floor && sameLine(first) && info(first - 1).roles.contains(.dayArticle) { first -= 1 }
    return relativeMatch(first: first, end: i + 1, RelativeDate())
  }

  /// "the second", "on the twenty second", "on 22nd" at the end of a clause: a day of an unnamed month.
  func ordinalDayAlone(at i: Int, floor: Int) -> Match? {
    guard i - 1 >= floor, sameLine(i), info(i - 1).roles.contains(.dayArticle), let (day, after) = ordinalDay(at: i),
      !(isWord(after) && sameLine(after)), !(isNumber(after) && sameLine(after))
    else { return nil }
    var first = i - 1
    if first - 1 >= floor && sameLine(first) && info(first - 1).roles.contains(.dayArticle) { first -= 1 }
    return relativeMatch(first: first, end: after, RelativeDate(day: day))
  }

  /// "20th of next month", "the 31st of this month", "le 20e mois prochain": a day of a month named relative to
  /// the month of writing.
  func dayOfRelativeMonth(at i: Int) -> Match? {
    guard let (day, after) = day(at: i), sameLine(after) else { return nil }
    var k = after
    if isWord(k) && info(k).roles.contains(.of) { k += 1 }
    guard isWord(k), isWord(k + 1), sameLine(k), sameLine(k + 1) else { return nil }
    let shift: Int8
    if let s = info(k).weekShift, info(k + 1).duration == .month {
      shift = s
    } else if info(k).duration == .month, let s = info(k + 1).weekShift {
      shift = s
    } else {
      return nil
    }
    var first = i
    if i - 1 >= 0 && sameLine(i) && info(i - 1).roles.contains(.dayArticle) { first = i - 1 }
    return relativeMatch(first: first, end: k + 2, RelativeDate(day: day, monthOffset: Int(shift)))
  }

  /// A year named from the year of writing: "last year", "this year", "next year" (not "the last year", a span),
  /// "cette année"; "l'an dernier", "l'année prochaine" are read from the year's word (`yearAfterShift`).
  private func relativeYear(shiftAt i: Int, yearAt k: Int) -> Match? {
    guard let shift = info(i).weekShift, info(k).duration == .year, !isPlural(k),
      grammar.weekShiftBeforeWeekday || shift == 0,
      !(i - 1 >= 0 && isWord(i - 1) && sameLine(i) && info(i - 1).roles.contains(.dayArticle))
    else { return nil }
    return relativeMatch(first: i, end: k + 1, RelativeDate(yearOffset: Int(shift)))
  }

  /// "l'an dernier", "l'année dernière", "l'an prochain": a year's word, then the shift, in a language that puts
  /// the shift after the weekday.
  func matchRelativeYear(at i: Int) -> Match? {
    guard !grammar.weekShiftBeforeWeekday, info(i).duration == .year, !isPlural(i), isWord(i + 1), sameLine(i + 1),
      let shift = info(i + 1).weekShift, shift != 0, isApostrophe(i - 1), glued(i)
    else { return nil }
    return relativeMatch(
      first: i - 2 >= 0 && isWord(i - 2) && glued(i - 1) ? i - 2 : i, end: i + 2,
      RelativeDate(yearOffset: Int(shift)))
  }

  private func isPlural(_ k: Int) -> Bool { p[tokens[k].end - 1] | 0x20 == UInt8(ascii: "s") }

  private func relativeMatch(first: Int, end: Int, _ date: RelativeDate) -> Match {
    let span = tokens[first].start..<tokens[end - 1].end
    let f = Figure(
      kind: .relativeDate, span: span, numberSpan: span, text: text(span), precision: 0, relative: date)
    return Match(end: end, figure: f)
  }
}
