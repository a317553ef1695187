/// What one word can mean around a figure; a word may play several roles ("cent" is a number and the end of
/// "pour cent"), so the roles are flags and values side by side rather than one enum case.
struct WordInfo: Sendable {
  struct Roles: OptionSet, Sendable {
    let rawValue: UInt64
    /// un, une, one: a number only before a magnitude, a unit or a fraction.
    static let article = Roles(rawValue: 1 << 0)
    /// a, an: a number only before hundred, thousand, a magnitude or a fraction.
    static let weakArticle = Roles(rawValue: 1 << 1)
    /// et, and: joins number words ("vingt et un", "one hundred and six").
    static let numberJoiner = Roles(rawValue: 1 << 2)
    /// entre, between: opens "entre 400 et 600".
    static let openerBetween = Roles(rawValue: 1 << 3)
    /// de, from: opens "de 400 à 600".
    static let openerFrom = Roles(rawValue: 1 << 4)
    /// à, to, through: the middle of a range.
    static let rangeTo = Roles(rawValue: 1 << 5)
    /// et, and: the middle of "entre … et …".
    static let rangeAnd = Roles(rawValue: 1 << 6)
    /// de, des, du, d, of: links a magnitude to a currency or a fraction to what it divides.
    static let of = Roles(rawValue: 1 << 7)
    /// prochains, derniers, premiers: sits between a number and a duration unit.
    static let durationModifier = Roles(rawValue: 1 << 8)
    /// er, e, st, nd, rd, th: ordinal endings glued to digits ("1er", "28th").
    static let ordinalSuffix = Roles(rawValue: 1 << 9)
    /// pourcent, percent, pourcentage, percentage.
    static let percentWord = Roles(rawValue: 1 << 10)
    /// pour, per: first half of "pour cent", "per cent".
    static let percentFirst = Roles(rawValue: 1 << 11)
    /// cent: second half of "pour cent".
    static let percentSecond = Roles(rawValue: 1 << 12)
    /// la, the, une: may precede "moitié".
    static let fractionArticle = Roles(rawValue: 1 << 13)
    /// moitié, half: a fraction on its own.
    static let halfNoun = Roles(rawValue: 1 << 14)
    /// article, section, chapitre, page…: the number after it is an identifier.
    static let reference = Roles(rawValue: 1 << 15)
    /// passé, rose, fell…: "passé de 7 à 8" is a change, not a range.
    static let changeVerb = Roles(rawValue: 1 << 16)
    /// Only read after digits ("k", "bn", "Md").
    static let digitSuffixOnly = Roles(rawValue: 1 << 17)
    /// Only when written with a capital ("M" for million).
    static let capitalOnly = Roles(rawValue: 1 << 18)
    /// Singular ordinal such as "cinquième", "fifth": a fraction only in "un cinquième de", or a plural.
    static let ordinalDenominator = Roles(rawValue: 1 << 19)
    /// Ordinals that end compound ordinals ("vingt-cinquième", "twenty-first"): the number before is no figure.
    static let ordinal = Roles(rawValue: 1 << 20)
    /// A currency word that is money only next to a magnitude or a qualifier word ("livres", "pounds").
    static let currencyNeedsContext = Roles(rawValue: 1 << 21)
    /// point(s), points: "2 points de pourcentage".
    static let points = Roles(rawValue: 1 << 22)
    /// demi, demie: "deux ans et demi".
    static let half = Roles(rawValue: 1 << 23)
    /// Plural form of a denominator ("tiers", "quarts", "thirds").
    static let pluralDenominator = Roles(rawValue: 1 << 24)
    /// à, at: "à 10 heures" is a time of day, not a duration.
    static let at = Roles(rawValue: 1 << 26)
    /// A number word that is also a common word ("neuf" = new): reported only next to a unit.
    static let ambiguousNumber = Roles(rawValue: 1 << 27)
    /// sur, in: "un sur trois", "one in five".
    static let ratio = Roles(rawValue: 1 << 28)
    /// out (of): "one out of three".
    static let ratioOutOf = Roles(rawValue: 1 << 29)
    /// minus, negative: a sign written as a word.
    static let negativeWord = Roles(rawValue: 1 << 30)
    /// avant, before: "avant-hier", "the day before yesterday".
    static let dayBefore = Roles(rawValue: 1 << 31)
    /// après, after: "après-demain", "the day after tomorrow".
    static let dayAfter = Roles(rawValue: 1 << 32)
    /// hui: the end of "aujourd'hui".
    static let todayTail = Roles(rawValue: 1 << 33)
    /// lendemain: a day named relative to the story, not to the day of writing.
    static let storyDay = Roles(rawValue: 1 << 34)
    /// or, ou: "500 or more".
    static let alternative = Roles(rawValue: 1 << 35)
    /// more, greater, above, plus: "500 or more".
    static let more = Roles(rawValue: 1 << 36)
    /// less, fewer, below, moins: "500 or less".
    static let less = Roles(rawValue: 1 << 37)
    /// and, but, et, mais: between two bounds, "more than 10 and less than 40".
    static let boundsJoiner = Roles(rawValue: 1 << 38)
    /// than: "200 or greater than".
    static let than = Roles(rawValue: 1 << 39)
    /// le, the: before a day alone, "le 27", "the 27th".
    static let dayArticle = Roles(rawValue: 1 << 40)
    /// aujourd: today only with its tail, "aujourd'hui".
    static let todayHead = Roles(rawValue: 1 << 41)
    /// up, jusqu: the first word of "up to", "jusqu'à", a ceiling unless a verb of movement stands before it.
    static let reachTo = Roles(rawValue: 1 << 42)
    /// edged, rose, climbed, monté, grimpé: a level moving; "edged up to 3.1%" reaches 3.1 %, no ceiling.
    static let movementVerb = Roles(rawValue: 1 << 43)
    /// "0,4 point", "1.5pp": percentage points without "de pourcentage".
    static let pointsAlone = Roles(rawValue: 1 << 44)
    /// multiplié, multiplied: a ratio when "par"/"by" and a number follow.
    static let multiplyVerb = Roles(rawValue: 1 << 45)
    /// divisé, divided: the inverse ratio, "divisé par deux" is 0.5.
    static let divideVerb = Roles(rawValue: 1 << 46)
    /// par, by: between a multiplying verb and its number.
    static let byWord = Roles(rawValue: 1 << 47)
    /// fois, times: "trois fois plus", "three times higher".
    static let timesWord = Roles(rawValue: 1 << 48)
    /// fold: "five-fold".
    static let foldWord = Roles(rawValue: 1 << 49)
    /// as: "three times as many".
    static let asWord = Roles(rawValue: 1 << 50)
    /// for, within, over, after, took, lasted: before "a month", "a week", which are then durations, not rates
    /// ("once a week", "$5 a year").
    static let durationLead = Roles(rawValue: 1 << 51)
    /// later, ago, earlier, long: after "a month", "a year", which are then durations.
    static let durationTail = Roles(rawValue: 1 << 52)
    /// dizaine, quinzaine, vingtaine, centaine, millier: a round count, "about" that many.
    static let approximateCount = Roles(rawValue: 1 << 53)
    /// what, the, its: "five times what Europe added", "three times the size" compare, like "times as".
    static let timesComplement = Roles(rawValue: 1 << 54)
    /// aged, age, âgé, âge: the number after it (or after its "de") is a person's age.
    static let ageLead = Roles(rawValue: 1 << 55)
    /// old, révolus: "65 years old", "65-year-old", "18 ans révolus".
    static let ageTail = Roles(rawValue: 1 << 56)
    /// homme, femme, enfant, patient: "un homme de 65 ans" gives his age.
    static let personNoun = Roles(rawValue: 1 << 57)
    /// point, virgule: "five point five", "deux virgule trois".
    static let decimalWord = Roles(rawValue: 1 << 58)
    /// over: "one over three" is a fraction.
    static let overWord = Roles(rawValue: 1 << 59)
    /// suivant, suivante: "le jour suivant" is the next day of the story.
    static let followingWord = Roles(rawValue: 1 << 60)
    /// double, triple, quadruple, double (fr): a ratio only after a qualifier or a verb that governs it ("almost
    /// double", "will triple", "va doubler"), not in "a double standard".
    static let ratioNeedsLead = Roles(rawValue: 1 << 61)
    /// will, would, to, could, va, devrait: before a ratio verb in its base form.
    static let modalWord = Roles(rawValue: 1 << 62)
    /// block: "the 15900 block of Chalfonte" is an address.
    static let blockNoun = Roles(rawValue: 1 << 63)
  }

