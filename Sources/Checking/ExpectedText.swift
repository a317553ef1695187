import Drafts
import FactBase
import Figures

/// Writes a fact's value the way the draft would: its language, its typography, the figure's own shape.
///
/// French: "92 %" and "4 000" with U+00A0 NO-BREAK SPACE, "2,5", "mardi 28 octobre 2025". English: "92%",
/// "4,000", "2.5", "Tuesday, October 28, 2025".
struct ExpectedText {
  let language: Language

  /// "4 000" / "4,000", "2,5" / "2.5".
  func number(_ value: Double) -> String { FigureWriter.write(number: value, language: language) }

  /// Small whole numbers in words when the draft wrote them so ("six", "une"), digits otherwise.
  func number(_ value: Double, spelledOut: Bool, feminine: Bool = false) -> String {
    guard spelledOut, value == value.rounded(), value >= 0, value <= 20,
      let words = NumberWords.words(for: Int(value), language: language, feminine: feminine)
    else { return number(value) }
    return words
  }

  private func isFeminine(_ unit: FactUnit) -> Bool { unit == .weeks || unit == .hours }

  /// A date shaped like the written one: with its weekday and year only if the draft wrote them, and as
  /// "28/10/2025" (French) or "10/28/2025" (English) when the draft wrote digits.
  func date(_ date: CalendarDate, shapedLike written: CalendarDate?, numeric: Bool) -> String {
    let year = date.year ?? 0
    let day = date.day ?? 1
    let showYear = written == nil || written?.year != nil
    if numeric {
      let dd = day < 10 ? "0\(day)" : "\(day)"
      let mm = date.month < 10 ? "0\(date.month)" : "\(date.month)"
      let head = language == .fr ? "\(dd)/\(mm)" : "\(mm)/\(dd)"
      return showYear ? "\(head)/\(year)" : head
    }
    var shaped = date
    shaped.year = showYear ? date.year : nil
    shaped.weekday =
      written?.weekday != nil ? CalendarMath.isoWeekday(year: year, month: date.month, day: day) : nil
    return FigureWriter.write(date: shaped, language: language)
  }

  /// A value in the fact's unit: "92 %", "six mois", "2", "4 000 USD".
  private func withUnit(_ value: Double, _ fact: Fact, spelledOut: Bool) -> String {
    switch fact.unit {
    case .percent, .percentOfGDP: FigureWriter.write(percent: value, language: language)
    case .hours, .days, .weeks, .months, .years:
      FigureWriter.write(
        duration: value, unit: fact.unit.durationUnit ?? "day", language: language, spellOut: spelledOut)
    case .money: FigureWriter.write(money: value, currency: fact.currency ?? "USD", language: language)
    case .count, .date: number(value, spelledOut: spelledOut)
    }
  }

  /// The fact's value, in the figure's shape where that makes sense.
  func expected(_ fact: Fact, shapedLike figure: Figure?) -> String {
    // Words read well for "six mois" or "deux protocoles", not for "quatre-vingt-douze %".
    let wordy: Set<FactUnit> = [.count, .hours, .days, .weeks, .months, .years]
    let spelled = (figure?.spelledOut ?? false) && wordy.contains(fact.unit)
    switch fact.value {
    case .date(let truth):
      let numeric = figure.map { $0.text.contains("/") } ?? false
      return date(truth, shapedLike: figure?.date, numeric: numeric)
    case .exact(let v, _):
      return withUnit(v, fact, spelledOut: spelled)
    case .range(let a, let b):
      let unit: String? =
        switch fact.unit {
        case .percent, .percentOfGDP: "percent"
        case .money: fact.currency
        default: fact.unit.durationUnit
        }
      return FigureWriter.write(lower: a, upper: b, unit: unit, language: language)
    case .moreThan(let v): return FigureWriter.qualified(withUnit(v, fact, spelledOut: false), .moreThan, language)
    case .atLeast(let v): return FigureWriter.qualified(withUnit(v, fact, spelledOut: false), .atLeast, language)
    case .lessThan(let v): return FigureWriter.qualified(withUnit(v, fact, spelledOut: false), .lessThan, language)
    case .atMost(let v): return FigureWriter.qualified(withUnit(v, fact, spelledOut: false), .atMost, language)
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
