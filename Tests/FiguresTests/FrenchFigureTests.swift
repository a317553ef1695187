import Drafts
import Figures
import Testing

@Suite struct FrenchFigureTests {
  @Test func integersAndDecimals() {
    #expect(figure("soit [[2,5]] tonnes", .fr)?.value == 2.5)
    #expect(figure("soit [[2.5]] tonnes", .fr)?.value == 2.5)
    // A factor: a ratio of 2.5, its number read the same way.
    #expect(figure("soit [[2,5 fois plus]]", .fr)?.kind == .ratio)
    #expect(figure("soit [[2,5 fois plus]]", .fr)?.value == 2.5)
    #expect(figure("il y a [[4 000]] soldats", .fr)?.value == 4000)
    #expect(figure("il y a [[4\u{00A0}000]] soldats", .fr)?.value == 4000)
    #expect(figure("il y a [[4\u{202F}000]] soldats", .fr)?.value == 4000)
    #expect(figure("valeur [[4,000]] exactement", .fr)?.value == 4.0)
    #expect(figure("soit [[1.234,5]] tonnes", .fr)?.value == 1234.5)
    #expect(figure("soit [[1 234 567]] habitants", .fr)?.value == 1_234_567)
  }

  @Test func precisionFollowsTheLastWrittenDigit() {
    #expect(figure("[[92]] pays", .fr)?.precision == 0.5)
    #expect(figure("[[2,5]] fois", .fr)?.precision == 0.05)
    #expect(figure("[[4 000]] soldats", .fr)?.precision == 0.5)
    #expect(figure("[[1,5 milliard]] d’habitants", .fr)?.precision == 0.05e9)
  }

  @Test func percentages() {
    for marked in [
      "la Chine assure [[92 %]] de", "la Chine assure [[92%]] de", "la Chine assure [[92\u{00A0}%]] de",
      "la Chine assure [[92 pour cent]] de", "la Chine assure [[92 pourcent]] de",
      "la Chine assure [[quatre-vingt-douze pour cent]] de",
    ] {
      let f = figure(marked, .fr)
      #expect(f?.kind == .percent, "\(marked)")
      #expect(f?.value == 92, "\(marked)")
      #expect(f?.unit == "percent", "\(marked)")
    }
    #expect(figure("[[quatre-vingt-douze pour cent]]", .fr)?.spelledOut == true)
    #expect(figure("une hausse de [[2,5 %]]", .fr)?.value == 2.5)
  }

  @Test func numbersInWords() {
    let cases: [(String, Double)] = [
      ("[[deux]] protocoles", 2), ("[[vingt et un]] pays", 21), ("[[quatre-vingt-quinze]] pays", 95),
      ("[[quatre-vingt-douze]] pays", 92), ("[[soixante-dix]] pays", 70), ("[[cent]] pays", 100),
      ("[[mille]] pays", 1000), ("[[deux cents]] pays", 200), ("[[un million]] d’habitants", 1e6),
      ("[[soixante et onze]] pays", 71), ("[[quatre-vingt-dix-neuf]] pays", 99),
      ("[[deux mille vingt-cinq]] pays", 2025),
    ]
    for (marked, value) in cases {
      let f = figure(marked, .fr)
      #expect(f?.value == value, "\(marked)")
      #expect(f?.spelledOut == true, "\(marked)")
      #expect(f?.kind == .number, "\(marked)")
    }
  }

  @Test func articlesAloneAreNoFigures() {
    figures("un allié au plus haut niveau et une relation privilégiée", .fr)
    figures("Il a rencontré un ministre, puis une délégation.", .fr)
  }

  @Test func magnitudes() {
    #expect(figure("[[1,5 milliard]] d’habitants", .fr)?.value == 1.5e9)
    #expect(figure("[[2 millions]] de personnes", .fr)?.value == 2e6)
    #expect(figure("une dette de [[1 billion]]", .fr)?.value == 1e12)
    #expect(figure("[[mille milliards]] de dettes", .fr)?.value == 1e12)
    #expect(figure("[[deux millions]] de personnes", .fr)?.value == 2e6)
    #expect(figure("[[3 Md]] d’habitants", .fr)?.value == 3e9)
  }

  @Test func fractions() {
    let half = figure("[[la moitié]] du cobalt", .fr)
    #expect(half?.value == 0.5)
    #expect(half?.unit == "fraction")
    #expect(numberText(half, in: "[[la moitié]] du cobalt") == "moitié")
    #expect(figure("[[un tiers]] des pays", .fr)?.value == 1.0 / 3)
    #expect(figure("[[deux tiers]] des pays", .fr)?.value == 2.0 / 3)
    #expect(figure("[[un quart]] des pays", .fr)?.value == 0.25)
    #expect(figure("[[trois quarts]] des pays", .fr)?.value == 0.75)
    #expect(figure("[[un sur trois]]", .fr)?.value == 1.0 / 3)
    #expect(figure("[[deux millions et demi]] d’habitants", .fr)?.value == 2.5e6)
    figures("un verre à moitié vide et un cinquième mandat", .fr)
  }

