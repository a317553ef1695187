import Checking
import Drafts
import FactBase
import Figures
import Foundation
import TestSupport
import Testing

/// A fact about "Zorglub" with the given value, for checks that exercise writing rather than matching.
func zorglubFact(_ value: FactValue, unit: FactUnit, currency: String? = nil, statement: [Language: String]? = nil)
  -> Fact
{
  let terms = FactTerms(subject: [Term("Zorglub")], context: [], exclude: [])
  let location = FactLocation(
    path: "generated.json", span: 0..<0, start: LinePosition(line: 0, column: 0), end: LinePosition(line: 0, column: 0))
  var fact = Fact(
    id: "zorglub", statement: statement ?? [.fr: "Zorglub.", .en: "Zorglub."], value: value, unit: unit,
    terms: [.fr: terms, .en: terms],
    source: FactSource(publisher: "P", title: "T", url: "https://example.org", published: "2025-01-01"), period: nil,
    examples: [], location: location)
  fact.currency = currency
  return fact
}

/// One generated case: a fact, and a sentence that states it wrongly in one of the press's written styles.
struct WritingCase: CustomStringConvertible {
  var fact: Fact
  var language: Language
  var sentence: String
  /// The magnitude word or abbreviation the wrong figure was written with, which the fix must keep.
  var magnitudeWord: String?
  /// The currency symbol the figure was written with, which the fix must keep.
  var symbol: String?

  var description: String { "\(language) “\(sentence)” fact \(fact.value) \(fact.unit) \(fact.currency ?? "")" }
}

/// Builds cases over every unit, value shape, magnitude word and currency form of both languages.
struct WritingCaseGenerator {
  var random: SeededGenerator

  let nbsp = "\u{00A0}"

  mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }

  mutating func unit() -> Double { Double(random.next() >> 11) / Double(1 << 53) }

  /// A value between 10^low and 10^high with a few significant digits.
  mutating func value(from low: Double, to high: Double) -> Double {
    let raw = pow10(low + (high - low) * unit())
    let digits = Int(random.next() % 5) + 1
    return significant(raw, digits)
  }

  func pow10(_ e: Double) -> Double { pow(10, e) }

  func significant(_ v: Double, _ digits: Int) -> Double {
    guard v > 0 else { return v }
    var scale = 1.0
    var x = v
    while x >= 10 {
      x /= 10
      scale *= 10
    }
    while x < 1 {
      x *= 10
      scale /= 10
    }
    var step = 1.0
    for _ in 1..<digits { step /= 10 }
    let rounded = (x / step).rounded() * step
    return scale >= 1 ? rounded * scale : rounded / (1 / scale)
  }

  /// A number as a writer would type it, with the given decimals.
  mutating func written(_ v: Double, _ language: Language, decimals: Int? = nil) -> String {
    var text = FigureWriter.write(number: v, language: language, decimals: decimals)
    // French writers group thousands with plain spaces as often as with no-break ones.
    if language == .fr && pick([true, false]) { text = text.replacingOccurrences(of: nbsp, with: " ") }
    return text
  }

  mutating func wrong(_ v: Double) -> Double { significant(v * pick([0.3, 0.5, 1.6, 2.5, 4]), 3) }

  mutating func tolerance(_ v: Double) -> Double { pick([0, 0, abs(v) * 0.01, abs(v) * 0.03]) }

  mutating func next() -> WritingCase {
    let language = pick([Language.fr, .en])
    switch random.next() % 10 {
    case 0, 1: return money(language)
    case 2: return percent(language)
    case 3: return count(language)
    case 4: return duration(language)
    case 5: return range(language)
    case 6: return bound(language)
    case 7: return ratio(language)
    case 8: return points(language)
    default: return date(language)
    }
  }

  /// A multiplier as the press writes it: "multiplié par cinq", "5 fois plus", "multiplied by 5", "five times more".
  mutating func ratio(_ language: Language) -> WritingCase {
    let v = pick([2.0, 3, 4, 5, 6, 10, 20])
    let fact = zorglubFact(.exact(v, tolerance: 0), unit: .ratio)
    var w = pick([2.0, 3, 4, 5, 6, 10, 20, 30])
    if w == v { w = v + 1 }
    let n =
      pick([true, false])
      ? NumberWords.words(for: Int(w), language: language) ?? written(w, language) : written(w, language)
    let text =
      language == .fr
      ? pick(["a été multiplié par \(n)", "est \(n) fois plus grand"])
      : pick(["was multiplied by \(n)", "is \(n) times higher"])
    let sentence = language == .fr ? "Zorglub \(text) cette année." : "Zorglub \(text) this year."
    return WritingCase(fact: fact, language: language, sentence: sentence, magnitudeWord: nil, symbol: nil)
  }

  /// A change in percentage points: "a reculé de 0,4 point", "fell 1.5 percentage points", "rose 2pp".
  mutating func points(_ language: Language) -> WritingCase {
    let v = pick([0.1, 0.3, 0.4, 1, 1.5, 2, 3.2])
    let fact = zorglubFact(.exact(v, tolerance: 0), unit: .percentagePoints)
    var w = significant(v * pick([0.5, 2, 3]), 2)
    if w == v { w = v + 1 }
    let n = written(w, language)
    let text =
      language == .fr
      ? pick(["a reculé de \(n) \(w >= 2 ? "points" : "point")", "a progressé de \(n) points de pourcentage"])
      : pick(["fell \(n) percentage points", "rose \(n)pp", "rose \(n) points"])
    let sentence = language == .fr ? "Zorglub \(text) cette année." : "Zorglub \(text) this year."
    return WritingCase(fact: fact, language: language, sentence: sentence, magnitudeWord: nil, symbol: nil)
  }

  func sentence(_ figure: String, _ language: Language) -> String {
    language == .fr ? "Zorglub atteint \(figure) cette année." : "Zorglub reached \(figure) this year."
  }

  mutating func money(_ language: Language) -> WritingCase {
    let currency = pick(["EUR", "USD", "JPY", "GBP", "CHF", "CNY"])
    let v = value(from: -2, to: 15)
    let fact = zorglubFact(.exact(v, tolerance: tolerance(v)), unit: .money, currency: currency)
    let w = wrong(v)
    let frNames = [
      "EUR": "euros", "USD": "dollars", "JPY": "yens", "GBP": "livres sterling", "CHF": "francs suisses",
      "CNY": "yuans",
    ]
    let enNames = [
      "EUR": "euros", "USD": "dollars", "JPY": "yen", "GBP": "pounds", "CHF": "Swiss francs", "CNY": "yuan",
    ]
    let symbols = ["EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"]
    // The magnitude the writer chose: the natural one, or one a step away.
    var power = [12, 9, 6].first { w >= pow10(Double($0)) } ?? 0
    // Sometimes a step away from the natural magnitude ("0,8 milliard", "1 200 millions"), as writers do.
    let other = pick([6, 9, 12])
    if power > 0 && pick([false, false, true]) && w / pow10(Double(other)) >= 0.1 && w / pow10(Double(other)) < 1e4 {
      power = other
    }
    let amount = power == 0 ? w : w / pow10(Double(power))
    let n = written(significant(amount, 4), language)
    if language == .fr {
      let words = [6: "millions", 9: "milliards", 12: "billions"]
      let name = frNames[currency]!
      let of = name.first == "e" ? "d’" : "de "
      if power > 0 && currency == "EUR" && pick([true, false]) {
        let abbreviation = power == 9 ? "Md" : power == 6 ? "M" : nil
        if let abbreviation {
          return WritingCase(
            fact: fact, language: language, sentence: sentence("\(n)\(nbsp)\(abbreviation)€", language),
            magnitudeWord: abbreviation, symbol: "€")
        }
      }
      if power > 0 {
        let word = words[power]!
        return WritingCase(
          fact: fact, language: language, sentence: sentence("\(n) \(word) \(of)\(name)", language),
          magnitudeWord: String(word.dropLast()), symbol: nil)
      }
      if currency == "EUR" && pick([true, false]) {
        return WritingCase(
          fact: fact, language: language, sentence: sentence("\(n)\(nbsp)€", language), magnitudeWord: nil,
          symbol: "€")
      }
      return WritingCase(
        fact: fact, language: language, sentence: sentence("\(n) \(name)", language), magnitudeWord: nil, symbol: nil)
    }
    let words = [6: "million", 9: "billion", 12: "trillion"]
    let abbreviations = [6: "m", 9: "bn", 12: "tn"]
    let symbol = symbols[currency]
    if let symbol, pick([true, true, false]) {
      if power > 0 && pick([true, false]) {
        let abbreviation = abbreviations[power]!
        return WritingCase(
          fact: fact, language: language, sentence: sentence("\(symbol)\(n)\(abbreviation)", language),
          magnitudeWord: abbreviation, symbol: symbol)
      }
      let word = power > 0 ? " " + words[power]! : ""
      return WritingCase(
        fact: fact, language: language, sentence: sentence("\(symbol)\(n)\(word)", language),
        magnitudeWord: power > 0 ? words[power] : nil, symbol: symbol)
    }
    if pick([true, false]) {
      let word = power > 0 ? " " + words[power]! : ""
      return WritingCase(
        fact: fact, language: language, sentence: sentence("\(currency) \(n)\(word)", language),
        magnitudeWord: power > 0 ? words[power] : nil, symbol: currency)
    }
    let word = power > 0 ? " " + words[power]! : ""
    return WritingCase(
      fact: fact, language: language, sentence: sentence("\(n)\(word) \(enNames[currency]!)", language),
      magnitudeWord: power > 0 ? words[power] : nil, symbol: nil)
  }

  mutating func percent(_ language: Language) -> WritingCase {
    let v = value(from: -3, to: 3)
    let fact = zorglubFact(.exact(v, tolerance: pick([0, 0.5, v * 0.02])), unit: pick([.percent, .percentOfGDP]))
    let w = wrong(v)
    let n = written(w, language)
    let figure =
      language == .fr
      ? pick(["\(n)\(nbsp)%", "\(n) %", "\(n) pour cent"]) : pick(["\(n)%", "\(n) percent", "\(n) per cent"])
    let suffix = fact.unit == .percentOfGDP ? (language == .fr ? " du PIB" : " of GDP") : ""
    return WritingCase(
      fact: fact, language: language, sentence: sentence(figure + suffix, language), magnitudeWord: nil, symbol: nil)
  }

  mutating func count(_ language: Language) -> WritingCase {
    let v = value(from: 0, to: 15)
    let fact = zorglubFact(.exact(v, tolerance: tolerance(v)), unit: .count)
    let w = wrong(v)
    let power = [9, 6].first { w >= pow10(Double($0)) && pick([true, true, false]) }
    if let power {
      let word =
        language == .fr ? (power == 9 ? "milliards" : "millions") : (power == 9 ? "billion" : "million")
      let n = written(significant(w / pow10(Double(power)), 4), language)
      let noun = language == .fr ? "d’habitants" : "people"
      return WritingCase(
        fact: fact, language: language, sentence: sentence("\(n) \(word) \(noun)", language),
        magnitudeWord: language == .fr ? String(word.dropLast()) : word, symbol: nil)
    }
    let whole = w.rounded()
    let spelled = whole <= 20 && pick([true, false]) ? NumberWords.words(for: Int(whole), language: language) : nil
    return WritingCase(
      fact: fact, language: language, sentence: sentence(spelled ?? written(whole, language), language),
      magnitudeWord: nil, symbol: nil)
  }

  mutating func duration(_ language: Language) -> WritingCase {
    let unit = pick([FactUnit.days, .weeks, .months, .years])
    let v = pick([1.0, 2, 3, 6, 10, 12, 18, 30, 90, 2.5])
    let fact = zorglubFact(.exact(v, tolerance: 0), unit: unit)
    var w = wrong(v).rounded()
    if w == v || w < 1 { w = v + 4 }
    let fr = [
      "day": ("jour", "jours"), "week": ("semaine", "semaines"), "month": ("mois", "mois"), "year": ("an", "ans"),
    ]
    let key = unit.durationUnit!
    let noun =
      language == .fr ? (w >= 2 ? fr[key]!.1 : fr[key]!.0) : (w == 1 ? key : key + "s")
    let feminine = language == .fr && unit == .weeks
    let spelled =
      w <= 20 && pick([true, false]) ? NumberWords.words(for: Int(w), language: language, feminine: feminine) : nil
    let text = (spelled ?? written(w, language)) + " " + noun
    let sentence = language == .fr ? "Zorglub dure \(text) en tout." : "Zorglub lasts \(text) in all."
    return WritingCase(fact: fact, language: language, sentence: sentence, magnitudeWord: nil, symbol: nil)
  }

  mutating func range(_ language: Language) -> WritingCase {
    if pick([true, false]) {
      let a = value(from: 0, to: 3)
      let b = significant(a * pick([1.5, 2, 3]), 3)
      let fact = zorglubFact(.range(a, b), unit: .percent)
      let x = written(significant(b * 2, 3), language)
      let y = written(significant(b * 4, 3), language)
      let figure = language == .fr ? "\(x) à \(y)\(nbsp)%" : "\(x) to \(y)%"
      return WritingCase(
        fact: fact, language: language, sentence: sentence(figure, language), magnitudeWord: nil, symbol: nil)
    }
    let a = value(from: 1, to: 3) * 1e9
    let b = significant(a * pick([1.5, 2, 3]), 3)
    let fact = zorglubFact(.range(a, b), unit: .money, currency: "USD")
    let x = written(significant(b * 2 / 1e9, 3), language)
    let y = written(significant(b * 4 / 1e9, 3), language)
    let figure = language == .fr ? "\(x) à \(y) milliards de dollars" : "$\(x) to $\(y) billion"
    return WritingCase(
      fact: fact, language: language, sentence: sentence(figure, language),
      magnitudeWord: language == .fr ? "milliard" : "billion", symbol: language == .fr ? nil : "$")
  }

  mutating func bound(_ language: Language) -> WritingCase {
    let v = value(from: 0, to: 2)
    let shape = pick([FactValue.moreThan(v), .atLeast(v), .lessThan(v), .atMost(v)])
    let fact = zorglubFact(shape, unit: .percent)
    let w: Double
    switch shape {
    case .moreThan, .atLeast: w = significant(v / 3, 3)
    default: w = significant(v * 3, 3)
    }
    let n = written(w, language)
    return WritingCase(
      fact: fact, language: language, sentence: sentence(language == .fr ? "\(n)\(nbsp)%" : "\(n)%", language),
      magnitudeWord: nil, symbol: nil)
  }

  mutating func date(_ language: Language) -> WritingCase {
    let year = 2000 + Int(random.next() % 30)
    let month = Int(random.next() % 12) + 1
    let day = Int(random.next() % 28) + 1
    let fact = zorglubFact(.date(CalendarDate(year: year, month: month, day: day)), unit: .date)
    let wrongDay = day == 28 ? 3 : day + 1
    let written = CalendarDate(year: year, month: month, day: wrongDay)
    let text: String
    if pick([true, false]) {
      text = FigureWriter.write(date: written, language: language)
    } else {
      let dd = wrongDay < 10 ? "0\(wrongDay)" : "\(wrongDay)"
      let mm = month < 10 ? "0\(month)" : "\(month)"
      text = language == .fr ? "\(dd)/\(mm)/\(year)" : "\(mm)/\(dd)/\(year)"
    }
    let sentence = language == .fr ? "Zorglub a eu lieu le \(text) à Paris." : "Zorglub took place on \(text) in Paris."
    return WritingCase(fact: fact, language: language, sentence: sentence, magnitudeWord: nil, symbol: nil)
  }
}

