import Checking
import Drafts
import FactBase
import Testing

/// Claim frames with facts written in their plainest form (statement, value, unit, period, source; no terms): what a
/// figure is about is read from its own clause and sentence.
@Suite struct ClaimFrameTests {
  private static let json = """
    {"facts": [
     {"id": "japan-fertility-rate-2024", "statement": {"en": "Japan's total fertility rate was 1.15 in 2024.",
       "fr": "L'indice de fécondité du Japon était de 1,15 en 2024."},
      "value": {"exact": 1.15}, "unit": "count", "period": {"year": 2024},
      "source": {"publisher": "MHLW", "title": "Vital statistics", "url": "https://example.org/v", "published": "2025-06-04"}},
     {"id": "world-renewable-capacity-2024", "statement": {
       "en": "The world's renewable power capacity reached a total of 4,448 GW in 2024.",
       "fr": "La capacité mondiale d'énergie renouvelable a atteint 4 448 GW en 2024."},
      "value": {"exact": 4448}, "unit": "count", "period": {"year": 2024},
      "source": {"publisher": "IRENA", "title": "Statistics", "url": "https://example.org/i", "published": "2025-03-26"}},
     {"id": "china-solar-added-2024", "statement": {"en": "China added 277 GW of solar capacity in 2024.",
       "fr": "La Chine a ajouté 277 GW de capacité solaire en 2024."},
      "value": {"exact": 277}, "unit": "count", "period": {"year": 2024},
      "source": {"publisher": "IRENA", "title": "Statistics", "url": "https://example.org/i", "published": "2025-03-26"}},
     {"id": "japan-deaths-2024", "statement": {"en": "Japan recorded 1,605,298 deaths in 2024.",
       "fr": "Le Japon a enregistré 1 605 298 décès en 2024."},
      "value": {"exact": 1605298}, "unit": "count", "period": {"year": 2024},
      "source": {"publisher": "MHLW", "title": "Vital statistics", "url": "https://example.org/v", "published": "2025-06-04"}},
     {"id": "france-low-carbon-share-2024", "statement": {
       "fr": "La production bas carbone a atteint 95 % de l'électricité produite en France en 2024.",
       "en": "Low-carbon sources produced 95% of France's electricity in 2024."},
      "value": {"exact": 95}, "unit": "percent", "period": {"year": 2024},
      "source": {"publisher": "RTE", "title": "Bilan", "url": "https://example.org/r", "published": "2025-02-01"}}
    ]}
    """

  private func report(_ text: String) throws -> CheckReport {
    let checker = Checker(base: try FactBase.load(files: [("plain.json", Array(Self.json.utf8))]))
    return checker.check(text: text + "\n", format: .plainText, language: .auto)
  }

  private func flagged(_ text: String) throws -> [String] {
    try report(text).findings.filter { $0.rule == Rule.figureMismatch }.compactMap(\.factId)
  }

  @Test func aPlainFactIsMatchedBothWays() throws {
    #expect(try flagged("Japan's total fertility rate fell to 1.05 in 2024.") == ["japan-fertility-rate-2024"])
    let right = try report("Japan's total fertility rate was 1.15 in 2024.")
    #expect(right.findings.isEmpty)
    #expect(right.claims.filter(\.agrees).map(\.fact.id) == ["japan-fertility-rate-2024"])
  }

  /// A figure with no year of its own speaks of the year the sentence sets another figure in.
  @Test func anUndatedFigureTakesTheYearOfItsSentence() throws {
    let text =
      "Japan's total fertility rate marked a record low of 0.72 in 2023, as the only rich country with a fertility "
      + "rate below 1."
    #expect(try flagged(text).isEmpty)
  }

