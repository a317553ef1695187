import Drafts

/// The words around figures in one language: numbers, magnitudes, units, months, qualifiers.
///
/// Built once per language (held by its `LanguageDescription`) and shared, read-only, by every extractor.
struct Lexicon: Sendable {
  let entries: [WordInfo]
  let table: WordTable
  /// Qualifier phrases, longest first, as lexicon entries; `durations` is false for "over", which before a
  /// duration means "during".
  let qualifiers: [QualifierPhrase]
  /// Per entry, `Hint` bits the scanner tests before looking at the entry itself.
  let hints: [UInt8]
  /// The words of `qualifiers`, phrase after phrase, so that matching them touches no nested array.
  let qualifierWords: [Int32]
  /// The phrases of `qualifiers` ending with entry `e`, in `qualifiers` order:
  /// `phrasesByLast[lastWordStarts[e]..<lastWordStarts[e + 1]]`.
  let phrasesByLast: [QualifierSlot]
  let lastWordStarts: [Int32]

  /// Bits of `hints`.
  enum Hint {
    /// The word may start a figure: `FigureScanner.match` finds nothing at a word without this bit.
    static let startsFigure: UInt8 = 1 << 0
  }

  static let currencyCodes = [
    "", "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "HKD", "INR", "RUB", "KRW", "BRL", "MXN", "NZD",
    "SEK", "NOK", "DKK", "SGD", "FRF", "XOF", "BTC", "TRY",
  ]

  static func currencyIndex(_ code: String) -> Int8 {
    Int8(currencyCodes.firstIndex(of: code) ?? 0)
  }

  /// Indices in `currencyCodes` of the currencies written as symbols, as constants for the scanner's hot path.
  enum Currency {
    static let usd: Int8 = 1
    static let eur: Int8 = 2
    static let gbp: Int8 = 3
    static let jpy: Int8 = 4
    static let inr: Int8 = 10
    static let rub: Int8 = 11
    static let krw: Int8 = 12
    static let btc: Int8 = 22
    static let `try`: Int8 = 23
  }

  static func forLanguage(_ language: Language) -> Lexicon {
    LanguageDescription.of(language).lexicon
  }

  init(_ builder: LexiconBuilder) {
    entries = builder.entries
    table = WordTable(builder.index.map { ($0.key, $0.value) })
    qualifiers = builder.qualifiers.sorted { $0.words.count > $1.words.count }
    assert(
      [
        Currency.usd, Currency.eur, Currency.gbp, Currency.jpy, Currency.inr, Currency.rub, Currency.krw, Currency.btc,
        Currency.try,
      ]
        == ["USD", "EUR", "GBP", "JPY", "INR", "RUB", "KRW", "BTC", "TRY"].map(Lexicon.currencyIndex))
    var hints = [UInt8](repeating: 0, count: entries.count)
    for (i, w) in entries.enumerated() where Lexicon.mayStartFigure(w) { hints[i] |= Hint.startsFigure }
    var words: [Int32] = []
    var byLast = [[QualifierSlot]](repeating: [], count: entries.count)
    for phrase in qualifiers {
      let slot = QualifierSlot(
        start: Int32(words.count), end: Int32(words.count + phrase.words.count), qualifier: phrase.qualifier,
        durations: phrase.durations)
      words += phrase.words
      if let last = phrase.words.last { byLast[Int(last)].append(slot) }
    }
    self.hints = hints
    qualifierWords = words
    phrasesByLast = byLast.flatMap { $0 }
    lastWordStarts = byLast.reduce(into: [0]) { $0.append($0.last! + Int32($1.count)) }
  }

