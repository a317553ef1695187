/// Calendar arithmetic without Foundation's time zones: a day is a day wherever the draft was written.
public enum CalendarMath {
  /// 1 = Monday … 7 = Sunday, proleptic Gregorian.
  public static func isoWeekday(year: Int, month: Int, day: Int) -> Int {
    let days = daysFromCivil(year: year, month: month, day: day)
    // 1970-01-01 was a Thursday (4).
    return ((days % 7 + 7) % 7 + 3) % 7 + 1
  }

  /// Days since 1970-01-01 (Howard Hinnant's algorithm).
  public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }
}
