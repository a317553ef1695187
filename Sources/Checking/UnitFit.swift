import FactBase
import Figures

/// Which figures can speak of a fact, and whether what they say agrees with it.
enum UnitFit {
  /// Days in each duration unit, for comparing "26 semaines" with "six mois".
  static let days: [String: Double] = [
    "hour": 1.0 / 24, "day": 1, "week": 7, "month": 30.436875, "year": 365.2425, "decade": 3652.425,
  ]

  /// How to read a figure in the fact's unit: the factor to apply, or nil when it cannot be about the fact.
  static func scale(of figure: Figure, for unit: FactUnit) -> Double? {
    switch unit {
    case .percent, .percentOfGDP:
      if figure.kind == .percent { return 1 }
      if figure.kind == .number && figure.unit == "fraction" { return 100 }
      return nil
    case .date:
      return figure.kind == .date ? 1 : nil
    case .hours, .days, .weeks, .months, .years:
      // An age ("85,6 ans", "a 65-year-old") speaks of a fact in years (a life expectancy, a retirement age), never
      // of the length of an event counted in days or months.
      if figure.kind == .age { return unit == .years && figure.unit == "year" ? 1 : nil }
      guard figure.kind == .duration, let written = figure.unit, let from = days[written],
        let to = unit.durationUnit.flatMap({ days[$0] })
      else { return nil }
      return from / to
    case .count:
      guard figure.kind == .number, figure.unit == nil, figure.date == nil else { return nil }
      return 1
    case .money:
      return figure.kind == .money ? 1 : nil
    case .ratio:
      return figure.kind == .ratio ? 1 : nil
    case .percentagePoints:
      return figure.kind == .number && figure.unit == "percentage-point" ? 1 : nil
    }
  }

  /// Whether the figure agrees with the fact: intervals meet, or the same day with the right weekday.
  static func agrees(_ figure: Figure, with fact: Fact, scale: Double) -> Bool {
    switch fact.value {
    case .date(let truth):
      guard let written = figure.date else { return false }
      return dateAgrees(written, truth)
    default:
      guard let truth = fact.value.interval, let claimed = Tolerance.interval(of: figure, scale: scale) else {
        return true
      }
      return truth.meets(claimed)
    }
  }

  static func dateAgrees(_ written: CalendarDate, _ truth: CalendarDate) -> Bool {
    if let year = written.year, year != truth.year { return false }
    if written.month != truth.month { return false }
    if let day = written.day, day != truth.day { return false }
    if let weekday = written.weekday, let day = written.day, let year = written.year ?? truth.year {
      return CalendarMath.isoWeekday(year: year, month: written.month, day: day) == weekday
    }
    return true
  }
}