  /// Whether `FigureScanner.match` may find a figure at a word with this entry: a date, a relative date, a
  /// range opener, a fraction, a currency prefix, a sign word or a number word. Keep in step with `match`.
  private static func mayStartFigure(_ w: WordInfo) -> Bool {
    w.weekday > 0 || w.month > 0 || w.ordinalDay > 0 || w.isCardinal || w.dayOffset != nil || w.weekShift != nil
      || w.currency > 0 || w.dollarPrefix > 0 || w.ratio != 0 || w.impliedYears > 0 || w.rank > 0
      || w.periodWord != nil || w.duration == .year
      || !w.roles.isDisjoint(with: [
        .storyDay, .openerBetween, .openerFrom, .fractionArticle, .halfNoun, .negativeWord, .multiplyVerb, .divideVerb,
        .followingWord,
      ])
  }

  @inline(__always)
  func entry(for key: WordKey) -> Int32 { table.lookup(key) }
}

/// A phrase that turns the figure after it into an interval ("plus de", "at least").
struct QualifierPhrase: Sendable {
  var words: [Int32]
  var qualifier: Qualifier
  var durations: Bool
}

/// A qualifier phrase as the scanner reads it: its words are `qualifierWords[start..<end]`.
struct QualifierSlot: Sendable {
  var start: Int32
  var end: Int32
  var qualifier: Qualifier
  var durations: Bool
}

/// Collects words and their roles; a word listed twice gets the union of its roles.
struct LexiconBuilder {
  var entries: [WordInfo] = []
  var index: [WordKey: Int32] = [:]
  var qualifiers: [QualifierPhrase] = []

  mutating func add(_ words: String..., update: (inout WordInfo) -> Void) {
    for word in words {
      let key = WordKey(word)
      if let i = index[key] {
        update(&entries[Int(i)])
      } else {
        var info = WordInfo()
        update(&info)
        index[key] = Int32(entries.count)
        entries.append(info)
      }
    }
  }

  mutating func roles(_ roles: WordInfo.Roles, _ words: String...) {
    for word in words { add(word) { $0.roles.formUnion(roles) } }
  }

  mutating func cardinal(_ value: Int32, _ words: String..., roles: WordInfo.Roles = []) {
    for word in words {
      add(word) {
        $0.cardinal = value
        $0.roles.formUnion(roles)
      }
    }
  }

  mutating func magnitude(_ power: Int8, _ words: String..., roles: WordInfo.Roles = []) {
    for word in words {
      add(word) {
        $0.magnitude = power
        $0.roles.formUnion(roles)
      }
    }
  }

  mutating func denominator(_ value: Int16, _ words: String..., roles: WordInfo.Roles = []) {
    for word in words {
      add(word) {
        $0.denominator = value
        $0.roles.formUnion(roles)
      }
    }
  }

  /// "millionth" and "millionths" (10^6): a singular ordinal and its plural.
  mutating func largeDenominator(_ power: Int8, singular: [String], plural: [String]) {
    for word in singular {
      add(word) {
        $0.denominatorPower = power
        $0.roles.formUnion([.ordinalDenominator, .ordinal])
      }
    }
    for word in plural {
      add(word) {
        $0.denominatorPower = power
        $0.roles.insert(.pluralDenominator)
      }
    }
  }

  mutating func month(_ value: Int8, _ words: String...) {
    for word in words { add(word) { $0.month = value } }
  }

  mutating func weekday(_ value: Int8, _ words: String...) {
    for word in words { add(word) { $0.weekday = value } }
  }

  mutating func ordinalDay(_ value: Int8, _ words: String...) {
    for word in words { add(word) { $0.ordinalDay = value } }
  }

  mutating func dayOffset(_ value: Int8, _ words: String...) {
    for word in words { add(word) { $0.dayOffset = value } }
  }

  mutating func weekShift(_ value: Int8, _ words: String...) {
    for word in words { add(word) { $0.weekShift = value } }
  }

  mutating func duration(_ unit: DurationUnit, _ words: String...) {
    for word in words { add(word) { $0.duration = unit } }
  }

  /// A duration word that counts several units ("fortnight" is 14 days).
  mutating func duration(_ unit: DurationUnit, count: Int16, _ words: String...) {
    for word in words {
      add(word) {
        $0.duration = unit
        $0.durationCount = count
      }
    }
  }

