import Drafts

/// What a figure measures; the checker only compares figures whose kind fits a fact's unit.
public enum FigureKind: String, Sendable, Hashable, Codable {
  case number
  case percent
  case money
  case date
  case duration
  /// A day named relative to when the text was written ("demain", "yesterday", "next Friday", "mardi" on its own):
  /// no calendar month can be read from it, so it is never compared with a dated fact. See `Figure.relative`.
  case relativeDate = "relative-date"
  /// A multiplier: "multipliées par quatre", "fivefold", "doubled", "trois fois plus" (value 4, 5, 2, 3; unit
  /// "times"); "halved", "divisé par deux" are 0.5. Compared with facts stated as ratios.
  case ratio
  /// A part of a year or a fiscal year: "T3 2025", "the third quarter of 2025", "premier semestre 2024", "mi-2026",
  /// "fin 2024", "early 2025", "FY2025", "l'exercice 2025-2026". No value; its bounds set a figure in time.
  case period
  /// A person's age: "âgé de 65 ans", "un homme de 65 ans", "a 65-year-old", "aged 65", "65 years old" (value in
  /// years, unit "year"). Not the length of an event, so never compared with a duration fact.
  case age
}

/// A span of calendar days, both ends included, as a period is named: "T3 2025" is 2025-07-01 … 2025-09-30.
public struct CalendarPeriod: Sendable, Hashable, Codable {
  public var start: CalendarDate
  public var end: CalendarDate

  public init(start: CalendarDate, end: CalendarDate) {
    self.start = start
    self.end = end
  }

  /// Months `first…last` of `year` through `lastYear`, from the first day to the last.
  public init(year: Int, months: ClosedRange<Int>, lastYear: Int? = nil) {
    let endYear = lastYear ?? year
    self.start = CalendarDate(year: year, month: months.lowerBound, day: 1)
    self.end = CalendarDate(
      year: endYear, month: months.upperBound, day: CalendarDate.length(ofMonth: months.upperBound, year: endYear))
  }

  /// The calendar years the period touches.
  public var years: ClosedRange<Int> { (start.year ?? 0)...(end.year ?? start.year ?? 0) }

  /// Across two calendar years without being whole years ("de mai 2024 à mai 2025", "l'exercice 2025-2026").
  public var straddlesYears: Bool {
    guard let first = start.year, let last = end.year, last > first else { return false }
    return start.month != 1 || end.month != 12
  }

  /// Less than a whole year ("T3 2025", "du 1er avril au 30 septembre 2025"); false when the start has no year.
  public var isPartOfYear: Bool {
    guard let first = start.year else { return false }
    return ((end.year ?? first) - first) * 12 + end.month - start.month + 1 < 12
  }
}

/// Words that turn a written value into an interval ("plus de 60 %" is (60, ∞)).
public enum Qualifier: String, Sendable, Hashable, Codable {
  /// plus de, more than, over, above
  case moreThan = "more-than"
  /// au moins, at least
  case atLeast = "at-least"
  /// moins de, less than, under, below
  case lessThan = "less-than"
  /// jusqu'à, au plus, up to, at most
  case atMost = "at-most"
  /// environ, quelque, about, around, roughly, some
  case about
  /// près de, presque, nearly, almost, close to
  case nearly
  /// exactement, égal à, exactly, equal to, equals: the value and no other (its written digits' precision).
  case exactly
}

/// A calendar day as written: the year, the day or the weekday may be missing ("le 31 mars", "mardi 28 octobre").
public struct CalendarDate: Sendable, Hashable, Codable {
  public var year: Int?
  public var month: Int
  public var day: Int?
  /// ISO weekday written next to the date: 1 = Monday … 7 = Sunday.
  public var weekday: Int?

  public init(year: Int?, month: Int, day: Int?, weekday: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
    self.weekday = weekday
  }

  /// Whether some calendar has this day: "31 avril" and "29 février 2023" have none. Without a year, February 29
  /// is possible, since leap years have one.
  public var isPossible: Bool {
    guard let day else { return month >= 1 && month <= 12 }
    return day >= 1 && day <= CalendarDate.length(ofMonth: month, year: year)
  }

  /// "2025-10-28"; "XXXX" and "XX" stand for a year or a day left unwritten ("XXXX-03-31").
  public var iso: String {
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return (year.map { pad($0, 4) } ?? "XXXX") + "-" + pad(month, 2) + "-" + (day.map { pad($0, 2) } ?? "XX")
  }

