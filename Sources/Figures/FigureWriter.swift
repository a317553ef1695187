import Drafts

/// Writes values back in a language's typography, for expected values and fixes: French "92 %" with a no-break
/// space, "4 000" grouped with no-break spaces, "2,5"; English "92%", "4,000", "2.5".
///
/// Every method is static and pure; French elides with the typographic apostrophe (’), as the drafts do.
public enum FigureWriter {
  /// U+00A0, between a French number and "%" or "€", and between its thousands groups.
  public static let noBreakSpace = "\u{00A0}"

  /// A number: "4 000" / "4,000", "2,5" / "2.5"; `decimals` fixes the decimal places, else up to six, trimmed.
  ///
  /// Digits beyond what a `Double` holds (about 15 significant) are not invented: a large value gets fewer
  /// decimal places rather than an overflowing integer.
  public static func write(number: Double, language: Language, decimals: Int? = nil) -> String {
    guard number.isFinite else { return number.isNaN ? "NaN" : (number < 0 ? "-∞" : "∞") }
    let negative = number < 0
    let magnitude = abs(number)
    let wanted = max(0, min(decimals ?? self.decimals(for: number, allowance: 0), 15))
    var places = wanted
    while places > 0 && magnitude * Scale.power(places) >= 9e15 { places -= 1 }
    var digits = integerDigits((magnitude * Scale.power(places)).rounded())
    if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
    var integer = String(digits.dropLast(places))
    var fraction = String(digits.suffix(places))
    if decimals == nil {
      while fraction.hasSuffix("0") { fraction.removeLast() }
    } else if fraction.count < wanted {
      fraction += String(repeating: "0", count: wanted - fraction.count)
    }
    let typography = LanguageDescription.of(language).typography
    let separator = typography.thousandsSeparator
    if integer.count > 3 {
      var grouped = ""
      for (i, c) in integer.enumerated() {
        if i > 0 && (integer.count - i) % 3 == 0 { grouped += separator }
        grouped.append(c)
      }
      integer = grouped
    }
    let sign = negative && (integer != "0" || fraction.contains { $0 != "0" }) ? "-" : ""
    if fraction.isEmpty { return sign + integer }
    return sign + integer + typography.decimalSeparator + fraction
  }

  /// The fewest decimal places (at most `limit`) that write `number` within `allowance` of itself; `limit` when
  /// none does, since every written digit then still rounds the true value.
  ///
  /// A small value keeps three significant digits whatever `limit` says ("0,00000125 %", not "0 %").
  public static func decimals(for number: Double, allowance: Double, limit: Int = 6) -> Int {
    guard number.isFinite else { return 0 }
    var limit = max(limit, 0)
    if number != 0 && abs(number) < 1 {
      var places = 2
      var x = abs(number)
      while x < 1 && places < 15 {
        x *= 10
        places += 1
      }
      limit = max(limit, places)
    }
    let slack = max(allowance, 0) + abs(number) * 1e-12
    for d in 0..<limit where abs(rounded(number, decimals: d) - number) <= slack { return d }
    return limit
  }

  /// `number` rounded to `decimals` places (negative: to tens, hundreds…).
  public static func rounded(_ number: Double, decimals: Int) -> Double {
    if decimals >= 0 {
      let f = Scale.power(decimals)
      let r = (number * f).rounded() / f
      return r.isFinite ? r : number
    }
    let f = Scale.power(-decimals)
    return (number / f).rounded() * f
  }

  /// The decimal digits of a whole, non-negative `Double`: beyond `UInt64`, its shortest exact decimal form
  /// ("1e+300") with the exponent written out as zeros.
  private static func integerDigits(_ whole: Double) -> String {
    if whole < 1.8e19 { return String(UInt64(whole)) }
    let parts = whole.description.split(separator: "e")
    guard parts.count == 2, let exponent = Int(parts[1]) else { return whole.description }
    let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    let head = String(mantissa[0])
    let tail = mantissa.count > 1 ? String(mantissa[1]) : ""
    let zeros = max(0, exponent - tail.count)
    return head + tail.prefix(max(0, exponent)) + String(repeating: "0", count: zeros)
  }

  /// "92 %" / "92%", with an optional qualifier: "plus de 60 %" / "more than 60%".
  public static func write(percent: Double, language: Language, qualifier: Qualifier? = nil) -> String {
    qualified(write(number: percent, language: language) + percentSign(language), qualifier, language)
  }