  /// Adjectives that say a number of years on their own ("biennal" 2, "quinquennial" 5).
  mutating func impliedYears(_ years: Int8, _ words: String...) {
    for word in words { add(word) { $0.impliedYears = years } }
  }

  /// Round counts ("une quinzaine" is about 15): a multiplier read as "about".
  mutating func approximateCount(_ value: Int16, _ words: String...) {
    for word in words {
      add(word) {
        $0.multiplier = value
        $0.roles.insert(.approximateCount)
      }
    }
  }

  mutating func rank(_ value: Int8, _ words: String...) {
    for word in words { add(word) { $0.rank = value } }
  }

  mutating func periodWord(_ part: PeriodWord, _ words: String...) {
    for word in words { add(word) { $0.periodWord = part } }
  }

  mutating func currency(
    _ code: String, _ words: String..., roles: WordInfo.Roles = [], subunit: Int16 = 0, power: Int8 = 0
  ) {
    let c = Lexicon.currencyIndex(code)
    for word in words {
      add(word) {
        $0.currency = c
        $0.subunit = subunit
        $0.currencyPower = power
        $0.roles.formUnion(roles)
      }
    }
  }

  mutating func currencyAdjective(_ code: String, _ words: String...) {
    let c = Lexicon.currencyIndex(code)
    for word in words { add(word) { $0.currencyAdjective = c } }
  }

  /// Words that say a factor on their own ("doubled" 2); a negative value is the inverse ("halved" -2).
  mutating func ratio(_ value: Int8, _ words: String...) {
    for word in words { add(word) { $0.ratio = value } }
  }

  mutating func dollarPrefix(_ code: String, _ words: String...) {
    let c = Lexicon.currencyIndex(code)
    for word in words { add(word) { $0.dollarPrefix = c } }
  }

  /// Phrases are written with spaces between words; apostrophes and hyphens are left out ("jusqu à").
  mutating func qualifier(_ qualifier: Qualifier, _ phrases: String...) {
    for phrase in phrases {
      var words: [Int32] = []
      for word in phrase.split(separator: " ") {
        add(String(word)) { _ in }
        words.append(index[WordKey(String(word))]!)
      }
      qualifiers.append(QualifierPhrase(words: words, qualifier: qualifier, durations: phrase != "over"))
    }
  }

  /// Words both languages share: ISO codes, abbreviations glued to digits.
  mutating func common() {
    for code in Lexicon.currencyCodes.dropFirst() where code != "TRY" { currency(code, code.lowercased()) }
    currency("CNY", "rmb")
    currency("BTC", "btc", "bitcoin", "bitcoins")
    // Finance's glued forms: "75 MEUR", "3 MUSD", "200 kEUR".
    for code in ["EUR", "USD", "GBP", "CHF", "JPY", "CAD", "AUD", "CNY"] {
      currency(code, "m" + code.lowercased(), power: 6)
      currency(code, "k" + code.lowercased(), power: 3)
    }
    add("x") { $0.timesAfterDigits = true }
    magnitude(3, "k", roles: .digitSuffixOnly)
    magnitude(6, "m", roles: [.digitSuffixOnly, .capitalOnly])
    magnitude(6, "mn", "mln", "mio", roles: .digitSuffixOnly)
    magnitude(9, "bn", "bln", "mrd", "mrds", roles: .digitSuffixOnly)
    magnitude(12, "tn", "tln", "trn", roles: .digitSuffixOnly)
    dollarPrefix("USD", "us", "usd")
    dollarPrefix("CAD", "c", "ca", "can", "cad")
    dollarPrefix("AUD", "a", "au", "aud")
    dollarPrefix("HKD", "hk")
    dollarPrefix("NZD", "nz", "nzd")
    dollarPrefix("MXN", "mx", "mex", "mxn")
    dollarPrefix("SGD", "s", "sg")
    dollarPrefix("BRL", "r")
  }
}