  /// Days in a month of the proleptic Gregorian calendar; 29 for February when the year is unknown, 0 for no month.
  public static func length(ofMonth month: Int, year: Int?) -> Int {
    guard month >= 1 && month <= 12 else { return 0 }
    if month == 2 {
      guard let y = year else { return 29 }
      return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31
  }
}

/// What a relative date says: "demain" is a day offset of 1, "vendredi prochain" weekday 5 of the next week,
/// "Friday the 22nd" weekday 5 on day 22 of an unnamed month.
public struct RelativeDate: Sendable, Hashable, Codable {
  /// Days from the day of writing: 0 today, 1 tomorrow, -1 yesterday, -2 the day before yesterday.
  public var dayOffset: Int?
  /// ISO weekday, 1 = Monday … 7 = Sunday.
  public var weekday: Int?
  /// Weeks from the week of writing: 1 for "next", -1 for "last", 0 for "this".
  public var weekOffset: Int?
  /// Day of the month, when written next to the weekday ("Friday the 22nd") or alone ("the 22nd").
  public var day: Int?
  /// Months from the month of writing: "the 20th of next month" is 1, "le 31 de ce mois" 0.
  public var monthOffset: Int?
  /// Years from the year of writing: "last year", "l'an dernier" are -1, "this year", "cette année" 0.
  public var yearOffset: Int?

  public init(
    dayOffset: Int? = nil, weekday: Int? = nil, weekOffset: Int? = nil, day: Int? = nil, monthOffset: Int? = nil,
    yearOffset: Int? = nil
  ) {
    self.dayOffset = dayOffset
    self.weekday = weekday
    self.weekOffset = weekOffset
    self.day = day
    self.monthOffset = monthOffset
    self.yearOffset = yearOffset
  }
}

/// One figure found in prose, with its exact span and its normalised value.
///
/// Spans are UTF-8 offsets into the text handed to the extractor, end exclusive, so the
/// checker and the front ends convert them once, through `LineTable`.
public struct Figure: Sendable, Hashable {
  public var kind: FigureKind
  /// The whole figure as written, qualifier and unit included ("plus de 60 %").
  public var span: Range<Int>
  /// The written number(s) alone ("60" in "plus de 60 %", "400 à 600" in "400 à 600 %").
  public var numberSpan: Range<Int>
  /// The text of `span`.
  public var text: String
  /// The value of a single figure, scaled ("1,5 milliard" is 1.5e9); nil for ranges and dates. Digits are exact:
  /// a number written with sixteen significant digits or more, which a Double would round, is no figure.
  public var value: Double?
  /// Bounds of a written range ("400 à 600 %"); nil for a single value.
  public var lower: Double?
  public var upper: Double?
  /// "percent", an ISO 4217 code for money ("EUR", "USD", "JPY"…), "day", "week", "month", "year",
  /// "fraction" for "la moitié" / "a third" (value 0.5, 0.333…), nil for a bare number.
  public var unit: String?
  public var qualifier: Qualifier?
  /// Set for kind `.date`.
  public var date: CalendarDate?
  /// Set for kind `.relativeDate`.
  public var relative: RelativeDate?
  /// Set for kind `.period`.
  public var period: CalendarPeriod?
  /// Half the step of the last written digit, in the figure's scaled unit: 0.5 for "92", 0.05 for "2,5",
  /// 0.05e9 for "1,5 milliard". Written as words, whole numbers get 0.5 as well.
  public var precision: Double
  /// Written in words ("quatre-vingt-douze", "two") rather than digits.
  public var spelledOut: Bool
  /// The magnitude word that ends the number part ("milliards" in "3 500 milliards", "bn" in "€4.5bn"), so that a
  /// fix can write another value under the same word.
  public var magnitude: WrittenMagnitude?

  public init(
    kind: FigureKind, span: Range<Int>, numberSpan: Range<Int>, text: String, value: Double? = nil,
    lower: Double? = nil, upper: Double? = nil, unit: String? = nil, qualifier: Qualifier? = nil,
    date: CalendarDate? = nil, precision: Double = 0.5, spelledOut: Bool = false, relative: RelativeDate? = nil,
    magnitude: WrittenMagnitude? = nil
  ) {
    self.kind = kind
    self.span = span
    self.numberSpan = numberSpan
    self.text = text
    self.value = value
    self.lower = lower
    self.upper = upper
    self.unit = unit
    self.qualifier = qualifier
    self.date = date
    self.precision = precision
    self.spelledOut = spelledOut
    self.relative = relative
    self.magnitude = magnitude
  }

  /// A written range ("400 à 600 %") rather than a single value.
  public var isRange: Bool { lower != nil && upper != nil }
}

/// A magnitude word as written after a number: its power of ten (9 for "milliards", "bn", "Md") and its UTF-8 span.
public struct WrittenMagnitude: Sendable, Hashable {
  public var power: Int
  public var span: Range<Int>

  public init(power: Int, span: Range<Int>) {
    self.power = power
    self.span = span
  }
}
