import Drafts
import FactBase
import Foundation
import Testing

@testable import Checking

let checker = Checker(base: .curated)

func findings(_ text: String, _ language: Language, format: DraftFormat = .plainText) -> [Finding] {
  checker.check(text: text, format: format, language: .fixed(language)).findings
}

/// The text with every fix applied, back to front.
func applyingFixes(_ text: String, _ findings: [Finding]) -> String {
  var bytes = Array(text.utf8)
  for fix in findings.compactMap(\.fix).sorted(by: { $0.span.lowerBound > $1.span.lowerBound }) {
    bytes.replaceSubrange(fix.span, with: Array(fix.replacement.utf8))
  }
  return String(decoding: bytes, as: UTF8.self)
}

@Suite struct MismatchTests {
  /// Each written form of the product brief, planted wrong, is caught with the right expected value.
  @Test(arguments: [
    (
      "La Chine assure 95\u{00A0}% de la production raffinée de terres rares.", Language.fr, "95\u{00A0}%",
      "92\u{00A0}%"
    ),
    // The expected text is the figure as the fix rewrites it: the writer's own space before "%" stays.
    ("Le Japon portera son budget de défense à 2,5 % de son PIB.", .fr, "2,5 %", "2 %"),
    ("La demande de lithium pourrait bondir de 5 000 %.", .fr, "5 000 %", "jusqu’à 4\u{00A0}000\u{00A0}%"),
    (
      "La Chine assure quatre-vingt-quinze pour cent du raffinage des terres rares.", .fr,
      "quatre-vingt-quinze pour cent", "92\u{00A0}%"
    ),
    (
      "La Chine assure moins de 30 % de l’extraction minière des terres rares.", .fr, "moins de 30 %",
      "plus de 60\u{00A0}%"
    ),
    (
      "La demande en minéraux critiques pourrait augmenter de 100 à 200 %.", .fr, "de 100 à 200 %", "de 400 à 600 %"
    ),
    (
      "Des mesures seront adoptées dans les trois prochains mois pour soutenir des projets.", .fr,
      "trois prochains mois", "six prochains mois"
    ),
    (
      "Les États-Unis et le Japon ont signé l’accord-cadre à Tokyo le 27 octobre 2025.", .fr, "27 octobre 2025",
      "28 octobre 2025"
    ),
    ("Japan will raise defense spending to three percent of GDP.", .en, "three percent", "two percent"),
    (
      "China accounts for ninety-five percent of refined rare earth production.", .en, "ninety-five percent", "92%"
    ),
    ("Demand for lithium and graphite could jump by 9,000%.", .en, "9,000%", "up to 4,000%"),
    (
      "The United States and Japan signed the framework in Tokyo on October 29, 2025.", .en, "October 29, 2025",
      "October 28, 2025"
    ),
  ])
  func catchesPlantedFigure(text: String, language: Language, found: String, expected: String) throws {
    let all = findings(text, language)
    #expect(all.count == 1, "\(all.map(\.message))")
    let finding = try #require(all.first)
    #expect(finding.rule == "figure-mismatch")
    #expect(finding.severity == .error)
    #expect(finding.found == found)
    #expect(finding.expected == expected)
    #expect(String(decoding: Array(text.utf8)[finding.span], as: UTF8.self) == found)
    // The fix makes the sentence agree.
    let fixed = applyingFixes(text, all)
    #expect(findings(fixed, language).isEmpty, "still flagged after the fix: \(fixed)")
  }

