import Drafts
import Figures
import Testing

/// Relative dates, day/month dates, comparison signs, open bounds and bounds joined into ranges.
@Suite struct RelativeDateAndBoundTests {
  @Test func frenchRelativeDates() {
    let cases: [(String, RelativeDate)] = [
      ("Il reviendra [[demain]].", RelativeDate(dayOffset: 1)), ("Il est venu [[hier]].", RelativeDate(dayOffset: -1)),
      ("Il vient [[aujourd’hui]].", RelativeDate(dayOffset: 0)),
      ("Il est venu [[avant-hier]].", RelativeDate(dayOffset: -2)),
      ("Il viendra [[après-demain]].", RelativeDate(dayOffset: 2)),
      ("Il viendra [[mardi]].", RelativeDate(weekday: 2)),
      ("Il viendra [[vendredi prochain]].", RelativeDate(weekday: 5, weekOffset: 1)),
      ("Il est venu [[dimanche dernier]].", RelativeDate(weekday: 7, weekOffset: -1)),
      ("Il viendra [[ce vendredi]].", RelativeDate(weekday: 5, weekOffset: 0)),
      ("Il viendra [[vendredi cette semaine]].", RelativeDate(weekday: 5, weekOffset: 0)),
      ("Il viendra [[dimanche la semaine prochaine]].", RelativeDate(weekday: 7, weekOffset: 1)),
      ("Il reviendra pour [[le 27e]].", RelativeDate(day: 27)),
      ("Les naissances ont chuté [[l'an dernier]].", RelativeDate(yearOffset: -1)),
      ("Les décès ont augmenté [[l’année dernière]].", RelativeDate(yearOffset: -1)),
      ("Le budget sera voté [[l'année prochaine]].", RelativeDate(yearOffset: 1)),
      ("Le déficit se creuse [[cette année]].", RelativeDate(yearOffset: 0)),
    ]
    for (marked, expected) in cases {
      let f = figure(marked, .fr)
      #expect(f?.kind == .relativeDate, "\(marked)")
      #expect(f?.relative == expected, "\(marked)")
      #expect(f?.date == nil, "\(marked)")
    }
    figures("Au 20e siècle, le 27e étage.", .fr)
  }

  @Test func englishRelativeDates() {
    let cases: [(String, RelativeDate)] = [
      ("back [[tomorrow]]", RelativeDate(dayOffset: 1)), ("back [[yesterday]]", RelativeDate(dayOffset: -1)),
      ("back [[the day before yesterday]]", RelativeDate(dayOffset: -2)),
      ("back [[the day after tomorrow]]", RelativeDate(dayOffset: 2)), ("back [[Friday]]", RelativeDate(weekday: 5)),
      ("back [[next Sunday]]", RelativeDate(weekday: 7, weekOffset: 1)),
      ("back [[last Sunday]]", RelativeDate(weekday: 7, weekOffset: -1)),
      ("back [[Friday next week]]", RelativeDate(weekday: 5, weekOffset: 1)),
      ("back [[this week Friday]]", RelativeDate(weekday: 5, weekOffset: 0)),
      ("back [[Friday the 22nd]]", RelativeDate(weekday: 5, day: 22)),
      ("back on [[the 21st]].", RelativeDate(day: 21)),
      ("Births fell [[last year]].", RelativeDate(yearOffset: -1)),
      ("Spending rises [[this year]].", RelativeDate(yearOffset: 0)),
      ("Spending rises again [[next year]].", RelativeDate(yearOffset: 1)),
    ]
    for (marked, expected) in cases {
      let f = figure(marked, .en)
      #expect(f?.kind == .relativeDate, "\(marked)")
      #expect(f?.relative == expected, "\(marked)")
    }
    figures("The 27th floor of the 20th century tower.", .en)
  }

  @Test func dayAndMonthDates() {
    let cases: [(String, Language, CalendarDate)] = [
      ("le [[22/04]]", .fr, CalendarDate(year: nil, month: 4, day: 22)),
      ("le [[4/22]]", .fr, CalendarDate(year: nil, month: 4, day: 22)),
      ("on [[4/22]]", .en, CalendarDate(year: nil, month: 4, day: 22)),
      ("on [[22/04]]", .en, CalendarDate(year: nil, month: 4, day: 22)),
      ("on [[jan-1]]", .en, CalendarDate(year: nil, month: 1, day: 1)),
      ("on [[Jan/1]]", .en, CalendarDate(year: nil, month: 1, day: 1)),
      ("on [[28-nov]]", .en, CalendarDate(year: nil, month: 11, day: 28)),
      ("le [[1-Jan]]", .fr, CalendarDate(year: nil, month: 1, day: 1)),
      ("on [[2015.5.13]]", .en, CalendarDate(year: 2015, month: 5, day: 13)),
      ("on [[fourth of May]]", .en, CalendarDate(year: nil, month: 5, day: 4)),
      ("on [[twenty second of June]]", .en, CalendarDate(year: nil, month: 6, day: 22)),
      ("on [[Jan first]]", .en, CalendarDate(year: nil, month: 1, day: 1)),
      ("on [[May the eleventh]]", .en, CalendarDate(year: nil, month: 5, day: 11)),
      ("on [[May twenty-first]]", .en, CalendarDate(year: nil, month: 5, day: 21)),
    ]
    for (marked, language, expected) in cases {
      let f = figure(marked, language)
      #expect(f?.kind == .date, "\(marked)")
      #expect(f?.date == expected, "\(marked)")
    }
    // Fractions, "24/7" and grades out of 20 stay what they were.
    #expect(figure("[[3/4]] of voters", .en)?.value == 0.75)
    figures("ouvert 24/7", .fr)
    figures("il a eu 12/20", .fr)
  }

