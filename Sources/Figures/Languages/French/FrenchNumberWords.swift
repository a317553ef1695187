/// French whole numbers in words, 0…100, with the "et un" and "quatre-vingts" rules.
enum FrenchNumberWords {
  private static let units = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
    "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
  ]
  private static let tens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante", "", "quatre-vingt", ""]

  @Sendable static func words(_ n: Int, feminine: Bool) -> String {
    if n == 100 { return "cent" }
    if n < 20 { return n == 1 && feminine ? "une" : units[n] }
    var ten = n / 10
    var unit = n % 10
    if ten == 7 || ten == 9 {
      ten -= 1
      unit += 10
    }
    let head = tens[ten]
    if unit == 0 { return ten == 8 ? "quatre-vingts" : head }
    if unit == 1 && ten != 8 { return head + " et " + (feminine ? "une" : "un") }
    if unit == 11 && ten == 6 { return head + " et onze" }
    let tail = unit == 1 && feminine ? "une" : units[unit]
    return head + "-" + tail
  }
}
