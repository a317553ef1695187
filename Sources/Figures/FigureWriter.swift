import Drafts

/// Writes values back in a language's typography, for expected values and fixes: French "92 %" with a no-break
/// space, "4 000" grouped with no-break spaces, "2,5"; English "92%", "4,000", "2.5".
///
/// Every method is static and pure; French elides with the typographic apostrophe (’), as the drafts do.
public enum FigureWriter {
  /// U+00A0, between a French number and "%" or "€", and between its thousands groups.
  public static let noBreakSpace = "\u{00A0}"

  /// A number: "4 000" / "4,000", "2,5" / "2.5"; `decimals` fixes the decimal places, else up to six, trimmed.
  public static func write(number: Double, language: Language, decimals: Int? = nil) -> String {
    let negative = number < 0
    let magnitude = abs(number)
    let places = decimals ?? 6
    var scaled = (magnitude * Scale.power(places)).rounded()
    if scaled > 9e17 { scaled = 9e17 }
    var digits = String(UInt64(scaled))
    if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
    var integer = String(digits.dropLast(places))
    var fraction = String(digits.suffix(places))
    if decimals == nil {
      while fraction.hasSuffix("0") { fraction.removeLast() }
    }
    let separator = language == .fr ? noBreakSpace : ","
    if integer.count > 3 {
      var grouped = ""
      for (i, c) in integer.enumerated() {
        if i > 0 && (integer.count - i) % 3 == 0 { grouped += separator }
        grouped.append(c)
      }
      integer = grouped
    }
    let sign = negative && (integer != "0" || !fraction.isEmpty) ? "-" : ""
    if fraction.isEmpty { return sign + integer }
    return sign + integer + (language == .fr ? "," : ".") + fraction
  }

  /// "92 %" / "92%", with an optional qualifier: "plus de 60 %" / "more than 60%".
  public static func write(percent: Double, language: Language, qualifier: Qualifier? = nil) -> String {
    qualified(write(number: percent, language: language) + percentSign(language), qualifier, language)
  }

  /// "400 à 600 %" / "400 to 600%"; `unit` is nil, "percent", a currency code or a duration unit.
  public static func write(lower: Double, upper: Double, unit: String? = nil, language: Language) -> String {
    let low = write(number: lower, language: language)
    let joiner = language == .fr ? " à " : " to "
    switch unit {
    case "percent"?:
      return low + joiner + write(number: upper, language: language) + percentSign(language)
    case let code? where DurationUnit(rawValue: code) != nil:
      return low + joiner + write(duration: upper, unit: code, language: language, spellOut: false)
    case let code?:
      if language == .en, let symbol = prefixSymbol(code) {
        return symbol + low + joiner + write(money: upper, currency: code, language: language)
      }
      return low + joiner + write(money: upper, currency: code, language: language)
    case nil:
      return low + joiner + write(number: upper, language: language)
    }
  }

  /// "6 mois" or, with `spellOut`, "six mois" / "six months", "une semaine" / "one week", "deux ans et demi" is
  /// written "2,5 ans". `unit` is a `Figure.unit` duration ("day", "week", "month", "year", "hour", "decade").
  public static func write(duration: Double, unit: String, language: Language, spellOut: Bool = true) -> String {
    let whole = duration.rounded() == duration
    let plural = abs(duration) >= 2 || (language == .en && duration != 1)
    let noun = durationNoun(unit, plural: plural, language: language)
    let feminine = language == .fr && ["week", "hour", "decade", "minute"].contains(unit)
    if whole && spellOut, let words = NumberWords.words(for: Int(duration), language: language, feminine: feminine),
      duration <= 20
    {
      return words + " " + noun
    }
    return write(number: duration, language: language) + (language == .fr ? noBreakSpace : " ") + noun
  }

  /// "mardi 28 octobre 2025" / "Tuesday, October 28, 2025"; parts left nil are left out ("28 octobre",
  /// "October 2025"); the 1st of a month is "1er" in French.
  public static func write(date: CalendarDate, language: Language) -> String {
    let monthName = (language == .fr ? frMonths : enMonths)[max(1, min(12, date.month)) - 1]
    var text: String
    if language == .fr {
      var parts: [String] = []
      if let w = date.weekday, (1...7).contains(w) { parts.append(frWeekdays[w - 1]) }
      if let d = date.day { parts.append(d == 1 ? "1er" : String(d)) }
      parts.append(monthName)
      if let y = date.year { parts.append(String(y)) }
      text = parts.joined(separator: " ")
    } else {
      text = monthName
      if let d = date.day { text += " \(d)" }
      if let y = date.year { text += date.day == nil ? " \(y)" : ", \(y)" }
      if let w = date.weekday, (1...7).contains(w) { text = enWeekdays[w - 1] + ", " + text }
    }
    return text
  }

