import Drafts
import Figures
import Testing

/// Figures as newspapers write them, one test per form, in both languages.
@Suite struct PressFormTests {
  /// A marked figure's kind, value, unit and qualifier.
  private func expect(
    _ marked: String, _ language: Language, _ kind: FigureKind, _ value: Double?, unit: String?,
    qualifier: Qualifier? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let f = figure(marked, language, sourceLocation: sourceLocation)
    #expect(f?.kind == kind, "\(marked)", sourceLocation: sourceLocation)
    if let value, let got = f?.value {
      #expect(abs(got - value) <= 1e-9 * max(1, abs(value)), "\(marked): \(got)", sourceLocation: sourceLocation)
    } else {
      #expect(f?.value == value, "\(marked)", sourceLocation: sourceLocation)
    }
    #expect(f?.unit == unit, "\(marked)", sourceLocation: sourceLocation)
    #expect(f?.qualifier == qualifier, "\(marked)", sourceLocation: sourceLocation)
  }

  @Test func aVerbOfMovementBeforeUpToReachesAValue() {
    expect("Inflation edged up to [[3.1%]] in May.", .en, .percent, 3.1, unit: "percent")
    expect("Unemployment crept up to [[4.2%]].", .en, .percent, 4.2, unit: "percent")
    expect("Inflation rose to [[3.1%]].", .en, .percent, 3.1, unit: "percent")
    expect("L’inflation est montée jusqu’à [[3,1 %]] en mai.", .fr, .percent, 3.1, unit: "percent")
    expect("Le taux a grimpé jusqu'à [[5 %]].", .fr, .percent, 5, unit: "percent")
    // Alone, or after a verb that is no movement of a level, it stays a ceiling.
    expect("The plan cuts [[up to 3,000]] jobs.", .en, .number, 3000, unit: nil, qualifier: .atMost)
    expect("[[Up to 30%]] of workers.", .en, .percent, 30, unit: "percent", qualifier: .atMost)
    expect("Une aide [[jusqu’à 30 %]] des salaires.", .fr, .percent, 30, unit: "percent", qualifier: .atMost)
  }

  @Test func moneyAsWrittenInNews() {
    expect("a [[€200m]] contract", .en, .money, 2e8, unit: "EUR")
    expect("a [[$5m]] grant", .en, .money, 5e6, unit: "USD")
    expect("a [[£30bn]] plan", .en, .money, 3e10, unit: "GBP")
    expect("[[USD 75 million]] was paid", .en, .money, 7.5e7, unit: "USD")
    expect("[[75 USD million]] was paid", .en, .money, 7.5e7, unit: "USD")
    expect("[[5 trillion won]] in exports", .en, .money, 5e12, unit: "KRW")
    expect("[[₹500 crore]] for roads", .en, .money, 5e9, unit: "INR")
    expect("[[13 lakh]] people", .en, .number, 1.3e6, unit: nil)
    expect("[[C$3bn]] in aid", .en, .money, 3e9, unit: "CAD")
    expect("[[CHF 2 billion]] in aid", .en, .money, 2e9, unit: "CHF")
    expect("un contrat de [[75 MEUR]]", .fr, .money, 7.5e7, unit: "EUR")
    expect("un budget de [[200 k€]]", .fr, .money, 2e5, unit: "EUR")
    expect("un contrat de [[2,3 Md€]]", .fr, .money, 2.3e9, unit: "EUR")
    expect("un budget de [[200 M€]]", .fr, .money, 2e8, unit: "EUR")
    expect("[[5 000 milliards de wons]] d’exportations", .fr, .money, 5e12, unit: "KRW")
    expect("[[10 milliards de yuans]]", .fr, .money, 1e10, unit: "CNY")
    expect("[[2 milliards de francs suisses]]", .fr, .money, 2e9, unit: "CHF")
    // "m" glued to digits without a currency is metres, no figure of money.
    figures("a 200m sprint", .en)
  }