  /// "400 à 600 %" / "400 to 600%"; `unit` is nil, "percent", a currency code or a duration unit.
  public static func write(lower: Double, upper: Double, unit: String? = nil, language: Language) -> String {
    let low = write(number: lower, language: language)
    let typography = LanguageDescription.of(language).typography
    let joiner = typography.rangeJoiner
    switch unit {
    case "percent"?:
      return low + joiner + write(number: upper, language: language) + percentSign(language)
    case let code? where DurationUnit(rawValue: code) != nil:
      return low + joiner + write(duration: upper, unit: code, language: language, spellOut: false)
    case let code?:
      // Both bounds under the upper one's magnitude: "2,5 à 3 milliards de dollars", "$2.5 to $3 billion".
      let power = naturalPower(upper, allowance: 0)
      let scaledLow = write(number: lower / Scale.power(power), language: language)
      let high = write(money: upper, currency: code, language: language, power: power)
      if typography.currencySymbolFirst, let symbol = prefixSymbol(code) { return symbol + scaledLow + joiner + high }
      return scaledLow + joiner + high
    case nil:
      return low + joiner + write(number: upper, language: language)
    }
  }

  /// "6 mois" or, with `spellOut`, "six mois" / "six months", "une semaine" / "one week", "deux ans et demi" is
  /// written "2,5 ans". `unit` is a `Figure.unit` duration ("day", "week", "month", "year", "hour", "decade").
  public static func write(duration: Double, unit: String, language: Language, spellOut: Bool = true) -> String {
    let whole = duration.rounded() == duration
    let description = LanguageDescription.of(language)
    let noun = description.durationNoun(unit, description.isPlural(duration))
    let feminine = description.feminineUnits.contains(unit)
    // "un jour" and "one day" mean "some day": a single day is written in digits so it reads as a duration.
    if whole && spellOut && duration >= 0 && duration <= 20 && !(unit == "day" && duration == 1),
      let words = NumberWords.words(for: Int(duration), language: language, feminine: feminine)
    {
      return words + " " + noun
    }
    return write(number: duration, language: language) + description.typography.unitSpace + noun
  }

  /// "mardi 28 octobre 2025" / "Tuesday, October 28, 2025"; parts left nil are left out ("28 octobre",
  /// "October 2025"); the 1st of a month is "1er" in French.
  public static func write(date: CalendarDate, language: Language) -> String {
    let description = LanguageDescription.of(language)
    let monthName = description.months[max(1, min(12, date.month)) - 1]
    let weekday = date.weekday.flatMap { (1...7).contains($0) ? description.weekdays[$0 - 1] : nil }
    return description.writeDate(date, monthName, weekday)
  }

  /// "2,5 milliards de dollars" / "$2.5 billion", "40 €" / "€40", "1 000 yens" / "¥1,000".
  ///
  /// `power` forces a magnitude (9 for milliards / billion, 0 for none); otherwise the largest one under which the
  /// amount needs at most two decimals to stay within `allowance`. Decimals are the fewest `allowance` permits.
  public static func write(
    money: Double, currency: String, language: Language, qualifier: Qualifier? = nil, allowance: Double = 0,
    power: Int? = nil
  ) -> String {
    let chosen = power ?? naturalPower(money, allowance: allowance)
    let description = LanguageDescription.of(language)
    let scale = description.magnitudes[chosen] == nil ? 1 : Scale.power(chosen)
    let amount = money / scale
    let number = write(
      number: rounded(amount, decimals: decimals(for: amount, allowance: allowance / scale)), language: language)
    let word = magnitudeWord(power: chosen, amount: amount, language: language)
    let text = description.writeMoney(number, word, currency, amount)
    return qualified(text, qualifier, language)
  }

  /// The largest magnitude (12, 9, 6, or 0 for none) under which `money` is written with at most two decimals
  /// within `allowance`: "3 305,3 milliards" rather than "3,3053 billions".
  public static func naturalPower(_ money: Double, allowance: Double) -> Int {
    for power in [12, 9, 6] where abs(money) >= Scale.power(power) {
      let scale = Scale.power(power)
      if decimals(for: money / scale, allowance: allowance / scale, limit: 3) <= 2 { return power }
    }
    return 0
  }

  /// A magnitude word in `language` for `power` (6, 9, 12), agreeing with `amount` ("1,5 milliard", "2 milliards").
  public static func magnitudeWord(power: Int, amount: Double, language: Language) -> String? {
    let description = LanguageDescription.of(language)
    guard let words = description.magnitudes[power] else { return nil }
    return abs(amount) >= 2 ? words.plural : words.singular
  }

