import Drafts
import FactBase
import Figures

/// Writes a fact's value the way the draft would: its language, its typography, the figure's own shape.
///
/// French: "92 %" and "4 000" with U+00A0 NO-BREAK SPACE, "2,5", "mardi 28 octobre 2025". English: "92%",
/// "4,000", "2.5", "Tuesday, October 28, 2025". A figure written under a magnitude word keeps it: "3 500 milliards
/// d'euros" is fixed to "3 305 milliards d'euros", "€4.5bn" to "€52.7bn".
struct ExpectedText {
  let language: Language

  /// How far a written value may stray from the fact's: a tenth of its tolerance, so that no digit finer than the
  /// tolerance is written ("3 305 milliards" for 3 305,3 ± 50 milliards) and nothing it allows is rounded away.
  static func allowance(_ fact: Fact) -> Double {
    if case .exact(_, let tolerance) = fact.value { return tolerance / 10 }
    return 0
  }

  /// `value` rounded to what `allowance` permits: decimals first; past four significant digits, whole tens,
  /// hundreds… ("3 305 000 000 000" for 3 305 300 000 000 ± 5 × 10⁹).
  static func roundedForWriting(_ value: Double, allowance: Double) -> Double {
    let places = FigureWriter.decimals(for: value, allowance: allowance)
    guard places == 0, abs(value) >= 1e4, abs(value) < 1e18 else {
      return FigureWriter.rounded(value, decimals: places)
    }
    var digits = 0
    var rest = abs(value)
    while rest >= 1 {
      rest /= 10
      digits += 1
    }
    var k = digits - 4
    while k > 0 {
      let r = FigureWriter.rounded(value, decimals: -k)
      if abs(r - value) <= allowance { return r }
      k -= 1
    }
    return value.rounded()
  }

  /// "4 000" / "4,000", "2,5" / "2.5".
  func number(_ value: Double) -> String { FigureWriter.write(number: value, language: language) }

