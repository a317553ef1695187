import Drafts
import Figures

/// One curated fact: what is true, in which unit, how a sentence talks about it, and who says so.
public struct Fact: Sendable, Hashable {
  public var id: String
  public var statement: [Language: String]
  public var value: FactValue
  public var unit: FactUnit
  /// ISO 4217 code of a money fact.
  public var currency: String?
  /// How a round figure is read against this fact: `.press` (the default) reads "90 %" or "700 000" as the press
  /// rounds, `.asWritten` to its last written digit. See `Rounding`.
  public var rounding: Rounding = .press
  public var terms: [Language: FactTerms]
  public var source: FactSource
  public var period: FactPeriod?
  public var examples: [FactExample]
  /// Where the fact's object stands in its file, for editors to jump to.
  public var location: FactLocation

  public init(
    id: String, statement: [Language: String], value: FactValue, unit: FactUnit, terms: [Language: FactTerms],
    source: FactSource, period: FactPeriod?, examples: [FactExample], location: FactLocation
  ) {
    self.id = id
    self.statement = statement
    self.value = value
    self.unit = unit
    self.currency = nil
    self.terms = terms
    self.source = source
    self.period = period
    self.examples = examples
    self.location = location
  }

  /// The statement in `language`, or in the other one when only one is written.
  public func statement(in language: Language) -> String {
    statement[language] ?? statement.values.first ?? id
  }
}

/// How a figure ending in zeros is read: "as the press rounds" (90 % stands for 85–95 %, 700 000 for 650 000 to
/// 750 000, never more than a tenth of the value either way) or "as written" (90 % is 89.5–90.5 %).
public enum Rounding: String, Sendable, Hashable {
  case press
  case asWritten = "as-written"
}

/// The unit a fact's value is in; it decides which figures can be claims about it.
public enum FactUnit: String, Sendable, Hashable, CaseIterable {
  case percent
  case percentOfGDP = "percent-of-gdp"
  case date
  case hours
  case days
  case weeks
  case months
  case years
  case count
  case money
  /// A factor: "exports were multiplied by four" is 4; "halved" is 0.5.
  case ratio
  /// A change in percentage points: "unemployment rose 0.4 point"; never compared with a percent.
  case percentagePoints = "percentage-points"
  /// A change in percent, signed: +300 for "rose 300 %" or "quadrupled", -50 for "fell by half" or "halved".
  /// Compared with percentages and with multipliers (×4 is +300 %).
  case percentChange = "percent-change"

  /// The figure unit a duration fact is counted in.
  public var durationUnit: String? {
    switch self {
    case .hours: "hour"
    case .days: "day"
    case .weeks: "week"
    case .months: "month"
    case .years: "year"
    default: nil
    }
  }
}

/// A fact's value. Every numeric shape compares as an interval; dates compare by day.
public enum FactValue: Sendable, Hashable {
  /// A value with an absolute tolerance either side.
  case exact(Double, tolerance: Double)
  case range(Double, Double)
  case moreThan(Double)
  case atLeast(Double)
  case lessThan(Double)
  case atMost(Double)
  case date(CalendarDate)

  /// The values the fact allows, or nil for a date.
  public var interval: NumericInterval? {
    switch self {
    case .exact(let v, let t): NumericInterval(lower: v - t, upper: v + t)
    case .range(let a, let b): NumericInterval(lower: a, upper: b)
    case .moreThan(let v): NumericInterval(lower: v, upper: .infinity, lowerOpen: true)
    case .atLeast(let v): NumericInterval(lower: v, upper: .infinity)
    case .lessThan(let v): NumericInterval(lower: -.infinity, upper: v, upperOpen: true)
    case .atMost(let v): NumericInterval(lower: -.infinity, upper: v)
    case .date: nil
    }
  }
}

/// A closed, open or half-open interval of reals; two claims agree when their intervals meet.
public struct NumericInterval: Sendable, Hashable {
  public var lower: Double
  public var upper: Double
  public var lowerOpen: Bool
  public var upperOpen: Bool