  /// "2,5 milliards de dollars" / "$2.5 billion", "40 €" / "€40", "1 000 yens" / "¥1,000"; large round amounts take
  /// a magnitude word.
  public static func write(money: Double, currency: String, language: Language, qualifier: Qualifier? = nil)
    -> String
  {
    var amount = money
    var magnitude: String?
    for (power, fr, frPlural, en) in magnitudes where abs(money) >= Scale.power(power) {
      let scaled = money / Scale.power(power)
      if (scaled * 100).rounded() == scaled * 100 {
        amount = scaled
        magnitude = language == .fr ? (abs(scaled) >= 2 ? frPlural : fr) : en
      }
      break
    }
    let number = write(number: amount, language: language, decimals: nil)
    let text: String
    if language == .en {
      let scaled = magnitude.map { number + " " + $0 } ?? number
      if let symbol = prefixSymbol(currency) {
        text = symbol + scaled
      } else {
        text = scaled + " " + currency
      }
    } else {
      let name = frCurrencyName(currency, plural: abs(amount) >= 2 || magnitude != nil)
      if let magnitude {
        let startsWithVowel = name.first.map { "aeiouyéèêàâîôûh".contains($0) } ?? false
        text = number + " " + magnitude + (startsWithVowel ? " d’" : " de ") + name
      } else if currency == "EUR" {
        text = number + noBreakSpace + "€"
      } else {
        text = number + " " + name
      }
    }
    return qualified(text, qualifier, language)
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
    case .date, .number:
      let text: String
      if figure.spelledOut, value.rounded() == value,
        let words = NumberWords.words(for: Int(value), language: language)
      {
        text = words
      } else {
        text = write(number: value, language: language)
      }
      return qualified(text, figure.qualifier, language)
    }
  }

  /// "plus de 60 %", "jusqu’à 4 000 %", "more than 60%", "up to 4,000%".
  public static func qualified(_ text: String, _ qualifier: Qualifier?, _ language: Language) -> String {
    guard let qualifier else { return text }
    let prefix: String
    switch (qualifier, language) {
    case (.moreThan, .fr): prefix = "plus de"
    case (.atLeast, .fr): prefix = "au moins"
    case (.lessThan, .fr): prefix = "moins de"
    case (.atMost, .fr): prefix = "jusqu’à"
    case (.about, .fr): prefix = "environ"
    case (.nearly, .fr): prefix = "près de"
    case (.moreThan, .en): prefix = "more than"
    case (.atLeast, .en): prefix = "at least"
    case (.lessThan, .en): prefix = "less than"
    case (.atMost, .en): prefix = "up to"
    case (.about, .en): prefix = "about"
    case (.nearly, .en): prefix = "nearly"
    }
    if language == .fr && prefix.hasSuffix(" de"), let first = text.first, "aeiouyéèêàâîôûh".contains(first) {
      return String(prefix.dropLast(2)) + "d’" + text
    }
    return prefix + " " + text
  }

  // MARK: Tables

  private static func percentSign(_ language: Language) -> String { language == .fr ? noBreakSpace + "%" : "%" }

  private static func prefixSymbol(_ code: String) -> String? {
    switch code {
    case "USD": return "$"
    case "EUR": return "€"
    case "GBP": return "£"
    case "JPY": return "¥"
    default: return nil
    }
  }

  private static func frCurrencyName(_ code: String, plural: Bool) -> String {
    let s = plural ? "s" : ""
    switch code {
    case "USD": return "dollar" + s
    case "EUR": return "euro" + s
    case "JPY": return "yen" + s
    case "CNY": return "yuan" + s
    case "GBP": return "livre" + s + " sterling"
    case "CHF": return "franc" + s + " suisse" + s
    case "CAD": return "dollar" + s + " canadien" + s
    case "AUD": return "dollar" + s + " australien" + s
    default: return code
    }
  }

  private static func durationNoun(_ unit: String, plural: Bool, language: Language) -> String {
    let s = plural ? "s" : ""
    switch (unit, language) {
    case ("minute", .fr): return "minute" + s
    case ("hour", .fr): return "heure" + s
    case ("day", .fr): return "jour" + s
    case ("week", .fr): return "semaine" + s
    case ("month", .fr): return "mois"
    case ("year", .fr): return "an" + s
    case ("decade", .fr): return "décennie" + s
    case ("century", .fr): return "siècle" + s
    case ("century", .en): return plural ? "centuries" : "century"
    default: return unit + s
    }
  }

  private static let magnitudes: [(Int, String, String, String)] = [
    (12, "billion", "billions", "trillion"), (9, "milliard", "milliards", "billion"),
    (6, "million", "millions", "million"),
  ]
  private static let frMonths = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre",
  ]
  private static let enMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]
  private static let frWeekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
  private static let enWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