  /// Small whole numbers in words when the draft wrote them so ("six", "une"), nil when the value has no short
  /// spelling. "un", "une", "one" count only before a unit ("une semaine"): alone they are an article.
  func words(_ value: Double, feminine: Bool, beforeUnit: Bool = false) -> String? {
    guard value == value.rounded(), value >= 0, value <= 20, beforeUnit || value != 1 else { return nil }
    return NumberWords.words(for: Int(value), language: language, feminine: feminine)
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
      let head = LanguageDescription.of(language).typography.dayFirst ? "\(dd)/\(mm)" : "\(mm)/\(dd)"
      return showYear ? "\(head)/\(year)" : head
    }
    var shaped = date
    shaped.year = showYear ? date.year : nil
    shaped.weekday =
      written?.weekday != nil ? CalendarMath.isoWeekday(year: year, month: date.month, day: day) : nil
    return FigureWriter.write(date: shaped, language: language)
  }

  /// The magnitude a money value is written under: the figure's own when it can say the value ("3 500 milliards"
  /// gives milliards), else the one of the fact's statement ("3 305,3 milliards d'euros"), else the natural one.
  private func moneyPower(_ fact: Fact, _ figure: Figure?) -> Int? {
    guard fact.unit == .money else { return nil }
    if let figure {
      if let power = figure.magnitude?.power, [6, 9, 12].contains(power),
        Self.readable(Self.representative(fact.value) / Scale.power(power))
      {
        return power
      }
      return nil
    }
    guard let statement = fact.statement[language] else { return nil }
    for written in FigureExtractor(language: language).figures(in: statement)
    where written.kind == .money && written.unit == fact.currency {
      guard UnitFit.agrees(written, with: fact, scale: 1) else { continue }
      if let power = written.magnitude?.power, [6, 9, 12].contains(power) { return power }
      return 0
    }
    return nil
  }

  /// The value a fact is written with: its exact value, its upper bound, its limit.
  static func representative(_ value: FactValue) -> Double {
    switch value {
    case .exact(let v, _), .moreThan(let v), .atLeast(let v), .lessThan(let v), .atMost(let v): v
    case .range(_, let b): b
    case .date: 0
    }
  }

  /// An amount that reads well under a magnitude word: "0,5 milliard", "12 000 milliards", not "0,0002 billion".
  static func readable(_ amount: Double) -> Bool { abs(amount) >= 0.01 && abs(amount) < 1e5 }

  /// A value in the fact's unit: "92 %", "six mois", "2", "3 305 milliards d’euros".
  private func withUnit(_ value: Double, _ fact: Fact, spelledOut: Bool, power: Int?) -> String {
    let allowance = Self.allowance(fact)
    let written = Self.roundedForWriting(value, allowance: allowance)
    switch fact.unit {
    case .percent, .percentOfGDP:
      return FigureWriter.write(percent: written, language: language)
    case .hours, .days, .weeks, .months, .years:
      return FigureWriter.write(
        duration: written, unit: fact.unit.durationUnit ?? "day", language: language, spellOut: spelledOut)
    case .money:
      return FigureWriter.write(
        money: value, currency: fact.currency ?? "USD", language: language, allowance: allowance, power: power)
    case .ratio:
      return FigureWriter.write(ratio: written, language: language)
    case .percentagePoints:
      return FigureWriter.write(points: written, language: language)
    case .percentChange:
      return FigureWriter.write(percent: written, language: language)
    case .count, .date:
      if spelledOut, let text = words(written, feminine: false) { return text }
      return number(written)
    }
  }

  /// The fact's value, in the figure's shape where that makes sense.
  func expected(_ fact: Fact, shapedLike figure: Figure?) -> String {
    // A change in percent, said to a multiplier in its own terms: +300 % is "4 fois plus"; to an unsigned
    // percentage of a fall, without its sign ("fell 50 %").
    if fact.unit == .percentChange, case .exact(let v, _) = fact.value, let figure {
      if figure.kind == .ratio, v > -100 { return FigureWriter.write(ratio: 1 + v / 100, language: language) }
      if figure.kind == .percent, v < 0, !figure.text.contains("-") {
        return FigureWriter.write(percent: -v, language: language)
      }
    }
    // Words read well for "six mois" or "deux protocoles", not for "quatre-vingt-douze %".
    let wordy: Set<FactUnit> = [.count, .hours, .days, .weeks, .months, .years]
    let spelled = (figure?.spelledOut ?? false) && wordy.contains(fact.unit)
    let power = moneyPower(fact, figure)
    switch fact.value {
    case .date(let truth):
      let numeric = figure.map { $0.text.contains("/") } ?? false
      return date(truth, shapedLike: figure?.date, numeric: numeric)
    case .exact(let v, _):
      return withUnit(v, fact, spelledOut: spelled, power: power)
    case .range(let a, let b):
      let unit: String? =
        switch fact.unit {
        case .percent, .percentOfGDP: "percent"
        case .money: fact.currency
        default: fact.unit.durationUnit
        }
      return FigureWriter.write(lower: a, upper: b, unit: unit, language: language)
    case .moreThan(let v):
      return FigureWriter.qualified(withUnit(v, fact, spelledOut: false, power: power), .moreThan, language)
    case .atLeast(let v):
      return FigureWriter.qualified(withUnit(v, fact, spelledOut: false, power: power), .atLeast, language)
    case .lessThan(let v):
      return FigureWriter.qualified(withUnit(v, fact, spelledOut: false, power: power), .lessThan, language)
    case .atMost(let v):
      return FigureWriter.qualified(withUnit(v, fact, spelledOut: false, power: power), .atMost, language)
    }
  }

  // MARK: Fixes

  /// The smallest edit that makes the figure say the fact, or nil when no edit can be proven to: the number alone
  /// when the figure's shape fits ("95 %" → "92 %", "3 500 milliards" → "3 305 milliards", "trois prochains
  /// mois" → "six prochains mois"), the whole figure otherwise. Every edit is read back with the extractor, in
  /// its sentence, and must agree with the fact; a finding is better without a fix than with a wrong one.
  func fix(
    _ fact: Fact, for figure: Figure, draft: Draft, sentence: Range<Int>, extractor: FigureExtractor
  ) -> Fix? {
    let fix = proposedFix(fact, for: figure, draft: draft)
    guard figure.span.lowerBound <= fix.span.lowerBound, fix.span.upperBound <= figure.span.upperBound else {
      return nil
    }
    return holds(fix, for: fact, draft: draft, sentence: sentence, extractor: extractor) ? fix : nil
  }

  private func proposedFix(_ fact: Fact, for figure: Figure, draft: Draft) -> Fix {
    let sameUnit: Bool = {
      switch fact.unit {
      case .percent, .percentOfGDP: figure.kind == .percent
      // "quinquennal" is its own unit: no number part to rewrite.
      case .hours, .days, .weeks, .months, .years:
        figure.unit == fact.unit.durationUnit && figure.numberSpan != figure.span
      case .count: figure.kind == .number
      case .money: figure.kind == .money
      case .ratio: figure.kind == .ratio && figure.numberSpan != figure.span
      case .percentagePoints: figure.unit == "percentage-point" && figure.numberSpan != figure.span
      // "multipliées par cinq" → "multipliées par quatre" for +300 %; a percentage is rewritten whole, from
      // `expected`, so that a fall written without its sign stays so.
      case .percentChange: figure.kind == .ratio && figure.numberSpan != figure.span
      case .date: false
      }
    }()
    let allowance = Self.allowance(fact)
    let whole = Fix(span: figure.span, replacement: expected(fact, shapedLike: figure))
    guard sameUnit && figure.qualifier == nil else { return whole }
    switch fact.value {
    case .exact(let v, _) where !figure.isRange:
      let asRatio = fact.unit == .percentChange
      let target = asRatio ? 1 + v / 100 : v
      guard
        let text = numberPart(
          target, allowance: asRatio ? allowance / 100 : allowance, like: figure, feminine: isFeminine(fact.unit),
          draft: draft)
      else { return whole }
      return Fix(span: figure.numberSpan, replacement: text)
    case .range(let a, let b) where figure.isRange:
      guard let high = numberPart(b, allowance: 0, like: figure, feminine: isFeminine(fact.unit), draft: draft),
        let low = lowerBound(a, upper: b, like: figure), let joiner = connector(in: draft.bytes[figure.numberSpan])
      else { return whole }
      return Fix(span: figure.numberSpan, replacement: low + joiner + high)
    default:
      return whole
    }
  }

  /// The number part of `figure` rewritten to say `value`, in the figure's style: its magnitude word (agreeing in
  /// number in French), the space before it, digits or words; nil when that style cannot say it.
  private func numberPart(_ value: Double, allowance: Double, like figure: Figure, feminine: Bool, draft: Draft)
    -> String?
  {
    if let magnitude = figure.magnitude {
      let writtenWord = draft.text(magnitude.span)
      var power = magnitude.power
      if !Self.readable(value / Scale.power(power)) {
        // "7 677 000 millions" reads badly: the same kind of word, a better magnitude ("7 677 milliards").
        guard
          let natural = [12, 9, 6, 3].first(where: {
            abs(value) >= Scale.power($0) && sameKindOfWord(as: writtenWord, power: $0, amount: 2) != nil
          })
        else { return nil }
        power = natural
      }
      let scale = Scale.power(power)
      let amount = value / scale
      let written = FigureWriter.rounded(
        amount, decimals: FigureWriter.decimals(for: amount, allowance: allowance / scale))
      guard let word = sameKindOfWord(as: writtenWord, power: power, amount: written) else { return nil }
      let digits = figure.spelledOut ? (words(written, feminine: false) ?? number(written)) : number(written)
      return digits + gap(before: magnitude.span.lowerBound, from: figure.numberSpan.lowerBound, in: draft) + word
    }
    let written = Self.roundedForWriting(value, allowance: allowance)
    if let old = figure.value, pluralChanges(from: old, to: written, figure: figure, draft: draft) { return nil }
    if figure.spelledOut { return words(written, feminine: feminine, beforeUnit: figure.kind == .duration) }
    return number(written)
  }

  /// A magnitude word for `power` of the kind the writer used: a word of the language agreeing with `amount`
  /// ("milliard", "milliards", "billion"), or an abbreviation ("Md", "M", "bn", "m", "tn", "k"); nil when that kind
  /// has none for `power`.
  private func sameKindOfWord(as written: String, power: Int, amount: Double) -> String? {
    let folded = written.lowercased()
    let abbreviations = LanguageDescription.of(language).magnitudeAbbreviations
    let frenchAbbreviations = LanguageDescription.of(.fr).magnitudeAbbreviations
    let englishAbbreviations = LanguageDescription.of(.en).magnitudeAbbreviations
    if ["million", "millions", "milliard", "milliards", "billion", "billions", "trillion", "trillions"].contains(folded)
    {
      guard let word = FigureWriter.magnitudeWord(power: power, amount: amount, language: language) else { return nil }
      return written.first?.isUppercase == true ? word.prefix(1).uppercased() + word.dropFirst() : word
    }
    if ["md", "mds", "mdr", "mrd", "mrds"].contains(folded) {
      return power == 9 ? written : frenchAbbreviations[power]
    }
    if written == "M" {
      return power == 6 ? written : abbreviations[power]
    }
    if folded == "k" { return abbreviations[power] }
    if ["m", "mn", "mln", "mio", "bn", "bln", "tn", "tln", "trn"].contains(folded) {
      if power == magnitudeOf(folded) { return written }
      return englishAbbreviations[power]
    }
    return power == magnitudeOf(folded) ? written : nil
  }

  private func magnitudeOf(_ folded: String) -> Int? {
    switch folded {
    case "k": 3
    case "m", "mn", "mln", "mio", "million", "millions": 6
    case "bn", "bln", "md", "mds", "mrd", "milliard", "milliards": 9
    case "tn", "tln", "trn", "trillion": 12
    case "billion", "billions":
      LanguageDescription.of(language).magnitudes.first { $0.value.singular == "billion" }?.key
    default: nil
    }
  }

  /// The lower bound of a range written under the magnitude the upper bound gets ("2,5 à 3 milliards").
  private func lowerBound(_ value: Double, upper: Double, like figure: Figure) -> String? {
    guard let magnitude = figure.magnitude, !figure.spelledOut else { return figure.spelledOut ? nil : number(value) }
    let power = Self.readable(upper / Scale.power(magnitude.power)) ? magnitude.power : nil
    guard let power = power ?? [12, 9, 6, 3].first(where: { abs(upper) >= Scale.power($0) }) else { return nil }
    return number(value / Scale.power(power))
  }

  /// What the writer put between the two numbers of a range: " à ", " to $", "–"; nil when the range is not
  /// written in digits.
  private func connector(in written: ArraySlice<UInt8>) -> String? {
    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    var i = written.startIndex
    guard i < written.endIndex, isDigit(written[i]) else { return nil }
    // The lower number: digits, and separators followed by a digit ("1 000,5").
    while i < written.endIndex {
      if isDigit(written[i]) {
        i += 1
        continue
      }
      var width = 0
      if written[i] == 0x2C || written[i] == 0x2E || written[i] == 0x20 {
        width = 1
      } else if written[i] == 0xC2 && i + 1 < written.endIndex && written[i + 1] == 0xA0 {
        width = 2
      } else if written[i] == 0xE2 && i + 2 < written.endIndex && written[i + 1] == 0x80 && written[i + 2] == 0xAF {
        width = 3
      }
      guard width > 0, i + width < written.endIndex, isDigit(written[i + width]) else { break }
      i += width
    }
    var j = i
    while j < written.endIndex && !isDigit(written[j]) { j += 1 }
    guard j < written.endIndex, j > i else { return nil }
    return String(decoding: written[i..<j], as: UTF8.self)
  }

  /// Whether the noun after the number would need another number ("un jour" → "trois jours", "1 dollar" →
  /// "5 dollars"): such a figure is rewritten whole.
  private func pluralChanges(from old: Double, to new: Double, figure: Figure, draft: Draft) -> Bool {
    let countsNoun: Bool
    switch figure.kind {
    case .duration: countsNoun = true
    case .money:
      let after = draft.bytes[figure.numberSpan.upperBound..<figure.span.upperBound]
      countsNoun = after.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
    default: countsNoun = false
    }
    guard countsNoun else { return false }
    let isPlural = LanguageDescription.of(language).isPlural
    return isPlural(old) != isPlural(new)
  }

  /// The space, no-break space or nothing written between a number and its magnitude word.
  private func gap(before position: Int, from start: Int, in draft: Draft) -> String {
    var i = position
    let bytes = draft.bytes
    while i > start {
      if bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09 {
        i -= 1
      } else if i - 2 >= start && bytes[i - 2] == 0xC2 && bytes[i - 1] == 0xA0 {
        i -= 2
      } else if i - 3 >= start && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80 && bytes[i - 1] == 0xAF {
        i -= 3
      } else {
        break
      }
    }
    return String(decoding: bytes[i..<position], as: UTF8.self)
  }

  /// Whether the draft, with `fix` applied, reads in its sentence as a figure that agrees with the fact.
  private func holds(
    _ fix: Fix, for fact: Fact, draft: Draft, sentence: Range<Int>, extractor: FigureExtractor
  ) -> Bool {
    guard sentence.lowerBound <= fix.span.lowerBound, fix.span.upperBound <= sentence.upperBound else {
      return false
    }
    var bytes = Array(draft.prose[sentence.lowerBound..<fix.span.lowerBound])
    let start = bytes.count
    bytes += fix.replacement.utf8
    let end = bytes.count
    bytes += draft.prose[fix.span.upperBound..<sentence.upperBound]
    for figure in extractor.figures(in: bytes, range: 0..<bytes.count)
    where figure.span.lowerBound < end && figure.span.upperBound > start {
      guard figure.span.lowerBound <= start, figure.span.upperBound >= end,
        let scale = UnitFit.scale(of: figure, for: fact.unit),
        fact.unit != .money || figure.unit == fact.currency
      else { return false }
      return UnitFit.agrees(figure, with: fact, scale: scale)
    }
    return false
  }
}

/// A fact's value as a draft in `language` would write it: "92 %", "plus de 60 %", "mardi 28 octobre 2025".
public enum ExpectedValue {
  public static func text(_ fact: Fact, in language: Language) -> String {
    ExpectedText(language: language).expected(fact, shapedLike: nil)
  }
}