  @Test func percentagePointsAreTheirOwnUnit() {
    expect("It rose [[0.4 pp]] overall.", .en, .number, 0.4, unit: "percentage-point")
    expect("It rose [[1.5 percentage points]].", .en, .number, 1.5, unit: "percentage-point")
    expect("Le taux a baissé de [[0,4 point]].", .fr, .number, 0.4, unit: "percentage-point")
    expect("Le chômage a reculé de [[deux points]].", .fr, .number, 2, unit: "percentage-point")
    expect("Une hausse de [[1,5 point de pourcentage]].", .fr, .number, 1.5, unit: "percentage-point")
  }

  @Test func multipliersAreRatios() {
    expect("Exports rose [[fivefold]].", .en, .ratio, 5, unit: "times")
    expect("Sales were [[multiplied by four]].", .en, .ratio, 4, unit: "times")
    expect("Prices [[doubled]] again.", .en, .ratio, 2, unit: "times")
    expect("Output was [[halved]].", .en, .ratio, 0.5, unit: "times")
    expect("It is [[three times higher]].", .en, .ratio, 3, unit: "times")
    expect("It has [[three times as]] many staff.", .en, .ratio, 3, unit: "times")
    expect("a [[five-fold]] rise", .en, .ratio, 5, unit: "times")
    expect("It is [[five times]] what Europe added.", .en, .ratio, 5, unit: "times")
    expect("Costs were [[divided by two]].", .en, .ratio, 0.5, unit: "times")
    expect("Les ventes ont été [[multipliées par quatre]].", .fr, .ratio, 4, unit: "times")
    expect("Les ventes ont été [[multipliées par 4]].", .fr, .ratio, 4, unit: "times")
    expect("La production a été [[divisée par deux]].", .fr, .ratio, 0.5, unit: "times")
    expect("C’est [[trois fois plus]] qu’avant.", .fr, .ratio, 3, unit: "times")
    expect("C’est [[deux fois moins]] qu’avant.", .fr, .ratio, 0.5, unit: "times")
    expect("Les prix ont [[doublé]].", .fr, .ratio, 2, unit: "times")
    expect("Les exportations ont [[triplé]].", .fr, .ratio, 3, unit: "times")
    // Not multipliers: a count of occurrences, a percentage after "par", a magnitude.
    figures("He visited [[three]] times.", .en)
    figures("Il a été élu [[deux]] fois.", .fr)
    figures("Le prix est multiplié par [[4 %]] chaque année.", .fr)
  }

  @Test func aRatioIsWrittenBackAsItIsRead() {
    for language in [Language.fr, .en] {
      for value in [2.0, 4, 10, 0.5, 0.25] {
        let text = FigureWriter.write(ratio: value, language: language)
        let read = FigureExtractor(language: language).figures(in: "C " + text + ".")
        #expect(read.count == 1 && read.first?.kind == .ratio, "\(text)")
        #expect(read.first?.value == value, "\(text)")
      }
    }
  }

  @Test func durationsWithoutADigit() {
    expect("He stayed for [[a month]] in Tokyo.", .en, .duration, 1, unit: "month")
    expect("The talks lasted [[a week]].", .en, .duration, 1, unit: "week")
    expect("[[A year]] later, he left.", .en, .duration, 1, unit: "year")
    expect("It took [[about a year]].", .en, .duration, 1, unit: "year", qualifier: .about)
    expect("Talks resume in [[a fortnight]].", .en, .duration, 14, unit: "day")
    expect("Il est resté [[un mois]] à Tokyo.", .fr, .duration, 1, unit: "month")
    expect("Il reste [[une quinzaine de jours]].", .fr, .duration, 15, unit: "day", qualifier: .about)
    expect("[[Une dizaine]] de pays ont signé.", .fr, .number, 10, unit: nil, qualifier: .about)
    expect("Un plan [[quinquennal]] de soutien.", .fr, .duration, 5, unit: "year")
    expect("The [[biennial]] summit opens.", .en, .duration, 2, unit: "year")
    // Rates are no durations.
    figures("They meet once a week.", .en)
    figures("It costs [[5 dollars]] a year.", .en)
  }