  @Test func comparisonSigns() {
    let cases: [(String, Qualifier, Double)] = [
      ("x[[>10]]", .moreThan, 10), ("when [[>= 30]]", .atLeast, 30), ("when [[<-30]]", .lessThan, -30),
      ("when [[<=  -30]]", .atMost, -30), ("are [[< = 100]]", .atMost, 100), ("[[≥ 5 %]] of", .atLeast, 5),
    ]
    for (marked, qualifier, value) in cases {
      let f = figure(marked, .en)
      #expect(f?.qualifier == qualifier, "\(marked)")
      #expect(f?.value == value, "\(marked)")
    }
    #expect(figure("<>[[30]]", .en)?.qualifier == nil)
    #expect(figures("[[2019]] -> [[2020]]", .en).last?.qualifier == nil)
  }

  @Test func openBounds() {
    let cases: [(String, Language, Qualifier, Double)] = [
      ("[[500 or more]] people", .en, .atLeast, 500), ("[[200 or greater than]]", .en, .atLeast, 200),
      ("[[five hundred or less]] in", .en, .atMost, 500), ("ages [[18 and over]].", .en, .atLeast, 18),
      ("[[less than or equal to 100]]", .en, .atMost, 100), ("[[greater than or equal to 50]]", .en, .atLeast, 50),
      ("[[exceeds 3000]]", .en, .moreThan, 3000), ("[[18 ans et plus]].", .fr, .atLeast, 18),
      ("[[10 % ou moins]] des", .fr, .atMost, 10), ("[[supérieur ou égal à 5]]", .fr, .atLeast, 5),
    ]
    for (marked, language, qualifier, value) in cases {
      let f = figure(marked, language)
      #expect(f?.qualifier == qualifier, "\(marked)")
      #expect(f?.value == value, "\(marked)")
    }
    // "equal to" is no bound: the value exactly, and "or more than" starts another figure.
    let two = figures("[[equal to 5000]] or [[more than 4500]]", .en)
    #expect(two.first?.qualifier == .exactly)
    #expect(figure("[[égal à 20 %]] du total", .fr)?.qualifier == .exactly)
    figures("he scored [[20]] and more importantly won", .en)
  }

  @Test func boundsMakeRanges() {
    let cases: [(String, Language, Double, Double)] = [
      ("[[greater than 100 and smaller than 300]]", .en, 100, 300),
      ("[[at most 100 and at least 20]] apples", .en, 20, 100),
      ("[[higher or equal than one hundred, lower or equal than three hundred]]", .en, 100, 300),
      ("[[plus de 10 % et moins de 20 %]]", .fr, 10, 20), ("[[between negative ten and fifteen]]", .en, -10, 15),
      ("[[about 20~100]]", .en, 20, 100), ("[[5k-20k]]", .en, 5000, 20000),
    ]
    for (marked, language, lower, upper) in cases {
      let f = figure(marked, language)
      #expect(f?.lower == lower, "\(marked)")
      #expect(f?.upper == upper, "\(marked)")
    }
    figures("[[More than 40]] and [[less than 10]]", .en)
  }

  @Test func compoundFractions() {
    #expect(figure("[[five and a quarter]] tons", .en)?.value == 5.25)
    #expect(figure("[[three and a fifth]] tons", .en)?.value == 3.2)
    #expect(figure("[[3 million and a quarter]]", .en)?.value == 3_250_000)
  }
}

@Suite struct RelativeDayFormTests {
  @Test func daysOfUnnamedMonthsAndStoryDays() {
    let cases: [(String, Language, RelativeDate)] = [
      ("I went back [[the next day]].", .en, RelativeDate()),
      ("I went back [[on the second]]!", .en, RelativeDate(day: 2)),
      ("I went back [[on 22nd]].", .en, RelativeDate(day: 22)),
      ("I'll go back [[20th of next month]].", .en, RelativeDate(day: 20, monthOffset: 1)),
      ("Je reviendrai [[le 20e mois prochain]].", .fr, RelativeDate(day: 20, monthOffset: 1)),
      ("Je reviendrai [[le jour suivant]].", .fr, RelativeDate()),
      ("I went back [[the last day]].", .en, RelativeDate()),
    ]
    for (marked, language, relative) in cases {
      let f = figure(marked, language)
      #expect(f?.kind == .relativeDate && f?.relative == relative, "\(marked)")
    }
    // A rank before a noun stays a rank.
    figures("He was the second person to land.", .en)
  }

  @Test func datesWrittenOtherWays() {
    #expect(figure("I'll go back [[2019-sep-1]].", .en)?.date == CalendarDate(year: 2019, month: 9, day: 1))
    #expect(figure("Set it for [[october, 1st]].", .en)?.date == CalendarDate(year: nil, month: 10, day: 1))
    // The other order when only it gives a calendar day.
    #expect(figure("Je reviens le [[9-18-15]].", .fr)?.date == CalendarDate(year: 2015, month: 9, day: 18))
    #expect(figure("Je reviens le [[11/12,2016]].", .fr)?.date == CalendarDate(year: 2016, month: 12, day: 11))
    #expect(figure("I'll go back [[11/12,16]].", .en)?.date == CalendarDate(year: 2016, month: 11, day: 12))
    figures("on the last day of the summit", .en)
  }
}