  @Test func weekdayIsChecked() throws {
    let finding = try #require(
      findings("Les États-Unis et le Japon ont signé un accord-cadre à Tokyo le mercredi 28 octobre 2025.", .fr).first)
    #expect(finding.expected == "mardi 28 octobre 2025")
    #expect(finding.fix?.replacement == "mardi 28 octobre 2025")
    #expect(findings("Donald Trump en visite à Tokyo, mardi 28 octobre, a rencontré Mme Takaichi.", .fr).isEmpty)
    #expect(
      findings("The United States and Japan signed the framework in Tokyo on Tuesday, October 28, 2025.", .en).isEmpty)
  }

  @Test func fixReplacesOnlyTheNumberWhenTheShapeFits() throws {
    let text = "Des mesures seront adoptées dans les trois prochains mois pour soutenir des projets."
    let fix = try #require(findings(text, .fr).first?.fix)
    #expect(String(decoding: Array(text.utf8)[fix.span], as: UTF8.self) == "trois")
    #expect(fix.replacement == "six")
    #expect(applyingFixes(text, findings(text, .fr)).contains("six prochains mois"))
  }

  @Test func messageNamesFigureExpectedSourceAndFact() throws {
    let finding = try #require(findings("La Chine assure 95 % du raffinage des terres rares.", .fr).first)
    // A French draft reads its findings in French, with French typography; the fact id stays as written.
    #expect(
      finding.message.contains("«\u{00A0}95 %\u{00A0}» contredit la base de faits\u{00A0}: valeur attendue 92 % ("))
    #expect(finding.message.contains("IEA"))
    #expect(finding.message.contains("[china-rare-earth-refining-share]"))
    #expect(finding.fact?.source.url.hasPrefix("https://") == true)
  }

  @Test func messagesFollowTheDraftUnlessFixed() throws {
    let french = "La Chine assure 95 % du raffinage des terres rares."
    let english = "China refines 95% of the world's rare earths."
    let inEnglish = try #require(checker.check(text: french, format: .plainText, messages: .fixed(.en)).findings.first)
    #expect(inEnglish.message.hasPrefix("“95 %” contradicts the fact base: expected 92 % ("))
    let report = checker.check(text: english, format: .plainText)
    #expect(report.messageLanguage == .en)
    #expect(report.findings.first?.message.hasPrefix("“95%” contradicts the fact base: expected 92% (") == true)
    let inFrench = try #require(checker.check(text: english, format: .plainText, messages: .fixed(.fr)).findings.first)
    #expect(inFrench.message.hasPrefix("«\u{00A0}95%\u{00A0}» contredit la base de faits"))
    // What a finding is, whatever its words: the rule id and the expected value do not change with the messages.
    #expect(inFrench.rule == inEnglish.rule && inFrench.rule == "figure-mismatch")
  }
}

@Suite struct JudgementTests {
  @Test(arguments: [
    "La Chine pèse 17 % du PIB mondial.",
    "Le Japon consacrera 2 % de son PIB à la défense, alors que la Chine pèse 17 % du PIB mondial.",
    "En 2010, Pékin a réduit ses quotas d’exportation de terres rares de 40 %.",
    "En 2015, la Chine raffinait 85 % des terres rares.",
    "La Chine assure environ 90 % du raffinage des terres rares.",
    "La Chine assure plus de 90 % du raffinage des terres rares.",
    "La Chine assure près de 70 % de l’extraction minière des terres rares.",
    "Chaque matin, retrouvez notre sélection de 20 articles à ne pas manquer.",
    "Les puissances du G7 devraient s’unir face aux restrictions chinoises sur les terres rares.",
    "La Chine contrôle le raffinage de plus de la moitié du cobalt, du lithium, du nickel et des terres rares.",
  ])
  func staysQuiet(text: String) {
    #expect(findings(text, .fr).isEmpty, "\(findings(text, .fr).map(\.message))")
  }

  @Test func englishStaysQuietOnRightAndUnrelatedFigures() {
    for text in [
      "China accounts for 92% of refined rare earth production.",
      "China's economy is 17% of world GDP.",
      "In 2010, Beijing cut rare earth export quotas by 40%.",
      "Japan will raise defense spending to two percent of GDP, two years ahead of schedule.",
    ] {
      #expect(findings(text, .en).isEmpty, "\(text): \(findings(text, .en).map(\.message))")
    }
  }

  @Test func pairsEachFigureWithTheNearestFact() {
    let text =
      "La Chine assure plus de 60 % de l’extraction minière des terres rares et 95 % de leur production raffinée."
    let all = findings(text, .fr)
    #expect(all.map(\.factId) == ["china-rare-earth-refining-share"])
    #expect(all.map(\.found) == ["95 %"])
  }

