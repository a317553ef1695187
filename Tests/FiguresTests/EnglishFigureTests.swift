import Drafts
import Figures
import Testing

@Suite struct EnglishFigureTests {
  @Test func integersAndDecimals() {
    #expect(figure("[[2.5]] times", .en)?.value == 2.5)
    #expect(figure("[[4,000]] troops", .en)?.value == 4000)
    #expect(figure("[[4\u{00A0}000]] troops", .en)?.value == 4000)
    #expect(figure("[[1,234,567.5]] tons", .en)?.value == 1_234_567.5)
    #expect(figure("[[4.800]] tons", .en)?.value == 4.8)
  }

  @Test func percentages() {
    let forms = ["[[92%]] of", "[[92 %]] of", "[[92 percent]] of", "[[92 per cent]] of", "[[ninety-two percent]] of"]
    for marked in forms {
      let f = figure("China controls " + marked + " refining", .en)
      #expect(f?.kind == .percent, "\(marked)")
      #expect(f?.value == 92, "\(marked)")
    }
    #expect(figure("[[2 percentage points]]", .en)?.unit == "percentage-point")
    #expect(figure("down [[minus five percent]]", .en)?.value == -5)
  }

  @Test func numbersInWords() {
    let cases: [(String, Double)] = [
      ("[[two]] deals", 2), ("[[ninety-five]] deals", 95), ("[[twenty-one]] deals", 21),
      ("[[a hundred]] deals", 100), ("[[one thousand]] deals", 1000), ("[[one hundred and six]] deals", 106),
      ("[[two million]] people", 2e6),
    ]
    for (marked, value) in cases {
      let f = figure(marked, .en)
      #expect(f?.value == value, "\(marked)")
      #expect(f?.spelledOut == true, "\(marked)")
    }
    figures("Which one do you prefer? One of the allies, a friend.", .en)
  }

  @Test func magnitudes() {
    #expect(figure("[[1.5 billion]] people", .en)?.value == 1.5e9)
    #expect(figure("[[3 bn]] people", .en)?.value == 3e9)
    #expect(figure("[[10k]] people", .en)?.value == 1e4)
  }

  @Test func fractions() {
    #expect(figure("[[half]] of the cobalt", .en)?.value == 0.5)
    #expect(figure("[[a third]] of the cobalt", .en)?.value == 1.0 / 3)
    #expect(figure("[[three quarters]] of the cobalt", .en)?.value == 0.75)
    #expect(figure("[[two-thirds]] of the cobalt", .en)?.value == 2.0 / 3)
    #expect(figure("[[one in five]] adults", .en)?.value == 0.2)
    #expect(figure("[[one and a half]] tons", .en)?.value == 1.5)
    let more = figure("[[more than half]] the cobalt", .en)
    #expect(more?.qualifier == .moreThan)
    #expect(more?.value == 0.5)
    figures("in the second half of the year, a third term", .en)
  }

  @Test func ranges() {
    for marked in [
      "[[between 400 and 600 percent]]", "[[from 400 to 600%]]", "[[400-600%]]", "[[400–600%]]",
      "[[400 to 600%]]",
    ] {
      let f = figure("a rise of " + marked + " in prices", .en)
      #expect(f?.lower == 400, "\(marked)")
      #expect(f?.upper == 600, "\(marked)")
      #expect(f?.kind == .percent, "\(marked)")
    }
    let money = figure("[[$2-3 billion]]", .en)
    #expect(money?.kind == .money)
    #expect(money?.lower == 2e9)
    #expect(money?.upper == 3e9)
  }

  @Test func qualifiers() {
    let cases: [(String, Qualifier)] = [
      ("[[more than 60%]]", .moreThan), ("[[over 60%]]", .moreThan), ("[[less than 60%]]", .lessThan),
      ("[[under 60%]]", .lessThan), ("[[at least 60%]]", .atLeast), ("[[up to 60%]]", .atMost),
      ("[[nearly 60%]]", .nearly), ("[[almost 60%]]", .nearly), ("[[about 60%]]", .about),
      ("[[around 60%]]", .about), ("[[roughly 60%]]", .about),
    ]
    for (marked, qualifier) in cases {
      let f = figure("China controls " + marked + " of it", .en)
      #expect(f?.qualifier == qualifier, "\(marked)")
      #expect(f?.value == 60, "\(marked)")
    }
  }

  @Test func dates() {
    #expect(figure("on [[October 28, 2025]].", .en)?.date == CalendarDate(year: 2025, month: 10, day: 28))
    #expect(figure("on [[28 October 2025]].", .en)?.date == CalendarDate(year: 2025, month: 10, day: 28))
    #expect(
      figure("on [[Tuesday, October 28, 2025]].", .en)?.date
        == CalendarDate(year: 2025, month: 10, day: 28, weekday: 2))
    #expect(figure("on [[Oct. 28]], he", .en)?.date == CalendarDate(year: nil, month: 10, day: 28))
    #expect(figure("on [[10/28/2025]]", .en)?.date == CalendarDate(year: 2025, month: 10, day: 28))
    #expect(figure("on [[28/10/2025]]", .en)?.date == CalendarDate(year: 2025, month: 10, day: 28))
    #expect(figure("on [[2025-10-28]]", .en)?.date == CalendarDate(year: 2025, month: 10, day: 28))
    #expect(figure("in [[October 2025]]", .en)?.date == CalendarDate(year: 2025, month: 10, day: nil))
    #expect(figure("in [[2024]], the", .en)?.value == 2024)
    figures("You may go, and we march on.", .en)
  }

  @Test func durations() {
    let cases: [(String, Double, String)] = [
      ("a [[three-day]] visit", 3, "day"), ("for [[one week]]", 1, "week"), ("for [[two decades]]", 2, "decade"),
      ("in [[48 hours]]", 48, "hour"), ("the next [[six months]]", 6, "month"), ("for [[two years]]", 2, "year"),
      ("a [[10-year]] plan", 10, "year"),
    ]
    for (marked, value, unit) in cases {
      let f = figure(marked, .en)
      #expect(f?.kind == .duration, "\(marked)")
      #expect(f?.value == value, "\(marked)")
      #expect(f?.unit == unit, "\(marked)")
    }
    // "over" before a duration means "during", not "more than".
    #expect(figure("over [[three years]]", .en)?.qualifier == nil)
  }

  @Test func money() {
    let cases: [(String, Double, String)] = [
      ("[[$2.5 billion]]", 2.5e9, "USD"), ("[[€40]]", 40, "EUR"), ("[[40 euros]]", 40, "EUR"),
      ("[[¥1,000]]", 1000, "JPY"), ("[[USD 5 million]]", 5e6, "USD"), ("[[10 dollars]]", 10, "USD"),
      ("[[£8.10 million]]", 8.1e6, "GBP"), ("[[US$ 150 million]]", 150e6, "USD"),
      ("[[361 million pounds]]", 361e6, "GBP"), ("[[10,000 Swiss francs]]", 10_000, "CHF"),
      ("[[50 cents]]", 0.5, "USD"),
    ]
    for (marked, value, unit) in cases {
      let f = figure("they paid " + marked + " for it", .en)
      #expect(f?.kind == .money, "\(marked)")
      #expect(f?.value == value, "\(marked)")
      #expect(f?.unit == unit, "\(marked)")
    }
    figures("a [[10]] pounds weight", .en)
  }
}