  public init(lower: Double, upper: Double, lowerOpen: Bool = false, upperOpen: Bool = false) {
    self.lower = lower
    self.upper = upper
    self.lowerOpen = lowerOpen
    self.upperOpen = upperOpen
  }

  /// True when some value lies in both intervals.
  public func meets(_ other: NumericInterval) -> Bool {
    if upper < other.lower || other.upper < lower { return false }
    if upper == other.lower { return !upperOpen && !other.lowerOpen }
    if other.upper == lower { return !other.upperOpen && !lowerOpen }
    return true
  }

  public func scaled(by factor: Double) -> NumericInterval {
    NumericInterval(lower: lower * factor, upper: upper * factor, lowerOpen: lowerOpen, upperOpen: upperOpen)
  }
}

/// The words that make a sentence about a fact, already folded (lowercase, no accents).
public struct FactTerms: Sendable, Hashable {
  /// One of these must appear: who or what the fact is about ("Chine", "Pékin").
  public var subject: [Term]
  /// Each group must have one term present ("raffin*"; "terres rares").
  public var context: [[Term]]
  /// None of these may appear in the figure's sentence ("PIB mondial").
  public var exclude: [Term]

  public init(subject: [Term], context: [[Term]], exclude: [Term]) {
    self.subject = subject
    self.context = context
    self.exclude = exclude
  }
}

/// A word or a run of words; a trailing `*` on the last word matches any ending ("raffin*").
public struct Term: Sendable, Hashable {
  public var text: String
  public var words: [[UInt8]]
  public var lastIsPrefix: Bool

  public init(_ text: String) {
    self.text = text
    var source = text
    lastIsPrefix = source.hasSuffix("*")
    if lastIsPrefix { source.removeLast() }
    words = WordScanner.foldedWords(source)
  }
}

/// Who published the figure, so the writer can check it.
public struct FactSource: Sendable, Hashable {
  public var publisher: String
  public var title: String
  public var url: String
  /// ISO date, "2025-10-28".
  public var published: String

  public init(publisher: String, title: String, url: String, published: String) {
    self.publisher = publisher
    self.title = title
    self.url = url
    self.published = published
  }
}

/// When the figure holds; a draft that sets a figure in another year is not contradicting it.
public struct FactPeriod: Sendable, Hashable {
  /// The calendar years the period touches.
  public var years: ClosedRange<Int>
  public var asOf: String?
  /// Less than a year ("from 2025-07-01 to 2025-09-30"): a quarter's or a half's figure may be its.
  public var isPartOfYear: Bool

  public init(years: ClosedRange<Int>, asOf: String?, isPartOfYear: Bool = false) {
    self.years = years
    self.asOf = asOf
    self.isPartOfYear = isPartOfYear
  }
}

/// A sentence and what the fact must make of it; `factlint facts test` runs them.
public struct FactExample: Sendable, Hashable {
  /// What an example says it means: each is checked strictly, so a sentence nobody reads cannot "pass".
  public enum Expectation: String, Sendable, Hashable, CaseIterable {
    /// A figure of it is read as a claim of this fact, and agrees; nothing is flagged.
    case agree
    /// A figure of it is flagged as contradicting this fact.
    case flag
    /// No figure of it is a claim of this fact, and nothing is flagged.
    case quiet
  }

  public var language: Language
  public var text: String
  public var expectation: Expectation
  public var location: FactLocation

  public var shouldFlag: Bool { expectation == .flag }

  public init(language: Language, text: String, expectation: Expectation, location: FactLocation) {
    self.language = language
    self.text = text
    self.expectation = expectation
    self.location = location
  }
}

/// A place in a facts file: the path, the UTF-8 span, and zero-based line/column (Unicode scalars) of both ends.
public struct FactLocation: Sendable, Hashable {
  public var path: String
  public var span: Range<Int>
  public var start: LinePosition
  public var end: LinePosition

  public init(path: String, span: Range<Int>, start: LinePosition, end: LinePosition) {
    self.path = path
    self.span = span
    self.start = start
    self.end = end
  }
}