  @Test func pronounSubjectTakesThePreviousSentence() {
    let text = "La Chine domine les terres rares. Elle assure 95 % de leur production raffinée."
    #expect(findings(text, .fr).map(\.found) == ["95 %"])
    // Without a pronoun, the previous sentence lends nothing.
    #expect(
      findings("La Chine domine les terres rares. Le Brésil assure 95 % de leur production raffinée.", .fr).isEmpty)
  }

  @Test func tableRowsAndListItemsAreUnits() {
    let markdown = """
      | Pays | Part du raffinage des terres rares |
      |------|-----|
      | Chine | 95 % du raffinage des terres rares |

      - Chine : 95 % du raffinage des terres rares
      - Japon : 3 % du PIB pour la défense
      """
    let all = findings(markdown, .fr, format: .markdown)
    #expect(
      all.map(\.factId) == [
        "china-rare-earth-refining-share", "china-rare-earth-refining-share", "japan-defense-spending-gdp",
      ])
  }

  @Test func inconsistentFiguresWarn() throws {
    let text = """
      La Chine assure 70 % de l’extraction minière des terres rares.

      Plus loin, la Chine assure 65 % de l’extraction minière des terres rares.
      """
    let all = findings(text, .fr)
    #expect(all.count == 1)
    let finding = try #require(all.first)
    #expect(finding.rule == "figure-inconsistent")
    #expect(finding.severity == .warning)
    #expect(finding.found == "65 %")
  }

  @Test func markdownSkipsCodeLinksAndSuppressedLines() {
    let markdown = """
      Voir `La Chine assure 95 % du raffinage des terres rares` et [le rapport](https://x.org/95%).

      <!-- factlint-disable-next-line china-rare-earth-refining-share -->
      La Chine assure 95 % du raffinage des terres rares.

      <!-- factlint-disable-next-line japan-defense-spending-gdp -->
      La Chine assure 96 % du raffinage des terres rares.

      <!-- factlint-disable -->
      La Chine assure 97 % du raffinage des terres rares.
      <!-- factlint-enable -->
      """
    #expect(findings(markdown, .fr, format: .markdown).map(\.found) == ["96 %"])
  }

  @Test func severityOverridesAndRulesOff() {
    let off: [String: Severity?] = ["figure-mismatch": .none]
    let quiet = Checker(base: .curated, severities: off)
    #expect(
      quiet.check(text: "La Chine assure 95 % du raffinage des terres rares.", format: .plainText).findings.isEmpty)
    let soft = Checker(base: .curated, severities: ["figure-mismatch": .warning])
    #expect(
      soft.check(text: "La Chine assure 95 % du raffinage des terres rares.", format: .plainText).findings.first?
        .severity
        == .warning)
  }

  @Test func languageIsDetected() {
    let report = checker.check(text: "China accounts for 95% of refined rare earth production.", format: .plainText)
    #expect(report.language == .en)
    #expect(report.findings.first?.expected == "92%")
  }
}

@Suite struct SeedArticleTests {
  static let seeds = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")

  static func seed(_ name: String) throws -> String {
    try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
  }

  /// The two source articles check clean, and their figures are read as agreeing claims.
  @Test func seedArticlesCheckCleanAndAreUnderstood() throws {
    let lemonde = checker.check(
      text: try Self.seed("lemonde-2025-10-28-trump-takaichi.txt"), format: .plainText, language: .auto)
    #expect(lemonde.language == .fr)
    #expect(lemonde.findings.isEmpty, "\(lemonde.findings.map(\.message))")
    let understood = Set(lemonde.claims.filter(\.agrees).map(\.fact.id))
    for id in [
      "china-rare-earth-mining-share", "china-rare-earth-refining-share", "china-rare-earth-magnet-share",
      "japan-defense-spending-gdp", "japan-defense-target-years-early", "japan-fiscal-year-end",
      "trump-takaichi-tokyo-meeting-date", "us-japan-framework-measures-deadline", "takaichi-time-in-office",
      "us-critical-minerals-memoranda-malaysia-thailand",
    ] {
      #expect(understood.contains(id), "the Le Monde seed's figure for \(id) was not read")
    }
    let framework = checker.check(
      text: try Self.seed("us-japan-critical-minerals-framework.txt"), format: .plainText, language: .auto)
    #expect(framework.findings.isEmpty, "\(framework.findings.map(\.message))")
    let understood2 = Set(framework.claims.filter(\.agrees).map(\.fact.id))
    for id in [
      "us-japan-framework-signing-date", "trump-tokyo-visit-length", "critical-minerals-demand-growth",
      "lithium-graphite-demand-growth", "us-japan-framework-measures-deadline",
      "china-refining-share-critical-minerals",
    ] {
      #expect(understood2.contains(id), "the framework seed's figure for \(id) was not read")
    }
  }
}