  /// A period's first and last days, as "YYYY-MM-DD/YYYY-MM-DD".
  private func expectPeriod(
    _ marked: String, _ language: Language, _ bounds: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let f = figure(marked, language, sourceLocation: sourceLocation)
    #expect(f?.kind == .period, "\(marked)", sourceLocation: sourceLocation)
    let written = f?.period.map { FigureWriter.write(period: $0, language: .en) }
    let iso = f?.period.map { $0.start.iso + "/" + $0.end.iso }
    #expect(iso == bounds, "\(marked): \(written ?? "none")", sourceLocation: sourceLocation)
  }

  @Test func quartersHalvesAndPartsOfAYearArePeriods() {
    expectPeriod("La croissance au [[T3 2025]] a ralenti.", .fr, "2025-07-01/2025-09-30")
    expectPeriod("Growth slowed in [[Q3 2025]].", .en, "2025-07-01/2025-09-30")
    expectPeriod("Il a progressé au [[deuxième trimestre 2025]].", .fr, "2025-04-01/2025-06-30")
    expectPeriod("Il a progressé au [[2e trimestre de 2025]].", .fr, "2025-04-01/2025-06-30")
    expectPeriod("It grew in the [[third quarter of 2025]].", .en, "2025-07-01/2025-09-30")
    expectPeriod("It grew in the [[4th quarter of 2024]].", .en, "2024-10-01/2024-12-31")
    expectPeriod("Au [[premier semestre 2024]], les ventes ont baissé.", .fr, "2024-01-01/2024-06-30")
    expectPeriod("Sales fell in [[H1 2024]].", .en, "2024-01-01/2024-06-30")
    expectPeriod("Sales fell in the [[second half of 2024]].", .en, "2024-07-01/2024-12-31")
    expectPeriod("Livraison prévue [[mi-2026]].", .fr, "2026-05-01/2026-08-31")
    expectPeriod("Delivery is due by [[mid-2026]].", .en, "2026-05-01/2026-08-31")
    expectPeriod("Le chantier a pris fin [[fin 2024]].", .fr, "2024-09-01/2024-12-31")
    expectPeriod("It reopened in [[late 2024]].", .en, "2024-09-01/2024-12-31")
    expectPeriod("It closes at the [[end of 2024]].", .en, "2024-09-01/2024-12-31")
    expectPeriod("Prévu [[début 2025]].", .fr, "2025-01-01/2025-04-30")
    expectPeriod("Due in [[early 2025]].", .en, "2025-01-01/2025-04-30")
    expectPeriod("Sur l’[[exercice 2025-2026]], le déficit se creuse.", .fr, "2025-01-01/2026-12-31")
    expectPeriod("Revenue grew in [[FY2025]].", .en, "2025-01-01/2025-12-31")
    expectPeriod("Revenue grew in [[fiscal 2025]].", .en, "2025-01-01/2025-12-31")
    expectPeriod("The population peaks in the [[2080s]].", .en, "2080-01-01/2089-12-31")
    expectPeriod("La population culminera au milieu des [[années 2080]].", .fr, "2080-01-01/2089-12-31")
    // Without a year there is no period; a fraction stays a fraction; "over the last year" is a span, not a year.
    figures("Prices rose over the last year.", .en)
    figures("La dernière année de son mandat.", .fr)
    figures("It grew in the third quarter.", .en)
    figures("Au deuxième trimestre, il a progressé.", .fr)
    figures("[[A quarter]] of adults agree.", .en)
  }

  @Test func aPeriodIsWrittenBackAsItIsRead() {
    let periods = [
      CalendarPeriod(year: 2025, months: 7...9), CalendarPeriod(year: 2024, months: 1...6),
      CalendarPeriod(year: 2024, months: 7...12), CalendarPeriod(year: 2026, months: 5...8),
      CalendarPeriod(year: 2024, months: 9...12), CalendarPeriod(year: 2025, months: 1...4),
      CalendarPeriod(year: 2025, months: 1...12), CalendarPeriod(year: 2025, months: 1...12, lastYear: 2026),
    ]
    for language in [Language.fr, .en] {
      for period in periods {
        let text = FigureWriter.write(period: period, language: language)
        let read = FigureExtractor(language: language).figures(in: "Au " + text + ".")
        #expect(read.count == 1 && read.first?.period == period, "\(language) \(text)")
      }
    }
  }