  @Test func ranges() {
    for marked in [
      "[[400 à 600 %]]", "[[entre 400 et 600 %]]", "[[de 400 à 600 %]]", "[[400-600%]]",
      "[[400–600 %]]", "[[400 % à 600 %]]",
    ] {
      let f = figure("une hausse " + marked + " des prix", .fr)
      #expect(f?.lower == 400, "\(marked)")
      #expect(f?.upper == 600, "\(marked)")
      #expect(f?.value == nil, "\(marked)")
      #expect(f?.kind == .percent, "\(marked)")
      #expect(f?.unit == "percent", "\(marked)")
      #expect(f?.isRange == true, "\(marked)")
    }
    let f = figure("une hausse [[de 400 à 600 %]] des prix", .fr)
    #expect(numberText(f, in: "une hausse [[de 400 à 600 %]] des prix") == "400 à 600")
    let money = figure("[[entre 2 et 3 milliards de dollars]]", .fr)
    #expect(money?.lower == 2e9)
    #expect(money?.upper == 3e9)
    #expect(money?.unit == "USD")
    #expect(figure("[[de trois à six mois]]", .fr)?.unit == "month")
  }

  @Test func aChangeIsNoRange() {
    let found = figures("le chômage est passé de [[7 %]] à [[8 %]]", .fr)
    #expect(found.map(\.value) == [7, 8])
  }

  @Test func qualifiers() {
    let cases: [(String, Qualifier, Double)] = [
      ("[[plus de 60 %]] de", .moreThan, 60), ("[[moins de 60 %]] de", .lessThan, 60),
      ("[[au moins 60 %]] de", .atLeast, 60), ("[[au plus 60 %]] de", .atMost, 60),
      ("[[jusqu’à 4 000 %]] de", .atMost, 4000), ("[[jusqu'à 4 000 %]] de", .atMost, 4000),
      ("[[près de 60 %]] de", .nearly, 60), ("[[presque 60 %]] de", .nearly, 60), ("[[environ 60 %]] de", .about, 60),
      ("[[quelque 300]] soldats", .about, 300), ("[[plus d’un million]] de", .moreThan, 1e6),
    ]
    for (marked, qualifier, value) in cases {
      let f = figure(marked, .fr)
      #expect(f?.qualifier == qualifier, "\(marked)")
      #expect(f?.value == value, "\(marked)")
    }
    let more = figure("la Chine assure [[plus de 60 %]] de l’extraction", .fr)
    #expect(numberText(more, in: "la Chine assure [[plus de 60 %]] de l’extraction") == "60")
    let half = figure("[[plus de la moitié]] du cobalt", .fr)
    #expect(half?.qualifier == .moreThan)
    #expect(half?.value == 0.5)
    #expect(half?.unit == "fraction")
  }

  @Test func dates() {
    let full = figure("[[mardi 28 octobre 2025]]", .fr)
    #expect(full?.kind == .date)
    #expect(full?.value == nil)
    #expect(full?.date == CalendarDate(year: 2025, month: 10, day: 28, weekday: 2))
    #expect(figure("le [[28 octobre 2025]].", .fr)?.date == CalendarDate(year: 2025, month: 10, day: 28))
    #expect(figure("[[mardi 28 octobre]], que", .fr)?.date == CalendarDate(year: nil, month: 10, day: 28, weekday: 2))
    #expect(figure("le [[31 mars]] prochain", .fr)?.date == CalendarDate(year: nil, month: 3, day: 31))
    #expect(figure("le [[1er janvier 2024]]", .fr)?.date == CalendarDate(year: 2024, month: 1, day: 1))
    #expect(figure("le [[28/10/2025]]", .fr)?.date == CalendarDate(year: 2025, month: 10, day: 28))
    #expect(figure("le [[2025-10-28]]", .fr)?.date == CalendarDate(year: 2025, month: 10, day: 28))
    #expect(figure("en [[octobre 2025]]", .fr)?.date == CalendarDate(year: 2025, month: 10, day: nil))
    let year = figure("en [[2010]], déjà", .fr)
    #expect(year?.kind == .number)
    #expect(year?.value == 2010)
  }

  @Test func durations() {
    let cases: [(String, Double, String)] = [
      ("dans les [[six prochains mois]]", 6, "month"), ("les [[six mois]] suivant", 6, "month"),
      ("avec [[deux ans]] d’avance", 2, "year"), ("pendant [[trois jours]]", 3, "day"),
      ("depuis [[une semaine]]", 1, "week"), ("en [[48 heures]]", 48, "hour"),
      ("depuis [[deux décennies]]", 2, "decade"), ("depuis [[deux ans et demi]]", 2.5, "year"),
    ]
    for (marked, value, unit) in cases {
      let f = figure(marked, .fr)
      #expect(f?.kind == .duration, "\(marked)")
      #expect(f?.value == value, "\(marked)")
      #expect(f?.unit == unit, "\(marked)")
    }
    figures("Un jour, il reviendra à 10 heures.", .fr)
  }

  @Test func money() {
    let cases: [(String, Double, String)] = [
      ("[[2,5 milliards de dollars]]", 2.5e9, "USD"), ("[[40 €]]", 40, "EUR"), ("[[40 euros]]", 40, "EUR"),
      ("[[€40]]", 40, "EUR"), ("[[100 yens]]", 100, "JPY"), ("[[10 dollars]]", 10, "USD"),
      ("[[323 millions d’euros]]", 323e6, "EUR"), ("[[75 millions de $]]", 75e6, "USD"),
      ("[[10 000 francs suisses]]", 10_000, "CHF"), ("[[48,2 millions $]]", 48.2e6, "USD"),
    ]
    for (marked, value, unit) in cases {
      let found = figures("il a payé " + marked + " [[hier]]", .fr)
      #expect(found.last?.kind == .relativeDate)
      let f = found.first
      #expect(f?.kind == .money, "\(marked)")
      #expect(f?.value == value, "\(marked)")
      #expect(f?.unit == unit, "\(marked)")
    }
    figures("il a lu [[10]] livres", .fr)
  }
}