@Suite struct IncrementalTests {
  @Test func cachedChecksEqualFreshOnesAfterEdits() {
    var paragraphs = (0..<40).map { i in
      i % 4 == 0
        ? "Paragraphe \(i) : la Chine assure \(90 + i % 7) % du raffinage des terres rares."
        : "Paragraphe \(i) sans chiffre utile, juste du texte courant pour la mise en page."
    }
    let cache = BlockCache()
    for round in 0..<20 {
      paragraphs[(round * 7) % paragraphs.count] +=
        " Ajout \(round) : la Chine assure 9\(round % 10) % du raffinage des terres rares."
      let text = paragraphs.joined(separator: "\n\n")
      let cached = checker.check(text: text, format: .markdown, language: .fixed(.fr), cache: cache)
      let fresh = checker.check(text: text, format: .markdown, language: .fixed(.fr))
      #expect(cached.findings == fresh.findings)
      #expect(cached.claims == fresh.claims)
      #expect(cache.count == Set(paragraphs).count)
    }
  }
}

@Suite struct FactExampleTests {
  /// `factlint facts test`: every curated fact's own pass and flag examples behave.
  @Test func curatedExamplesPass() {
    let outcome = FactExampleRunner(checker: checker).run()
    #expect(outcome.examples >= 60)
    for failure in outcome.failures {
      Issue.record("[\(failure.fact.id)] \(failure.example.text): \(failure.reason)")
    }
  }

  @Test func everyFactHasExamplesBothWaysInBothLanguages() {
    for fact in FactBase.curated.facts {
      for language in Language.allCases {
        let mine = fact.examples.filter { $0.language == language }
        #expect(
          mine.contains { $0.expectation == .flag } && mine.contains { $0.expectation == .agree },
          "\(fact.id) \(language)")
      }
    }
  }

  /// An example says what it means: "agree" needs a claim that agrees, "quiet" needs no claim of the fact.
  @Test func examplesAreHeldToWhatTheySay() throws {
    let json = """
      {"facts": [{"id": "z", "statement": {"fr": "x", "en": "x"}, "value": {"exact": 40}, "unit": "percent",
        "terms": {"fr": {"subject": ["Zorglub"], "context": [["bidule*"]]}, "en": {"subject": ["Zorglub"], "context": [["bidule*"]]}},
        "source": {"publisher": "P", "title": "T", "url": "https://example.org", "published": "2025-01-01"},
        "examples": {"fr": {
          "agree": ["Zorglub fabrique 40 % des bidules.", "Le temps est beau, à 40 %."],
          "quiet": ["Zorglub fabrique 40 % des bidules.", "Zorglub fabrique 55 % des bidules."],
          "flag": ["Zorglub fabrique 55 % des bidules.", "Zorglub fabrique 40 % des bidules."],
          "pass": ["Aucun chiffre ici."]
        }}}]}
      """
    let base = try FactBase.load(files: [("z.json", Array(json.utf8))])
    let outcome = FactExampleRunner(checker: Checker(base: base)).run()
    #expect(outcome.examples == 7)
    let failed = outcome.failures.map {
      // The expected value is written with French typography's no-break space; compare on plain spaces.
      "\($0.example.expectation.rawValue): \($0.example.text) — \($0.reason)".replacingOccurrences(
        of: "\u{A0}", with: " "
      )
      .replacingOccurrences(of: "\u{202F}", with: " ")
    }
    #expect(
      failed.sorted() == [
        "agree: Aucun chiffre ici. — expected an agreeing claim of this fact, but no figure was read as one",
        "agree: Le temps est beau, à 40 %. — expected an agreeing claim of this fact, but no figure was read as one",
        "flag: Zorglub fabrique 40 % des bidules. — expected a figure-mismatch, but “40 %” agrees with 40 %",
        "quiet: Zorglub fabrique 40 % des bidules. — expected no claim of this fact, but “40 %” was read as one",
        "quiet: Zorglub fabrique 55 % des bidules. — expected no claim of this fact, but “55 %” was read as one",
      ])
  }
}