  /// "contre" with a year is the earlier level compared with; the figure it follows is the current one.
  @Test func aComparedLevelWithItsYearIsEarlier() throws {
    let agrees = try report(
      "La production bas carbone a atteint 95 % de l'électricité produite en France, contre 92,2 % en 2023.")
    #expect(agrees.findings.isEmpty)
    #expect(agrees.claims.filter(\.agrees).map(\.figure.text) == ["95 %"])
    #expect(
      try flagged(
        "La production bas carbone a atteint 91 % de l'électricité produite en France, contre 92,2 % en 2023.")
        == ["france-low-carbon-share-2024"])
  }

  /// A year that ends a title sets no time, nor does a relative day own one.
  @Test func aYearInATitleSetsNoTime() throws {
    let text =
      "Renewable Capacity Statistics 2025 published by IRENA today shows a surge in renewable power capacity during "
      + "2024, reaching a total of 4,000 GW."
    #expect(try flagged(text) == ["world-renewable-capacity-2024"])
  }

  /// Another country's figure is not a world fact's, and "N GW of renewable power" is not solar capacity.
  @Test func aCountrysFigureIsNotTheWorldsNorAnotherMeasures() throws {
    #expect(try flagged("China added almost 374 GW of renewable power in 2024.").isEmpty)
    #expect(try flagged("China added 374 GW of solar capacity in 2024.") == ["china-solar-added-2024"])
  }

  /// The noun a figure complements is found across a bracketed aside: "a decrease in population (…) of 919,237"
  /// quantifies the population's decrease, not the deaths the aside names.
  @Test func aBracketedAsideKeepsTheNounItsFigureComplements() throws {
    let text =
      "Deaths in Japan far outnumbered births, resulting in a natural decrease in population (the difference "
      + "between the number of births and deaths) of 919,237."
    #expect(try flagged(text).isEmpty)
    #expect(try flagged("Japan recorded 1,506,298 deaths in 2024.") == ["japan-deaths-2024"])
  }

  /// A part of a year named in words, with no year written, is no whole year's figure: in the figure's clause, or
  /// in a clause before it that holds no figure.
  @Test func aPartOfAYearInWordsIsNoWholeYear() throws {
    #expect(try flagged("In the first half of the year, deaths in Japan rose to 836,818.").isEmpty)
    #expect(try flagged("Deaths in Japan rose to 836,818 in the first half.").isEmpty)
    #expect(try flagged("Au premier semestre, le Japon a enregistré 836 818 décès.").isEmpty)
    #expect(try flagged("Le Japon a enregistré 836 818 décès en 2024.") == ["japan-deaths-2024"])
  }

  /// A fact named by its terms, whose statement's words the sentence does not use ("births"), is still read when a
  /// context term stands in the figure's clause ("babies were born").
  @Test func aContextTermInTheClauseSaysTheMeasure() throws {
    let json = """
      {"facts": [{"id": "japan-births-2024", "statement": {"en": "Japan recorded 686,061 births in 2024, a record low.",
        "fr": "Le Japon a enregistré 686 061 naissances en 2024."}, "value": {"exact": 686061}, "unit": "count",
        "period": {"year": 2024},
        "terms": {"en": {"subject": ["Japan", "Japanese"], "context": [["babies", "born", "birth*"]]},
          "fr": {"subject": ["Japon"], "context": [["naissance*", "bébés"]]}},
        "source": {"publisher": "MHLW", "title": "T", "url": "https://example.org/v", "published": "2025-06-04"}}]}
      """
    let checker = Checker(base: try FactBase.load(files: [("termed.json", Array(json.utf8))]))
    let report = checker.check(
      text: "The health ministry said 650,123 babies were born to Japanese nationals in 2024.\n", format: .plainText,
      language: .auto)
    #expect(report.findings.compactMap(\.factId) == ["japan-births-2024"])
  }

  /// A clause that names no country takes the one its sentence opens with, not the one compared with.
  @Test func aSentenceOpeningWithAPlaceSetsWhoseFigureItIs() throws {
    #expect(
      try flagged("In neighbouring South Korea, the total fertility rate in 2024 was even lower than Japan's, at 0.75.")
        .isEmpty)
    #expect(
      try flagged("In Japan, the total fertility rate in 2024 was even lower than South Korea's, at 0.75.")
        == ["japan-fertility-rate-2024"])
  }

  /// A figure twenty times larger or smaller than the fact's level, or below zero, measures something else.
  @Test func anotherOrderOfMagnitudeIsAnotherQuantity() throws {
    #expect(
      try flagged("Renewable power capacity grew in 63 countries in 2024, reaching a total of 4,448 GW.").isEmpty)
    #expect(
      try flagged("Renewable power capacity grew in 63 countries in 2024, reaching a total of 4,000 GW.")
        == ["world-renewable-capacity-2024"])
    #expect(try flagged("Japan recorded -1,500,000 deaths in 2024.").isEmpty)
  }

  /// A decade is ten years: a figure set in one is no single year's.
  @Test func aDecadeIsNoSingleYear() throws {
    #expect(try flagged("The world's renewable power capacity will reach a total of 11,000 GW in the 2030s.").isEmpty)
    #expect(
      try flagged("La capacité mondiale d'énergie renouvelable atteindra 11 000 GW dans les années 2030.").isEmpty)
    #expect(
      try flagged("The world's renewable power capacity reached a total of 11,000 GW.")
        == ["world-renewable-capacity-2024"])
  }

  /// Twelve months across two calendar years are no calendar year's.
  @Test func twelveMonthsAcrossTwoYearsAreNoCalendarYear() throws {
    #expect(try flagged("Japan recorded 1,500,000 deaths over one year, from May 2024 to April 2025.").isEmpty)
    #expect(try flagged("Japan recorded 1,500,000 deaths in 2024.") == ["japan-deaths-2024"])
  }

  /// "Last year" and "l'an dernier" count from the draft's day: its front matter's, else the one it is dated with.
  @Test func aRelativeYearCountsFromTheDraftsDay() throws {
    let checker = Checker(base: try FactBase.load(files: [("plain.json", Array(Self.json.utf8))]))
    func flagged(_ text: String, on day: DraftDate?, language: Language = .en) -> [String] {
      var draft = Draft(text: text, format: .markdown)
      if let day { draft = draft.dated(day) }
      return checker.check(draft, language: .fixed(language)).findings.compactMap(\.factId)
    }
    let sentence = "Japan recorded 1,500,000 deaths last year.\n"
    #expect(flagged(sentence, on: DraftDate(year: 2025, month: 6, day: 4)) == ["japan-deaths-2024"])
    #expect(flagged(sentence, on: DraftDate(year: 2026, month: 6, day: 4)).isEmpty)
    let french = "Le Japon a enregistré 1 500 000 décès l'an dernier.\n"
    #expect(flagged(french, on: DraftDate(year: 2025, month: 1, day: 9), language: .fr) == ["japan-deaths-2024"])
    #expect(flagged(french, on: DraftDate(year: 2026, month: 1, day: 9), language: .fr).isEmpty)
    let dated = "---\ntitle: Deaths\ndate: 2025-06-04\n---\n\n" + sentence
    #expect(Draft(text: dated, format: .markdown).date == DraftDate(year: 2025, month: 6, day: 4))
    // The front matter's day wins over the caller's.
    #expect(flagged(dated, on: DraftDate(year: 2026, month: 6, day: 4)) == ["japan-deaths-2024"])
  }

  /// A year a change is measured from makes its sentence's undated figures a later time.
  @Test func aChangesBaseYearIsAnEarlierTime() throws {
    #expect(try flagged("Japan's deaths rose 2 % compared with 2024, to 1,650,000.").isEmpty)
    #expect(try flagged("Japan's deaths rose 2 % compared with 2023, to 1,650,000.") == ["japan-deaths-2024"])
  }

  /// A change verb before a bound the level crosses states the level reached.
  @Test func aCrossedBoundIsTheLevelReached() throws {
    let agrees = try report("Deaths in Japan rose above 1,600,000 in 2024, a record.")
    #expect(agrees.findings.isEmpty)
    #expect(agrees.claims.filter(\.agrees).map(\.fact.id) == ["japan-deaths-2024"])
    #expect(try flagged("Deaths in Japan rose above 1,700,000 in 2024, a record.") == ["japan-deaths-2024"])
    // The amount of a change is no level.
    #expect(try flagged("Deaths in Japan rose by 29,282 in 2024.").isEmpty)
  }

  /// A sentence that names no year is of the year its paragraph's last dated sentence names.
  @Test func aParagraphLendsItsYear() throws {
    #expect(
      try flagged("Japan recorded 1,590,000 deaths in 2023. Deaths in Japan were 1,550,000, a record high.")
        .isEmpty)
    #expect(
      try flagged("Japan recorded 1,500,000 deaths in 2024. Deaths in Japan were 1,550,000 at the last count.")
        == ["japan-deaths-2024", "japan-deaths-2024"])
    // A new paragraph starts afresh.
    #expect(
      try flagged("Japan recorded 1,590,000 deaths in 2023.\n\nDeaths in Japan were 1,550,000.") == [
        "japan-deaths-2024"
      ])
  }
}