  var roles: Roles = []
  /// 0…99, 100 for cent/hundred, 1000 for mille/thousand; -1 when the word is no number.
  var cardinal: Int32 = -1
  /// Power of ten of million, milliard, billion, k, bn…; 0 for none.
  var magnitude: Int8 = 0
  /// Multiplier that is no power of ten (douzaine, dozen); 0 for none.
  var multiplier: Int16 = 0
  /// 2 for moitié/half, 3 for tiers/third…; 0 for none.
  var denominator: Int16 = 0
  /// Power of ten of a denominator too large for `denominator`: 12 for "trillionth", "billionième".
  var denominatorPower: Int8 = 0
  var month: Int8 = 0
  /// ISO weekday, 1 = Monday.
  var weekday: Int8 = 0
  /// Day of the month an English ordinal word names ("first" 1, "twelfth" 12, "thirtieth" 30); 0 for none.
  var ordinalDay: Int8 = 0
  /// Days from the day of writing for "demain", "yesterday"…
  var dayOffset: Int8?
  /// Weeks from the week of writing for "prochain", "next", "last", "this"…
  var weekShift: Int8?
  var duration: DurationUnit?
  /// Index in `Lexicon.currencyCodes`; 0 for none.
  var currency: Int8 = 0
  /// Currency set by an adjective next to the currency word ("américains", "swiss").
  var currencyAdjective: Int8 = 0
  /// Currency set by a prefix glued to "$" ("US$", "C$").
  var dollarPrefix: Int8 = 0
  /// 100 for cents, pence, centimes: the amount is in hundredths.
  var subunit: Int16 = 0
  /// 6 for "MEUR", "MUSD": the currency word carries a magnitude.
  var currencyPower: Int8 = 0
  /// The factor a word says on its own: 2 for "doubled", "doublé", "twofold"; -2 for "halved" (one half).
  var ratio: Int8 = 0
  /// x: "3,3x", "a 10x return", a multiplier glued to its digits.
  var timesAfterDigits = false
  /// printemps: "74 printemps" is an age.
  var yearsOfAge = false
  /// les: "les 50 ans ou plus" is an age group.
  var ageGroupArticle = false
  /// older, plus: "18 years and older", "65 ans et plus".
  var olderThan = false
  /// How many of its `duration` unit one word counts: 14 days for "fortnight"; 0 for one.
  var durationCount: Int16 = 0
  /// Years an adjective implies on its own: 5 for "quinquennal", "quinquennial"; 0 for none.
  var impliedYears: Int8 = 0
  /// 1…4 for premier, deuxième, first, second, third, fourth: the rank of a quarter or a half.
  var rank: Int8 = 0
  /// Part of a period's name: trimestre, semestre, T/Q, H/S, mi/mid, début/early, fin/late, exercice/FY.
  var periodWord: PeriodWord?

  var isCardinal: Bool { cardinal >= 0 }
}

/// Words that name a part of a year ("trimestre", "H1", "mi-2026") or a fiscal year ("exercice", "FY").
enum PeriodWord: UInt8, Sendable {
  /// trimestre, quarter: after a rank.
  case quarter
  /// semestre, half: after a rank.
  case half
  /// T, Q: glued to the quarter's number ("T3", "Q3").
  case quarterLetter
  /// S, H: glued to the half's number ("S1", "H1").
  case halfLetter
  /// mi, mid: May to August.
  case middle
  /// début, early, beginning: January to April.
  case early
  /// fin, late, end: September to December.
  case late
  /// exercice, FY, fiscal: a fiscal year, read as the calendar year(s) it is named after.
  case fiscal
}

/// The units a duration is counted in.
enum DurationUnit: String, Sendable {
  case minute, hour, day, week, month, year, decade, century
}