@Suite struct CalendarTests {
  @Test func weekdays() {
    #expect(CalendarMath.isoWeekday(year: 2025, month: 10, day: 28) == 2)
    #expect(CalendarMath.isoWeekday(year: 1970, month: 1, day: 1) == 4)
    #expect(CalendarMath.isoWeekday(year: 2000, month: 2, day: 29) == 2)
    #expect(CalendarMath.isoWeekday(year: 2026, month: 3, day: 31) == 2)
  }
}

@Suite struct BlockCacheIdentityTests {
  /// A cache filled against one base must not answer for another: the block's bytes are the same, the facts not.
  @Test func anotherBaseNeverReusesCachedClaims() throws {
    func base(_ value: Int) throws -> FactBase {
      let json = """
        {"facts": [{"id": "z", "statement": {"fr": "x", "en": "x"}, "value": {"exact": \(value)}, "unit": "percent",
          "terms": {"fr": {"subject": ["Zorglub"], "context": [["bidule*"]]}, "en": {"subject": ["Zorglub"], "context": [["bidule*"]]}},
          "source": {"publisher": "P", "title": "T", "url": "https://example.org", "published": "2025-01-01"}}]}
        """
      return try FactBase.load(files: [("z.json", Array(json.utf8))])
    }
    let cache = BlockCache()
    let text = "Zorglub fabrique 40 % des bidules.\n"
    let first = Checker(base: try base(40)).check(text: text, format: .markdown, language: .fixed(.fr), cache: cache)
    #expect(first.findings.isEmpty)
    let second = Checker(base: try base(55)).check(text: text, format: .markdown, language: .fixed(.fr), cache: cache)
    #expect(second.findings.map(\.rule) == [Rule.figureMismatch])
  }
}

@Suite struct RatioFactTests {
  private func checker() throws -> Checker {
    let json = """
      {"facts": [{"id": "exports-x4", "statement": {"fr": "Les exportations ont été multipliées par quatre.",
        "en": "Exports were multiplied by four."}, "value": {"exact": 4}, "unit": "ratio",
        "terms": {"fr": {"subject": ["exportations"]}, "en": {"subject": ["exports"]}},
        "source": {"publisher": "P", "title": "T", "url": "https://example.org", "published": "2025-01-01"}}]}
      """
    return Checker(base: try FactBase.load(files: [("r.json", Array(json.utf8))]))
  }

  /// A multiplier is compared with a ratio fact, and its fix keeps the verb and rewrites the number.
  @Test func aWrongMultiplierIsFlaggedAndFixed() throws {
    let checker = try checker()
    let fr = checker.check(
      text: "Les exportations ont été multipliées par cinq.\n", format: .plainText, language: .fixed(.fr))
    #expect(fr.findings.map(\.rule) == [Rule.figureMismatch])
    #expect(fr.findings.first?.fix?.replacement == "quatre")
    let en = checker.check(text: "Exports rose fivefold.\n", format: .plainText, language: .fixed(.en))
    #expect(en.findings.map(\.rule) == [Rule.figureMismatch])
    for right in ["Les exportations ont quadruplé.\n", "Les exportations ont été multipliées par 4.\n"] {
      #expect(checker.check(text: right, format: .plainText, language: .fixed(.fr)).findings.isEmpty, "\(right)")
    }
    // A percentage is no multiplier.
    let percent = checker.check(
      text: "Les exportations ont progressé de 5 %.\n", format: .plainText, language: .fixed(.fr))
    #expect(percent.findings.isEmpty)
  }
}