  @Test func datesWithTheirSeparators() {
    for (marked, language) in [
      ("Le sommet du [[22.Nov.2025]] à Tokyo.", Language.fr), ("The summit on [[22-Nov-2025]] in Tokyo.", .en),
      ("The summit on [[22/Nov/2025]] in Tokyo.", .en), ("Le sommet du [[22 novembre 2025]].", .fr),
    ] {
      let f = figure(marked, language)
      #expect(f?.kind == .date && f?.date == CalendarDate(year: 2025, month: 11, day: 22), "\(marked)")
    }
    #expect(figure("Signed on [[Nov. 22]].", .en)?.date == CalendarDate(year: nil, month: 11, day: 22))
    #expect(figure("Signé le [[1er novembre]].", .fr)?.date == CalendarDate(year: nil, month: 11, day: 1))
    #expect(figure("Signed on [[November 1st]].", .en)?.date == CalendarDate(year: nil, month: 11, day: 1))
    // No calendar has the 31st of November: no date, and neither day nor year is read.
    figures("Signed on 31-Nov-2025.", .en)
  }

  @Test func sharesWithTheirNoun() {
    expect("[[Un Français sur trois]] renonce aux soins.", .fr, .number, 1.0 / 3, unit: "fraction")
    expect("[[Neuf salariés sur dix]] approuvent.", .fr, .number, 0.9, unit: "fraction")
    expect("[[One adult in five]] smokes.", .en, .number, 0.2, unit: "fraction")
    expect("[[Nine in ten]] adults agree.", .en, .number, 0.9, unit: "fraction")
    expect("It cost [[a quarter of a billion dollars]].", .en, .money, 2.5e8, unit: "USD")
    expect("[[Two thirds of a million]] people left.", .en, .number, 2e6 / 3, unit: nil)
    // A year is no denominator.
    figures("[[Two]] people in [[2025]].", .en)
  }

  @Test func agesAreNoDurations() {
    expect("Un homme de [[65 ans]] a été arrêté.", .fr, .age, 65, unit: "year")
    expect("Il est âgé de [[65 ans]].", .fr, .age, 65, unit: "year")
    expect("Emmanuel Macron ([[47 ans]]) a parlé.", .fr, .age, 47, unit: "year")
    expect("La retraite à [[64 ans]].", .fr, .age, 64, unit: "year")
    expect("A [[65-year-old]] man was held.", .en, .age, 65, unit: "year")
    expect("He was aged [[65]].", .en, .age, 65, unit: "year")
    expect("He is [[65 years old]].", .en, .age, 65, unit: "year")
    // Lengths of time stay durations.
    expect("Une peine de [[5 ans]].", .fr, .duration, 5, unit: "year")
    expect("A [[five-year]] plan.", .en, .duration, 5, unit: "year")
    expect("It lasted [[65 years]].", .en, .duration, 65, unit: "year")
    for language in [Language.fr, .en] {
      let text = FigureWriter.write(age: 65, language: language)
      let read = FigureExtractor(language: language).figures(in: "Il est âgé de " + text + ", aged " + text + ".")
      #expect(read.contains { $0.kind == .age && $0.value == 65 }, "\(text)")
    }
  }

  @Test func pointsAreWrittenBackAsTheyAreRead() {
    for language in [Language.fr, .en] {
      for value in [0.4, 1.0, 2.0, 1.5] {
        let text = FigureWriter.write(points: value, language: language)
        let read = FigureExtractor(language: language).figures(in: "Il a reculé de " + text + ".")
        #expect(read.count == 1 && read.first?.unit == "percentage-point" && read.first?.value == value, "\(text)")
      }
    }
  }
}
