/// English whole numbers in words, 0…100, hyphenated ("ninety-five").
enum EnglishNumberWords {
  private static let units = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  ]
  private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

  @Sendable static func words(_ n: Int, feminine: Bool) -> String {
    if n == 100 { return "one hundred" }
    if n < 20 { return units[n] }
    let unit = n % 10
    return unit == 0 ? tens[n / 10] : tens[n / 10] + "-" + units[unit]
  }
}