@Suite struct PeriodTests {
  private func checker() throws -> Checker {
    let json = """
      {"facts": [{"id": "growth-q3-2025", "statement": {"fr": "Le PIB a progressé de 0,5 % au troisième trimestre.",
        "en": "GDP grew 0.5% in the third quarter."}, "value": {"exact": 0.5}, "unit": "percent",
        "period": {"from": "2025-07-01", "to": "2025-09-30"},
        "terms": {"fr": {"subject": ["PIB"]}, "en": {"subject": ["GDP"]}},
        "source": {"publisher": "P", "title": "T", "url": "https://example.org", "published": "2025-10-30"}}]}
      """
    return Checker(base: try FactBase.load(files: [("p.json", Array(json.utf8))]))
  }

  /// A period sets the sentence in its years, like a year written alone: another year's figure is not the fact's.
  @Test func aPeriodSetsTheSentenceInItsYear() throws {
    let checker = try checker()
    for (text, language) in [
      ("Le PIB a progressé de 0,9 % au troisième trimestre 2025.\n", Language.fr),
      ("GDP grew 0.9% in Q3 2025.\n", .en), ("GDP grew 0.9% in mid-2025.\n", .en),
    ] {
      let report = checker.check(text: text, format: .plainText, language: .fixed(language))
      #expect(report.findings.map(\.rule) == [Rule.figureMismatch], "\(text)")
    }
    for (text, language) in [
      ("Le PIB a progressé de 0,9 % au troisième trimestre 2024.\n", Language.fr),
      ("GDP grew 0.9% in Q3 2023.\n", .en), ("Le PIB a progressé de 0,9 % fin 2024.\n", .fr),
      ("GDP grew 0.9% in FY2022.\n", .en),
    ] {
      #expect(checker.check(text: text, format: .plainText, language: .fixed(language)).findings.isEmpty, "\(text)")
    }
  }
}

@Suite struct PercentagePointFactTests {
  private func checker() throws -> Checker {
    let json = """
      {"facts": [{"id": "unemployment-change", "statement": {"fr": "Le chômage a reculé de 0,3 point.",
        "en": "Unemployment fell 0.3 percentage point."}, "value": {"exact": 0.3}, "unit": "percentage-points",
        "terms": {"fr": {"subject": ["chômage"]}, "en": {"subject": ["unemployment"]}},
        "source": {"publisher": "P", "title": "T", "url": "https://example.org", "published": "2025-01-01"}}]}
      """
    return Checker(base: try FactBase.load(files: [("p.json", Array(json.utf8))]))
  }

  /// A change in points is compared with a fact in points, and fixed in points; a percent is never compared.
  @Test func pointsAreComparedWithPointsOnly() throws {
    let checker = try checker()
    let fr = checker.check(text: "Le chômage a reculé de 0,4 point.\n", format: .plainText, language: .fixed(.fr))
    #expect(fr.findings.map(\.rule) == [Rule.figureMismatch])
    #expect(fr.findings.first?.fix?.replacement == "0,3")
    let en = checker.check(
      text: "Unemployment fell 1.5 percentage points.\n", format: .plainText, language: .fixed(.en))
    #expect(en.findings.map(\.rule) == [Rule.figureMismatch])
    for right in ["Le chômage a reculé de 0,3 point.\n", "Le chômage a reculé de 0,4 %.\n"] {
      #expect(checker.check(text: right, format: .plainText, language: .fixed(.fr)).findings.isEmpty, "\(right)")
    }
  }
}

@Suite struct AgeFactTests {
  private func checker(unit: String, value: Double) throws -> Checker {
    let json = """
      {"facts": [{"id": "zorglub-\(unit)", "statement": {"fr": "Zorglub.", "en": "Zorglub."},
        "value": {"exact": \(value)}, "unit": "\(unit)",
        "terms": {"fr": {"subject": ["Zorglub"]}, "en": {"subject": ["Zorglub"]}},
        "source": {"publisher": "P", "title": "T", "url": "https://example.org", "published": "2025-01-01"}}]}
      """
    return Checker(base: try FactBase.load(files: [("a.json", Array(json.utf8))]))
  }