  /// A figure as it would be written: the entry point for fixes that rewrite a figure with another value.
  public static func write(_ figure: Figure, language: Language) -> String {
    if let date = figure.date { return write(date: date, language: language) }
    if let lower = figure.lower, let upper = figure.upper {
      return write(lower: lower, upper: upper, unit: figure.unit, language: language)
    }
    let value = figure.value ?? 0
    switch figure.kind {
    case .percent: return write(percent: value, language: language, qualifier: figure.qualifier)
    case .money:
      return write(money: value, currency: figure.unit ?? "USD", language: language, qualifier: figure.qualifier)
    case .duration:
      let text = write(duration: value, unit: figure.unit ?? "day", language: language, spellOut: figure.spelledOut)
      return qualified(text, figure.qualifier, language)
    case .relativeDate:
      return figure.text
    case .ratio:
      return write(ratio: value, language: language)
    case .age:
      return write(age: value, language: language)
    case .period:
      guard let period = figure.period else { return figure.text }
      return write(period: period, language: language)
    case .number where figure.unit == "percentage-point":
      return qualified(write(points: value, language: language), figure.qualifier, language)
    case .date, .number:
      let text: String
      if figure.spelledOut, value.rounded() == value, value >= 0, value <= 100,
        let words = NumberWords.words(for: Int(value), language: language)
      {
        text = words
      } else {
        text = write(number: value, language: language)
      }
      return qualified(text, figure.qualifier, language)
    }
  }

  /// A change in percentage points: "0,4 point", "2 points", "1.5 percentage points".
  public static func write(points: Double, language: Language) -> String {
    let description = LanguageDescription.of(language)
    let noun = description.isPlural(abs(points)) ? description.pointsNoun.plural : description.pointsNoun.singular
    return write(number: points, language: language) + description.typography.unitSpace + noun
  }

  /// An age: "65 ans", "65 years old".
  public static func write(age: Double, language: Language) -> String {
    write(duration: age, unit: DurationUnit.year.rawValue, language: language, spellOut: false)
      + LanguageDescription.of(language).ageTail
  }

  /// A period by its usual name ("troisième trimestre 2025", "the first half of 2024", "mi-2026", "FY2025"); a
  /// span no name fits is written as ISO dates, "2025-07-01/2025-09-30".
  public static func write(period: CalendarPeriod, language: Language) -> String {
    let description = LanguageDescription.of(language)
    let (a, b) = (period.start, period.end)
    let wholeMonths =
      a.day == 1 && b.day == CalendarDate.length(ofMonth: b.month, year: b.year) && a.year != nil && b.year != nil
    if let year = a.year, wholeMonths {
      if b.year == year {
        let months = a.month...b.month
        if months.count == 3 && a.month % 3 == 1 {
          return description.writePeriod(.quarter(a.month / 3 + 1, year: year))
        }
        if months.count == 6 && a.month % 6 == 1 { return description.writePeriod(.half(a.month / 6 + 1, year: year)) }
        if months == 1...4 { return description.writePeriod(.part(.early, year: year)) }
        if months == 5...8 { return description.writePeriod(.part(.middle, year: year)) }
        if months == 9...12 { return description.writePeriod(.part(.late, year: year)) }
        if months == 1...12 { return description.writePeriod(.fiscal(year, lastYear: nil)) }
      } else if b.year == year + 1 && a.month == 1 && b.month == 12 {
        return description.writePeriod(.fiscal(year, lastYear: year + 1))
      }
    }
    return a.iso + "/" + b.iso
  }

  /// A factor: "4 fois plus", "4 times more"; below one, its inverse, "2 fois moins", "2 times less".
  public static func write(ratio: Double, language: Language) -> String {
    let description = LanguageDescription.of(language)
    if ratio > 0 && ratio < 1 {
      return write(number: 1 / ratio, language: language, decimals: nil) + description.timesLess
    }
    return write(number: ratio, language: language) + description.timesMore
  }

  /// "plus de 60 %", "jusqu’à 4 000 %", "more than 60%", "up to 4,000%".
  public static func qualified(_ text: String, _ qualifier: Qualifier?, _ language: Language) -> String {
    guard let qualifier else { return text }
    return LanguageDescription.of(language).qualify(qualifier, text)
  }

  // MARK: Tables

  private static func percentSign(_ language: Language) -> String {
    LanguageDescription.of(language).typography.percentSign
  }

  static func prefixSymbol(_ code: String) -> String? {
    switch code {
    case "USD": return "$"
    case "EUR": return "€"
    case "GBP": return "£"
    case "JPY": return "¥"
    default: return nil
    }
  }
}
