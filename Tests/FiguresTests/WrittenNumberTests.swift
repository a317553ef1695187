import Drafts
import Figures
import Testing

/// Numbers written the long way, as Recognizers-Text's cases write them: scientific notation, digits with number
/// words, mixed numbers, decimals in words, quotients, money with its cents.
@Suite struct WrittenNumberTests {
  private func value(_ marked: String, _ language: Language, sourceLocation: SourceLocation = #_sourceLocation)
    -> Double?
  {
    figure(marked, language, sourceLocation: sourceLocation)?.value
  }

  private func near(_ a: Double?, _ b: Double) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= 1e-9 * max(1, abs(b))
  }

  @Test func scientificNotation() {
    #expect(near(value("[[1e10]]", .en), 1e10))
    #expect(near(value("[[-12e-1]]", .en), -1.2))
    #expect(near(value("[[1.3x10^6]]", .en), 1.3e6))
    #expect(near(value("[[2,5^-1]]", .fr), 0.4))
    #expect(near(value("[[1.1^23]]", .en), 8.954302432552389))
  }

  @Test func digitsWithNumberWords() {
    #expect(near(value("I can give you [[3 hundred and 21]] now.", .en), 321))
    #expect(near(value("[[4 thousand 3 hundred and 21]] is valid.", .en), 4321))
    // "and 0" starts another number.
    figures("[[4 thousand 3 hundred]] and [[0]] are valid.", .en)
  }

  @Test func mixedNumbersAndDecimalWords() {
    #expect(near(value("Add [[2 1/4]] cups.", .en), 2.25))
    #expect(near(value("It is [[five point five]].", .en), 5.5))
    #expect(near(value("[[two hundred point zero three]]", .en), 200.03))
    #expect(near(value("[[nought point eleven]]", .en), 0.11))
    #expect(near(value("[[deux cent virgule trois]]", .fr), 200.3))
    #expect(near(value("The answer is [[minus five point five]].", .en), -5.5))
    #expect(near(value("The answer is [[negative one]].", .en), -1))
    // "points" is no decimal word: "two points" are percentage points.
    #expect(figure("It rose [[two points]].", .en)?.unit == "percentage-point")
  }

  @Test func quotientsAndFractionsOfMagnitudes() {
    #expect(near(value("[[one over three]]", .en), 1.0 / 3))
    #expect(near(value("[[2000 over 3]]", .en), 2000.0 / 3))
    #expect(near(value("They lost [[a fifth]].", .en), 0.2))
    #expect(near(value("Il en a perdu [[un cinquieme]].", .fr), 0.2))
    #expect(near(value("There are [[five and a half million]] fish.", .en), 5.5e6))
    #expect(near(value("It costs [[a quarter million]].", .en), 250_000))
    // An ordinal before a noun is a rank.
    figures("He won a fifth term.", .en)
  }

  @Test func moneyWithItsCents() {
    #expect(near(value("It cost [[3 dollars 50 cents]].", .en), 3.5))
    #expect(near(value("It cost [[thirteen dollars and forty-five cents]].", .en), 13.45))
    #expect(near(value("It costs [[15 dollars 50]].", .en), 15.5))
    #expect(near(value("Ça coûte [[15 dollars et 15]].", .fr), 15.15))
    // A number that counts something else is no cents.
    figures("It cost [[15 dollars]] for [[50]] people.", .en)
  }

  @Test func compoundOrdinalDenominators() {
    #expect(near(value("[[one twenty-fifth]]", .en), 0.04))
    #expect(near(value("[[three twenty-firsts]]", .en), 3.0 / 21))
    #expect(near(value("[[un vingt-cinquième]]", .fr), 0.04))
    #expect(near(value("[[une vingt et unième]]", .fr), 1.0 / 21))
    // Ranks stay ranks.
    figures("a twenty-first-century economy", .en)
    figures("a twenty-fifth title.", .en)
    figures("le vingt-cinquième anniversaire", .fr)
  }

  @Test func codesThatCarryAMagnitude() {
    let f = figure("revenues of [[MAUD 60]]", .en)
    #expect(f?.kind == .money && f?.unit == "AUD" && near(f?.value, 6e7))
  }

  @Test func largeDenominatorsAndGroupings() {
    #expect(near(value("[[a trillionth]]", .en), 1e-12))
    #expect(near(value("[[a hundred trillionths]]", .en), 1e-10))
    #expect(near(value("[[un billionième]]", .fr), 1e-12))
    #expect(near(value("It cost [[12,34,567.89 rupees]].", .en), 1_234_567.89))
    #expect(near(value("[[₹1,50,000]] a year", .en), 150_000))
    #expect(near(value("[[fifty - two]]", .en), 52))
    #expect(near(value("[[five - eighths]]", .en), 0.625))
    #expect(near(value("[[one hundred thirty-fifths]]", .en), 100.0 / 35))
    #expect(near(value("[[cent trente cinquièmes]]", .fr), 26))
    #expect(near(value("[[trois cinquième]] de la population", .fr), 0.6))
    // Pairs of digits are no grouping in French, and a list of numbers is no number.
    figures("Exercises 22,24,26,31.", .en)
    figures("le vingt cinquième anniversaire", .fr)
  }

  @Test func centsInBothLanguages() {
    #expect(near(value("Ça coûte [[treize euros et quarante-cinq cents]].", .fr), 13.45))
    #expect(near(value("Ça coûte [[15 dollars et 15 cents]].", .fr), 15.15))
    #expect(near(value("Ça coûte [[20 cents]].", .fr), 0.2))
    #expect(near(value("[[deux cents euros]]", .fr), 200))
    #expect(near(value("had just [[15 USD 50]] more", .en), 15.5))
  }
}