  /// A person's age is no length of an event: never a claim about a fact in days; a fact in years may be an age.
  @Test func anAgeSpeaksOnlyOfAFactInYears() throws {
    let days = try checker(unit: "days", value: 3)
    let visit = days.check(text: "Zorglub, un homme de 65 ans, est venu.\n", format: .plainText, language: .fixed(.fr))
    #expect(visit.claims.isEmpty && visit.findings.isEmpty)
    let years = try checker(unit: "years", value: 64)
    let retirement = years.check(
      text: "Zorglub part à la retraite à 62 ans.\n", format: .plainText, language: .fixed(.fr))
    #expect(retirement.findings.map(\.rule) == [Rule.figureMismatch])
  }
}

@Suite struct NewKindExplanationTests {
  /// `factlint explain` names each new kind and what it read: a period's bounds and years, a ratio, an age, points.
  @Test func explainReadsTheNewKinds() {
    let draft = Draft(
      text: "Au T3 2025, les ventes ont été multipliées par quatre, un homme de 65 ans, +0,4 point.\n",
      format: .plainText)
    let explanation = Explainer(checker: Checker(base: FactBase(facts: []))).explain(draft, language: .fixed(.fr))
    let readings = explanation.figures.map(\.reading)
    #expect(readings.count == 4, "\(readings)")
    #expect(readings.contains { $0.hasPrefix("period") && $0.contains("2025-07-01 to 2025-09-30") })
    #expect(readings.contains { $0.hasPrefix("ratio, 4") })
    #expect(readings.contains { $0.hasPrefix("age, 65") })
    #expect(readings.contains { $0.hasPrefix("number, 0.4, percentage-point") })
  }
}

@Suite struct PercentChangeFactTests {
  private func checker(_ value: Double) throws -> Checker {
    let json = """
      {"facts": [{"id": "exports-change", "statement": {"fr": "Les exportations ont changé.", "en": "Exports changed."},
        "value": {"exact": \(value)}, "unit": "percent-change",
        "terms": {"fr": {"subject": ["exportations"]}, "en": {"subject": ["exports"]}},
        "source": {"publisher": "P", "title": "T", "url": "https://example.org", "published": "2025-01-01"}}]}
      """
    return Checker(base: try FactBase.load(files: [("c.json", Array(json.utf8))]))
  }

  /// ×4 is +300 %: a multiplier and a percentage both speak of a change in percent, and fixes keep their shape.
  @Test func multipliersAndPercentagesMeetAPercentChange() throws {
    let rise = try checker(300)
    for right in [
      "Les exportations ont quadruplé.\n", "Les exportations ont été multipliées par 4.\n",
      "Les exportations ont progressé de 300 %.\n",
    ] {
      #expect(rise.check(text: right, format: .plainText, language: .fixed(.fr)).findings.isEmpty, "\(right)")
    }
    let wrong = rise.check(
      text: "Les exportations ont été multipliées par cinq.\n", format: .plainText, language: .fixed(.fr))
    #expect(wrong.findings.map(\.rule) == [Rule.figureMismatch])
    #expect(wrong.findings.first?.fix?.replacement == "quatre")
    let fall = try checker(-50)
    for right in ["Exports were halved.\n", "Exports fell 50%.\n", "Exports fell by -50%.\n"] {
      #expect(fall.check(text: right, format: .plainText, language: .fixed(.en)).findings.isEmpty, "\(right)")
    }
    let overstated = fall.check(text: "Exports fell 60%.\n", format: .plainText, language: .fixed(.en))
    #expect(overstated.findings.first?.fix?.replacement == "50%")
  }
}

@Suite struct CountryGateTests {
  private func checker() throws -> Checker {
    let json = """
      {"facts": [{"id": "china-lithium-refining", "statement": {"fr": "La Chine raffine 65 % du lithium.",
        "en": "China refines 65% of the world's lithium."}, "value": {"exact": 65}, "unit": "percent",
        "terms": {"fr": {"subject": ["Chine"], "context": [["lithium"]]},
          "en": {"subject": ["China"], "context": [["lithium"]]}},
        "source": {"publisher": "P", "title": "T", "url": "https://example.org", "published": "2025-01-01"}}]}
      """
    return Checker(base: try FactBase.load(files: [("c.json", Array(json.utf8))]))
  }

