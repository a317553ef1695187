import Drafts
import Figures
import Testing

@Suite struct FigureWriterTests {
  let nbsp = "\u{00A0}"

  @Test func percentTypography() {
    #expect(FigureWriter.write(percent: 92, language: .fr) == "92\(nbsp)%")
    #expect(FigureWriter.write(percent: 92, language: .en) == "92%")
    #expect(FigureWriter.write(percent: 2.5, language: .fr) == "2,5\(nbsp)%")
    #expect(FigureWriter.write(percent: 2.5, language: .en) == "2.5%")
    #expect(FigureWriter.write(percent: 60, language: .fr, qualifier: .moreThan) == "plus de 60\(nbsp)%")
    #expect(FigureWriter.write(percent: 60, language: .en, qualifier: .moreThan) == "more than 60%")
    #expect(FigureWriter.write(percent: 4000, language: .fr, qualifier: .atMost) == "jusqu’à 4\(nbsp)000\(nbsp)%")
    #expect(FigureWriter.write(percent: 4000, language: .en, qualifier: .atMost) == "up to 4,000%")
  }

  @Test func numbersAndRanges() {
    #expect(FigureWriter.write(number: 4000, language: .fr) == "4\(nbsp)000")
    #expect(FigureWriter.write(number: 4000, language: .en) == "4,000")
    #expect(FigureWriter.write(number: 1_234_567.25, language: .en) == "1,234,567.25")
    #expect(FigureWriter.write(number: 0.5, language: .fr) == "0,5")
    #expect(FigureWriter.write(number: -3, language: .en) == "-3")
    #expect(FigureWriter.write(lower: 400, upper: 600, unit: "percent", language: .fr) == "400 à 600\(nbsp)%")
    #expect(FigureWriter.write(lower: 400, upper: 600, unit: "percent", language: .en) == "400 to 600%")
  }

  @Test func durationsInWords() {
    #expect(FigureWriter.write(duration: 6, unit: "month", language: .fr) == "six mois")
    #expect(FigureWriter.write(duration: 6, unit: "month", language: .en) == "six months")
    #expect(FigureWriter.write(duration: 2, unit: "year", language: .fr) == "deux ans")
    #expect(FigureWriter.write(duration: 2, unit: "year", language: .en) == "two years")
    #expect(FigureWriter.write(duration: 3, unit: "day", language: .fr) == "trois jours")
    #expect(FigureWriter.write(duration: 3, unit: "day", language: .en) == "three days")
    #expect(FigureWriter.write(duration: 1, unit: "week", language: .fr) == "une semaine")
    #expect(FigureWriter.write(duration: 1, unit: "week", language: .en) == "one week")
    #expect(FigureWriter.write(duration: 48, unit: "hour", language: .fr) == "48\(nbsp)heures")
  }

  @Test func words() {
    #expect(NumberWords.words(for: 1, language: .fr, feminine: true) == "une")
    #expect(NumberWords.words(for: 21, language: .fr, feminine: true) == "vingt et une")
    #expect(NumberWords.words(for: 71, language: .fr) == "soixante et onze")
    #expect(NumberWords.words(for: 80, language: .fr) == "quatre-vingts")
    #expect(NumberWords.words(for: 92, language: .fr) == "quatre-vingt-douze")
    #expect(NumberWords.words(for: 17, language: .fr) == "dix-sept")
    #expect(NumberWords.words(for: 20, language: .en) == "twenty")
    #expect(NumberWords.words(for: 95, language: .en) == "ninety-five")
    #expect(NumberWords.words(for: 500, language: .en) == nil)
  }

