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
    case .percentChange:
      // A ratio is converted by `interval(of:for:scale:)`: ×4 is +300 %.
      return figure.kind == .percent || figure.kind == .ratio ? 1 : nil
    }
  }

  /// Whether the figure agrees with the fact: intervals meet, or the same day with the right weekday.
  static func agrees(_ figure: Figure, with fact: Fact, scale: Double, rounding: Rounding? = nil) -> Bool {
    switch fact.value {
    case .date(let truth):
      guard let written = figure.date else { return false }
      return dateAgrees(written, truth)
    default:
      guard let truth = fact.value.interval,
        let claimed = interval(of: figure, for: fact, scale: scale, rounding: rounding)
      else {
        return true
      }
      return truth.meets(claimed)
    }
  }

  /// The values a figure allows in the fact's unit. For a change in percent, a multiplier r is (r − 1) × 100
  /// ("quadrupled" is +300 %, "halved" −50 %), and a percentage written without a sign takes the fact's ("fell
  /// 50 %" is −50 when the fact is a fall).
  static func interval(of figure: Figure, for fact: Fact, scale: Double, rounding: Rounding? = nil)
    -> NumericInterval?
  {
    let policy = rounding ?? (figure.kind == .date || figure.kind == .ratio ? .asWritten : fact.rounding)
    guard let base = Tolerance.interval(of: figure, scale: scale, rounding: policy) else { return nil }
    guard fact.unit == .percentChange else { return base }
    if figure.kind == .ratio {
      return NumericInterval(
        lower: (base.lower - 1) * 100, upper: (base.upper - 1) * 100, lowerOpen: base.lowerOpen,
        upperOpen: base.upperOpen)
    }
    let falls = (fact.value.interval?.upper ?? 0) < 0
    let unsigned = !figure.text.contains("-") && !figure.text.contains("\u{2212}")
    guard falls && unsigned && base.lower >= 0 else { return base }
    return NumericInterval(lower: -base.upper, upper: -base.lower, lowerOpen: base.upperOpen, upperOpen: base.lowerOpen)
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