@Suite struct ExpectedRoundTripTests {
  /// The draft's claims about the Zorglub fact.
  func report(_ text: String, _ fact: Fact, _ language: Language) -> CheckReport {
    Checker(base: FactBase(facts: [fact])).check(text: text, format: .plainText, language: .fixed(language))
  }

  /// For every generated case: the expected text, read back in a sentence, agrees with the fact; the fix, applied,
  /// leaves nothing flagged and the figure still read as the fact's; the fix keeps the figure's magnitude word
  /// and currency symbol; and almost every case gets a fix.
  @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
  func expectedTextAndFixesRoundTrip(seed: UInt64) {
    var generator = WritingCaseGenerator(random: SeededGenerator(seed: seed))
    var flagged = 0
    var fixed = 0
    let cases = 500
    for _ in 0..<cases {
      let c = generator.next()
      let checked = report(c.sentence, c.fact, c.language)
      guard let finding = checked.findings.first else {
        // The wrong figure was not read as a claim: the generator's job is writing, not matching; counted below.
        continue
      }
      flagged += 1
      // The expected text, put in the sentence's place, agrees.
      guard let expected = finding.expected else {
        Issue.record("\(c): a contradiction without an expected text")
        continue
      }
      let restated = c.language == .fr ? "Zorglub atteint \(expected)." : "Zorglub reached \(expected)."
      let reread = report(restated, c.fact, c.language)
      #expect(reread.findings.isEmpty, "\(c): expected “\(expected)” is flagged itself")
      #expect(
        reread.claims.contains { $0.agrees },
        "\(c): expected “\(finding.expected)” is not read as the fact: \(reread.claims.map(\.figure.text))")
      guard let fix = finding.fix else { continue }
      fixed += 1
      var bytes = Array(c.sentence.utf8)
      bytes.replaceSubrange(fix.span, with: Array(fix.replacement.utf8))
      let repaired = String(decoding: bytes, as: UTF8.self)
      let after = report(repaired, c.fact, c.language)
      #expect(after.findings.isEmpty, "\(c): still flagged after the fix: “\(repaired)”")
      #expect(after.claims.contains { $0.agrees }, "\(c): the fixed figure is no longer read: “\(repaired)”")
      if let word = c.magnitudeWord {
        // The same word, or one of its kind when the value needs another magnitude ("milliards" for "millions").
        let figure = FigureExtractor(language: c.language).figures(in: repaired).first {
          $0.span.lowerBound <= fix.span.lowerBound && $0.span.upperBound >= fix.span.lowerBound
        }
        #expect(
          repaired.contains(word) || figure?.magnitude != nil, "\(c): the fix dropped “\(word)”: “\(repaired)”")
      }
      if let symbol = c.symbol {
        #expect(repaired.contains(symbol), "\(c): the fix dropped “\(symbol)”: “\(repaired)”")
      }
      #expect(!repaired.contains("∞") && !repaired.contains("NaN"), "\(c): “\(repaired)”")
    }
    #expect(flagged >= cases * 9 / 10, "only \(flagged) of \(cases) generated figures were flagged")
    #expect(fixed >= flagged * 95 / 100, "only \(fixed) of \(flagged) findings got a fix")
  }

  /// The example of the report: a French debt in milliards with a tolerance of 50 milliards.
  @Test func frenchDebtKeepsItsMagnitudeAndPrecision() throws {
    let fact = zorglubFact(
      .exact(3_305_300_000_000, tolerance: 50_000_000_000), unit: .money, currency: "EUR",
      statement: [
        .fr: "La dette publique française atteint 3 305,3 milliards d’euros fin 2024.",
        .en: "France’s public debt reached €3,305.3 billion at the end of 2024.",
      ])
    let text = "Zorglub atteint 3 500 milliards d'euros."
    let finding = try #require(report(text, fact, .fr).findings.first)
    #expect(finding.expected == "3\u{00A0}305 milliards d'euros")
    #expect(finding.message.contains("valeur attendue 3\u{00A0}305 milliards d'euros ("))
    let fix = try #require(finding.fix)
    var bytes = Array(text.utf8)
    bytes.replaceSubrange(fix.span, with: Array(fix.replacement.utf8))
    #expect(String(decoding: bytes, as: UTF8.self) == "Zorglub atteint 3\u{00A0}305 milliards d'euros.")
    // Without a figure, the fact is written under the magnitude of its own statement.
    #expect(ExpectedValue.text(fact, in: .fr) == "3\u{00A0}305 milliards d’euros")
    #expect(ExpectedValue.text(fact, in: .en) == "€3,305 billion")
    // Other styles of the same figure keep theirs. (A named fact still needs a word of its measure: "dette", "debt".)
    let abbreviated = try #require(report("La dette de Zorglub atteint 2 300 Md€.", fact, .fr).findings.first)
    #expect(abbreviated.expected == "3\u{00A0}305 Md€")
    let english = try #require(report("Zorglub's debt reached €4,500bn.", fact, .en).findings.first)
    #expect(english.expected == "€3,305bn")
    let digits = try #require(report("Zorglub's debt reached 3,500,000,000,000 euros.", fact, .en).findings.first)
    #expect(digits.expected == "3,305,000,000,000 euros")
  }

  @Test func yenInBillionsAndTrillions() throws {
    let fact = zorglubFact(.exact(1_722_500_000_000, tolerance: 0), unit: .money, currency: "JPY")
    #expect(ExpectedValue.text(fact, in: .en) == "¥1,722.5 billion")
    #expect(ExpectedValue.text(fact, in: .fr) == "1\u{00A0}722,5 milliards de yens")
    let finding = try #require(report("Zorglub reached ¥3 trillion.", fact, .en).findings.first)
    #expect(finding.expected == "¥1.7225 trillion")
    let french = try #require(report("Zorglub atteint 1,9 billion de yens.", fact, .fr).findings.first)
    #expect(french.expected == "1,7225 billion de yens")
  }

  /// "1,5 milliard" and "2 milliards": the French magnitude word agrees with its new amount.
  @Test func frenchMagnitudeWordAgrees() throws {
    let fact = zorglubFact(.exact(1_500_000_000, tolerance: 0), unit: .money, currency: "USD")
    let finding = try #require(report("Zorglub atteint 4 milliards de dollars.", fact, .fr).findings.first)
    #expect(finding.expected == "1,5 milliard de dollars")
    let big = zorglubFact(.exact(2_500_000_000, tolerance: 0), unit: .money, currency: "USD")
    let plural = try #require(report("Zorglub atteint 1,2 milliard de dollars.", big, .fr).findings.first)
    #expect(plural.expected == "2,5 milliards de dollars")
  }

  /// A noun that changes with the number is rewritten whole: "un jour" becomes "trois jours", not "trois jour".
  @Test func countedNounsAgree() throws {
    let weeks = zorglubFact(.exact(3, tolerance: 0), unit: .weeks)
    let finding = try #require(report("Zorglub dure une semaine en tout.", weeks, .fr).findings.first)
    #expect(finding.expected == "trois semaines")
    let fact = zorglubFact(.exact(3, tolerance: 0), unit: .days)
    let english = try #require(report("Zorglub lasts 1 day in all.", fact, .en).findings.first)
    #expect(english.expected == "3 days")
  }

  /// A value the extractor cannot read back as itself gets a finding without a fix, never a wrong fix.
  @Test func unreadableValueGetsNoFix() throws {
    // 10³⁰⁰ has 301 digits: read back, the digits do not add up to exactly the fact's value. (A change, since a level
    // that far from the figure would be another quantity.)
    let fact = zorglubFact(.exact(1e300, tolerance: 0), unit: .percentChange)
    let finding = try #require(report("Zorglub rose 5 % this year.", fact, .en).findings.first)
    #expect(finding.rule == "figure-mismatch")
    #expect(finding.fix == nil)
  }
}