  /// Another country named in the figure's clause makes it that country's figure, with no exclusion written.
  @Test func anotherCountrysFigureIsNotTheFacts() throws {
    let checker = try checker()
    for other in [
      "Chile refines about 30% of the world's lithium, far behind China.\n",
      "Le Chili raffine 30 % du lithium, loin derrière la Chine.\n",
      "China leads, while Australian refiners process 30% of the lithium.\n",
    ] {
      let report = checker.check(text: other, format: .plainText, language: .auto)
      #expect(report.findings.isEmpty, "\(other)")
    }
    for wrong in ["China refines 30% of the world's lithium.\n", "La Chine raffine 30 % du lithium mondial.\n"] {
      let report = checker.check(text: wrong, format: .plainText, language: .auto)
      #expect(report.findings.map(\.rule) == [Rule.figureMismatch], "\(wrong)")
    }
  }

  @Test func countriesAreFoundByTheirNamesCapitalsAndAdjectives() {
    let text = Array("Le Japon et Pékin, la Corée du Sud, the United States and Chilean mines.".utf8)
    let codes = text.withUnsafeBufferPointer { CountryIndex.shared.mentions(in: $0, range: 0..<text.count) }.map(
      \.code)
    #expect(codes == ["JP", "CN", "KR", "US", "CL"])
  }
}

@Suite struct AdvanceIsNoTimeCountedBackTests {
  /// "two years earlier than planned" is an advance: its figure is today's; "two years earlier" counts back.
  @Test func anAdvanceKeepsTheFiguresTime() {
    for (text, flagged) in [
      ("China refined 95% of the world's rare earths two years earlier than planned.\n", true),
      ("China refined 95% of the world's rare earths two years earlier.\n", false),
      ("La Chine raffinait 95 % des terres rares deux ans plus tôt que prévu.\n", true),
      ("La Chine raffinait 95 % des terres rares deux ans plus tôt.\n", false),
    ] {
      let report = checker.check(text: text, format: .plainText, language: .auto)
      #expect(report.findings.isEmpty != flagged, "\(text)")
    }
  }
}

@Suite struct PressRoundingTests {
  private func checker(_ rounding: String?) throws -> Checker {
    let policy = rounding.map { "\"rounding\": \"\($0)\"," } ?? ""
    let json = """
      {\(policy) "facts": [{"id": "zorglub-share", "statement": {"fr": "Zorglub.", "en": "Zorglub."},
        "value": {"exact": 92}, "unit": "percent",
        "terms": {"fr": {"subject": ["Zorglub"]}, "en": {"subject": ["Zorglub"]}},
        "source": {"publisher": "P", "title": "T", "url": "https://example.org", "published": "2025-01-01"}}]}
      """
    return Checker(base: try FactBase.load(files: [("r.json", Array(json.utf8))]))
  }

  /// "90 %" for 92 % is how the press writes it; "80 %" and "95 %" are not; "as-written" keeps the last digit.
  @Test func roundFiguresAreReadAsThePressRounds() throws {
    let press = try checker(nil)
    #expect(press.check(text: "Zorglub atteint 90 %.\n", format: .plainText, language: .fixed(.fr)).findings.isEmpty)
    for wrong in ["Zorglub atteint 80 %.\n", "Zorglub atteint 95 %.\n", "Zorglub atteint exactement 90 %.\n"] {
      #expect(!press.check(text: wrong, format: .plainText, language: .fixed(.fr)).findings.isEmpty, "\(wrong)")
    }
    let written = try checker("as-written")
    #expect(!written.check(text: "Zorglub atteint 90 %.\n", format: .plainText, language: .fixed(.fr)).findings.isEmpty)
    let explained = Explainer(checker: press).explain(
      Draft(text: "Zorglub atteint 90 %.\n", format: .plainText), language: .fixed(.fr))
    #expect(explained.figures.first?.verdict?.acceptedAsRounded == true)
  }
}
