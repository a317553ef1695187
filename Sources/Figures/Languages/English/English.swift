import Drafts

extension LanguageDescription {
  /// English: "92%", "4,000", "2.5", "$2.5 billion"; billion is 10^9.
  static let english = LanguageDescription(
    language: .en,
    lexicon: Lexicon(EnglishWords.build()),
    grammar: Grammar(
      decimalComma: false, monthBeforeDay: true, ofBetweenDayAndMonth: true, commaBeforeYear: true,
      ordinalDayWords: true, commonWordMonths: [5: 3, 3: 5], marksOutOfTwenty: false, weekShiftBeforeWeekday: true,
      dayShiftNeedsDayNoun: true, hundredAfterNumber: true, teenHundreds: true, tensAfterHundredDenominate: true,
      compoundTens: false,
      numberJoiner: .afterHundreds, half: .determiner, oneIsArticle: false, ofBeforeCurrency: false),
    spell: EnglishNumberWords.words,
    typography: Typography(
      thousandsSeparator: ",", decimalSeparator: ".", percentSign: "%", unitSpace: " ", rangeJoiner: " to ",
      currencySymbolFirst: true, dayFirst: false),
    months: [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December",
    ],
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    writeDate: { date, month, weekday in
      var text = month
      if let d = date.day { text += " \(d)" }
      if let y = date.year { text += date.day == nil ? " \(y)" : ", \(y)" }
      if let weekday { text = weekday + ", " + text }
      return text
    },
    magnitudes: [12: ("trillion", "trillion"), 9: ("billion", "billion"), 6: ("million", "million")],
    magnitudeAbbreviations: [3: "k", 6: "m", 9: "bn", 12: "tn"],
    isPlural: { abs($0) != 1 },
    durationNoun: { unit, plural in
      if unit == "century" { return plural ? "centuries" : "century" }
      return plural ? unit + "s" : unit
    },
    feminineUnits: [],
    writeMoney: { number, magnitude, currency, _ in
      let scaled = magnitude.map { number + " " + $0 } ?? number
      if let symbol = FigureWriter.prefixSymbol(currency) { return symbol + scaled }
      return scaled + " " + currency
    },
    qualify: { qualifier, text in
      let prefix =
        switch qualifier {
        case .moreThan: "more than"
        case .atLeast: "at least"
        case .lessThan: "less than"
        case .atMost: "up to"
        case .about: "about"
        case .nearly: "nearly"
        case .exactly: "exactly"
        }
      return prefix + " " + text
    },
    timesMore: " times more", timesLess: " times less", ageTail: " old",
    pointsNoun: ("percentage point", "percentage points"),
    writePeriod: { name in
      let ranks = ["first", "second", "third", "fourth"]
      switch name {
      case .quarter(let q, let year): return "the \(ranks[q - 1]) quarter of \(year)"
      case .half(let h, let year): return "the \(ranks[h - 1]) half of \(year)"
      case .part(.early, let year): return "early \(year)"
      case .part(.middle, let year): return "mid-\(year)"
      case .part(_, let year): return "late \(year)"
      case .fiscal(let year, let last?): return "fiscal \(year)-\(last)"
      case .fiscal(let year, nil): return "FY\(year)"
      }
    },
    pronouns: "it its they their he she his her this these that those such",
    timeShiftBefore: [],
    timeShiftAfter: [" ago", " earlier", " before"],
    stopwords: """
      the a an of in on at by for to from with without and or but as is are was were be been being has have had do
      does did it its this that these those which who whom whose what there their they he she his her we our you your
      not no than more less most very also about around according some per into over under between after before since
      during while reached reaches reaching recorded records record stood stands stand totalled totaled total level
      number year years figure figures new first last end january february march april may june july august
      september october november december monday tuesday wednesday thursday friday saturday sunday s its compared
      account accounted accounts share low high mark threshold could would should will may might can
      """,
    stem: { EnglishStemmer.stem($0) },
    frameWords: FrameWords(
      change:
        "increase increased increases grow grows growing decrease decreased decline declined drop dropped fall fell rise rose rising grew growth gain gained loss lost up down higher lower fewer jump jumped climbed slipped",
      forecast:
        "will would should could expected expects expect forecast forecasts projected projection projections predicted estimate estimated likely",
      target: "target targets goal goals aim aims aiming aimed objective pledge pledged",
      demand:
        "urge urges urged urging demanded demand+that demands+that wants wanted press pressed pressing call+on calls+on called+on asked asks",
      earlierLevel: "from previous prior",
      comparison: "versus vs against",
      comparedWith: "than versus vs against unlike",
      baseYear: "than compared from since versus vs",
      crossing: "below under above beneath",
      partOfYear:
        "first+half second+half first+quarter second+quarter third+quarter fourth+quarter half+year half+yearly quarterly h1 h2 q1 q2 q3 q4",
      attribution: "announced announces said says declared stated confirmed pledged promised told",
      verbEndings: ["ing", "ed"],
      links: "of by", articles: "a an the", conjunctions: "and or while whereas"))
}
