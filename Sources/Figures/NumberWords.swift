import Drafts

/// Whole numbers spelled in words, for expected values written the way journalists write small numbers.
public enum NumberWords {
  private static let frUnits = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
    "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
  ]
  private static let frTens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante", "", "quatre-vingt", ""]
  private static let enUnits = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  ]
  private static let enTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

  /// `n` in words for 0…100 ("vingt et une" when `feminine`), nil outside that range, where digits read better.
  public static func words(for n: Int, language: Language, feminine: Bool = false) -> String? {
    guard n >= 0 && n <= 100 else { return nil }
    if n == 100 { return language == .fr ? "cent" : "one hundred" }
    return language == .fr ? french(n, feminine: feminine) : english(n)
  }

  private static func french(_ n: Int, feminine: Bool) -> String {
    if n < 20 { return n == 1 && feminine ? "une" : frUnits[n] }
    var tens = n / 10
    var unit = n % 10
    if tens == 7 || tens == 9 {
      tens -= 1
      unit += 10
    }
    let head = frTens[tens]
    if unit == 0 { return tens == 8 ? "quatre-vingts" : head }
    if unit == 1 && tens != 8 { return head + " et " + (feminine ? "une" : "un") }
    if unit == 11 && tens == 6 { return head + " et onze" }
    let tail = unit == 1 && feminine ? "une" : frUnits[unit]
    return head + "-" + tail
  }

  private static func english(_ n: Int) -> String {
    if n < 20 { return enUnits[n] }
    let unit = n % 10
    return unit == 0 ? enTens[n / 10] : enTens[n / 10] + "-" + enUnits[unit]
  }
}
