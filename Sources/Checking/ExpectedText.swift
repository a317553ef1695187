import Drafts
import FactBase
import Figures

/// Writes a fact's value the way the draft would: its language, its typography, the figure's own shape.
///
/// French: "92 %" and "4 000" with U+00A0 NO-BREAK SPACE, "2,5", "mardi 28 octobre 2025". English: "92%",
/// "4,000", "2.5", "Tuesday, October 28, 2025".
struct ExpectedText {
  let language: Language

  static let nbsp = "\u{00A0}"
  static let frenchMonths = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre",
  ]
  static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]
  static let frenchWeekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
  static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
  static let frenchWords = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
    "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt",
  ]
  static let englishWords = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
  ]

  // MARK: Numbers

  /// "4 000" / "4,000", "2,5" / "2.5"; at most two decimals, trailing zeros dropped.
  func number(_ value: Double) -> String {
    let negative = value < 0
    let scaled = (abs(value) * 100).rounded()
    let whole = Int(scaled / 100)
    let cents = Int(scaled) % 100
    var digits = String(whole)
    if whole >= 1000 {
      var groups: [String] = []
      var rest = digits
      while rest.count > 3 {
        groups.insert(String(rest.suffix(3)), at: 0)
        rest.removeLast(3)
      }
      groups.insert(rest, at: 0)
      digits = groups.joined(separator: language == .fr ? Self.nbsp : ",")
    }
    if cents != 0 {
      var fraction = cents < 10 ? "0\(cents)" : "\(cents)"
      if fraction.hasSuffix("0") { fraction.removeLast() }
      digits += (language == .fr ? "," : ".") + fraction
    }
    return (negative ? "-" : "") + digits
  }

  /// Small whole numbers in words when the draft wrote them so ("six", "une"), digits otherwise.
  func number(_ value: Double, spelledOut: Bool, feminine: Bool = false) -> String {
    guard spelledOut, value == value.rounded(), value >= 0, value <= 20 else { return number(value) }
    let n = Int(value)
    if language == .fr { return n == 1 && feminine ? "une" : Self.frenchWords[n] }
    return Self.englishWords[n]
  }

  func percentSign(after text: String) -> String { language == .fr ? text + Self.nbsp + "%" : text + "%" }

  func qualifierWords(_ qualifier: Qualifier) -> String {
    switch (qualifier, language) {
    case (.moreThan, .fr): "plus de"
    case (.moreThan, .en): "more than"
    case (.atLeast, .fr): "au moins"
    case (.atLeast, .en): "at least"
    case (.lessThan, .fr): "moins de"
    case (.lessThan, .en): "less than"
    case (.atMost, .fr): "jusqu’à"
    case (.atMost, .en): "up to"
    case (.about, .fr): "environ"
    case (.about, .en): "about"
    case (.nearly, .fr): "près de"
    case (.nearly, .en): "nearly"
    }
  }

  // MARK: Units

  private func unitWords(_ unit: FactUnit, plural: Bool) -> String {
    switch (unit, language) {
    case (.hours, .fr): plural ? "heures" : "heure"
    case (.hours, .en): plural ? "hours" : "hour"
    case (.days, .fr): plural ? "jours" : "jour"
    case (.days, .en): plural ? "days" : "day"
    case (.weeks, .fr): plural ? "semaines" : "semaine"
    case (.weeks, .en): plural ? "weeks" : "week"
    case (.months, .fr): "mois"
    case (.months, .en): plural ? "months" : "month"
    case (.years, .fr): plural ? "ans" : "an"
    case (.years, .en): plural ? "years" : "year"
    default: ""
    }
  }

  private func isFeminine(_ unit: FactUnit) -> Bool { unit == .weeks || unit == .hours }

  /// A value in the fact's unit, with the unit: "92 %", "six mois", "2", "4 000 USD".
  private func withUnit(_ value: String, _ unit: FactUnit, currency: String?) -> String {
    switch unit {
    case .percent, .percentOfGDP: percentSign(after: value)
    case .hours, .days, .weeks, .months, .years:
      value + " " + unitWords(unit, plural: value != "1" && value != "un" && value != "une" && value != "one")
    case .money: value + " " + (currency ?? "")
    case .count, .date: value
    }
  }

  // MARK: Dates

  func date(_ date: CalendarDate, shapedLike written: CalendarDate?, numeric: Bool) -> String {
    let year = date.year ?? 0
    let day = date.day ?? 1
    let showYear = written == nil || written?.year != nil
    let showWeekday = written?.weekday != nil
    if numeric {
      let dd = day < 10 ? "0\(day)" : "\(day)"
      let mm = date.month < 10 ? "0\(date.month)" : "\(date.month)"
      let head = language == .fr ? "\(dd)/\(mm)" : "\(mm)/\(dd)"
      return showYear ? "\(head)/\(year)" : head
    }
    let weekday = CalendarMath.isoWeekday(year: year, month: date.month, day: day)
    if language == .fr {
      var text = (day == 1 ? "1er" : "\(day)") + " " + Self.frenchMonths[date.month - 1]
      if showYear { text += " \(year)" }
      if showWeekday { text = Self.frenchWeekdays[weekday - 1] + " " + text }
      return text
    }
    var text = Self.englishMonths[date.month - 1] + " \(day)"
    if showYear { text += ", \(year)" }
    if showWeekday { text = Self.englishWeekdays[weekday - 1] + ", " + text }
    return text
  }

  // MARK: Whole values

  /// The fact's value, in the figure's shape where that makes sense.
  func expected(_ fact: Fact, shapedLike figure: Figure?) -> String {
    // Words read well for "six mois" or "deux protocoles", not for "quatre-vingt-douze %".
    let wordy: Set<FactUnit> = [.count, .hours, .days, .weeks, .months, .years]
    let spelled = (figure?.spelledOut ?? false) && wordy.contains(fact.unit)
    let feminine = isFeminine(fact.unit)
    func value(_ v: Double) -> String { number(v, spelledOut: spelled, feminine: feminine) }
    switch fact.value {
    case .date(let truth):
      let numeric = figure.map { $0.text.contains("/") } ?? false
      return date(truth, shapedLike: figure?.date, numeric: numeric)
    case .exact(let v, _):
      return withUnit(value(v), fact.unit, currency: fact.currency)
    case .range(let a, let b):
      let joined = language == .fr ? "\(number(a)) à \(number(b))" : "\(number(a)) to \(number(b))"
      return withUnit(joined, fact.unit, currency: fact.currency)
    case .moreThan(let v):
      return qualifierWords(.moreThan) + " " + withUnit(number(v), fact.unit, currency: fact.currency)
    case .atLeast(let v):
      return qualifierWords(.atLeast) + " " + withUnit(number(v), fact.unit, currency: fact.currency)
    case .lessThan(let v):
      return qualifierWords(.lessThan) + " " + withUnit(number(v), fact.unit, currency: fact.currency)
    case .atMost(let v):
      return qualifierWords(.atMost) + " " + withUnit(number(v), fact.unit, currency: fact.currency)
    }
  }

  /// The smallest edit that makes the figure say the fact: the number alone when the figure's shape fits
  /// ("95 %" → "92 %", "trois prochains mois" → "six prochains mois"), the whole figure otherwise.
  func fix(_ fact: Fact, for figure: Figure, draft: Draft) -> Fix {
    let sameUnit: Bool = {
      switch fact.unit {
      case .percent, .percentOfGDP: figure.kind == .percent
      case .hours, .days, .weeks, .months, .years: figure.unit == fact.unit.durationUnit
      case .count: true
      case .money: figure.kind == .money
      case .date: false
      }
    }()
    if sameUnit && figure.qualifier == nil && !figure.isRange, case .exact(let v, _) = fact.value {
      let text = number(v, spelledOut: figure.spelledOut, feminine: isFeminine(fact.unit))
      return Fix(span: figure.numberSpan, replacement: text)
    }
    if sameUnit && figure.qualifier == nil && figure.isRange, case .range(let a, let b) = fact.value {
      let written = draft.text(figure.numberSpan)
      let connector =
        written.contains(" et ")
        ? " et "
        : written.contains(" and ")
          ? " and "
          : written.contains("–")
            ? "–"
            : written.contains("-") ? "-" : (language == .fr ? " à " : " to ")
      return Fix(span: figure.numberSpan, replacement: number(a) + connector + number(b))
    }
    return Fix(span: figure.span, replacement: expected(fact, shapedLike: figure))
  }
}

/// A fact's value as a draft in `language` would write it: "92 %", "plus de 60 %", "mardi 28 octobre 2025".
public enum ExpectedValue {
  public static func text(_ fact: Fact, in language: Language) -> String {
    ExpectedText(language: language).expected(fact, shapedLike: nil)
  }
}