  @Test func datesAndMoney() {
    let tuesday = CalendarDate(year: 2025, month: 10, day: 28, weekday: 2)
    #expect(FigureWriter.write(date: tuesday, language: .fr) == "mardi 28 octobre 2025")
    #expect(FigureWriter.write(date: tuesday, language: .en) == "Tuesday, October 28, 2025")
    let plain = CalendarDate(year: 2025, month: 10, day: 28)
    #expect(FigureWriter.write(date: plain, language: .fr) == "28 octobre 2025")
    #expect(FigureWriter.write(date: plain, language: .en) == "October 28, 2025")
    #expect(FigureWriter.write(date: CalendarDate(year: 2024, month: 1, day: 1), language: .fr) == "1er janvier 2024")
    #expect(FigureWriter.write(money: 2.5e9, currency: "USD", language: .fr) == "2,5 milliards de dollars")
    #expect(FigureWriter.write(money: 2.5e9, currency: "USD", language: .en) == "$2.5 billion")
    #expect(FigureWriter.write(money: 40, currency: "EUR", language: .fr) == "40\(nbsp)€")
    #expect(FigureWriter.write(money: 40, currency: "EUR", language: .en) == "€40")
    #expect(FigureWriter.write(money: 323e6, currency: "EUR", language: .fr) == "323 millions d’euros")
    #expect(FigureWriter.write(money: 1000, currency: "JPY", language: .en) == "¥1,000")
  }

  @Test func roundTrip() {
    let extractor = FigureExtractor(language: .fr)
    for text in ["plus de 60\(nbsp)%", "mardi 28 octobre 2025", "2,5 milliards de dollars", "six mois"] {
      let found = extractor.figures(in: text)
      #expect(found.count == 1, "\(text)")
      if let f = found.first { #expect(FigureWriter.write(f, language: .fr) == text) }
    }
  }

  /// Values past what fits in an integer after scaling are written whole, never clamped (3.3053 × 10¹² once came
  /// out as 900 000 000 000).
  @Test func largeAndSmallNumbersKeepTheirValue() {
    #expect(FigureWriter.write(number: 3_305_300_000_000, language: .en) == "3,305,300,000,000")
    #expect(FigureWriter.write(number: 1_722_500_000_000.5, language: .en, decimals: 1) == "1,722,500,000,000.5")
    #expect(FigureWriter.write(number: 1e20, language: .en) == "100,000,000,000,000,000,000")
    #expect(FigureWriter.write(number: 0.00000125, language: .fr) == "0,00000125")
    #expect(FigureWriter.write(number: 0.1 + 0.2, language: .en) == "0.3")
    #expect(FigureWriter.write(number: .infinity, language: .en) == "∞")
    #expect(FigureWriter.write(money: 3.3053e12, currency: "EUR", language: .fr) == "3\(nbsp)305,3 milliards d’euros")
    #expect(FigureWriter.write(money: 3.3053e12, currency: "EUR", language: .en) == "€3,305.3 billion")
    #expect(FigureWriter.write(money: 3.25e12, currency: "USD", language: .en) == "$3.25 trillion")
    #expect(FigureWriter.write(money: 1.7225e12, currency: "JPY", language: .fr) == "1\(nbsp)722,5 milliards de yens")
  }

  /// Decimals follow what the value's tolerance allows: none finer than a tenth of it.
  @Test func decimalsFollowTheAllowance() {
    #expect(FigureWriter.decimals(for: 3305.3, allowance: 5) == 0)
    #expect(FigureWriter.decimals(for: 2.5, allowance: 0.1) == 1)
    #expect(FigureWriter.decimals(for: 92, allowance: 0) == 0)
    #expect(FigureWriter.decimals(for: 1.0 / 3, allowance: 0) == 6)
    let power = FigureWriter.naturalPower(3.3053e12, allowance: 5e9)
    #expect(power == 12)
    #expect(
      FigureWriter.write(money: 3.3053e12, currency: "EUR", language: .fr, allowance: 5e9, power: 9)
        == "3\(nbsp)305 milliards d’euros")
  }

  /// A money range is written under one magnitude, in a form the extractor reads back as a range.
  @Test func moneyRangesReadBack() {
    for language in [Language.fr, .en] {
      let text = FigureWriter.write(lower: 2.5e9, upper: 3e9, unit: "USD", language: language)
      let found = FigureExtractor(language: language).figures(in: text)
      #expect(found.count == 1, "\(text)")
      #expect(found.first?.lower == 2.5e9 && found.first?.upper == 3e9, "\(text): \(found)")
    }
  }
}
