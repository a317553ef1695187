/// The English lexicon: numbers in words, magnitudes (billion is 10^9), units, months, qualifiers.
enum EnglishWords {
  static func build() -> LexiconBuilder {
    var b = LexiconBuilder()
    b.common()
    b.cardinal(0, "zero", "nought", "naught")
    b.cardinal(1, "one", roles: .article)
    b.cardinal(1, "a", "an", roles: .weakArticle)
    let small = [
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    for (i, w) in small.enumerated() { b.cardinal(Int32(i + 2), w) }
    let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    for (i, w) in tens.enumerated() { b.cardinal(Int32(20 + 10 * i), w) }
    b.cardinal(100, "hundred")
    b.cardinal(1000, "thousand")
    b.magnitude(6, "million", "millions")
    b.magnitude(9, "billion", "billions")
    b.magnitude(12, "trillion", "trillions")
    b.magnitude(9, "b", roles: .digitSuffixOnly)
    b.add("dozen", "dozens") { $0.multiplier = 12 }

    b.denominator(2, "half", roles: .halfNoun)
    b.denominator(2, "halves", roles: .pluralDenominator)
    let ordinals = [
      "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
      "ninth": 9, "tenth": 10, "hundredth": 100, "thousandth": 1000,
    ]
    for (w, v) in ordinals {
      b.denominator(Int16(v), w, roles: [.ordinalDenominator, .ordinal])
      b.denominator(Int16(v), w + "s", roles: .pluralDenominator)
    }
    b.largeDenominator(6, singular: ["millionth"], plural: ["millionths"])
    b.largeDenominator(9, singular: ["billionth"], plural: ["billionths"])
    b.largeDenominator(12, singular: ["trillionth"], plural: ["trillionths"])
    b.roles(.ordinal, "first", "second", "eleventh", "twelfth", "twentieth", "thirtieth")
    let days = [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
      "eighteenth", "nineteenth", "twentieth",
    ]
    for (i, w) in days.enumerated() { b.ordinalDay(Int8(i + 1), w) }
    b.ordinalDay(30, "thirtieth")

    b.roles(.numberJoiner, "and")
    b.roles(.ratio, "in")
    b.roles(.ratioOutOf, "out")
    b.roles(.negativeWord, "minus", "negative")
    b.roles(.openerBetween, "between")
    b.roles(.openerFrom, "from")
    b.roles(.rangeTo, "to", "through")
    b.roles(.rangeAnd, "and")
    b.roles(.of, "of")
    b.roles(.ordinalSuffix, "st", "nd", "rd", "th")
    b.roles(.percentWord, "percent", "percents", "percentage", "pct")
    b.roles(.percentFirst, "per")
    b.roles(.percentSecond, "cent")
    b.roles(.points, "point", "points", "pt", "pts")
    // "leading by six points", "a four-point lead": in polls and rates, points are percentage points.
    b.roles(.pointsAlone, "pp", "ppt", "ppts", "pps", "point", "points")
    b.roles(.fractionArticle, "the")
    b.roles(.dayArticle, "the", "on")
    b.roles(.at, "at")
    b.roles(
      .reference, "article", "articles", "art", "section", "chapter", "paragraph", "page", "pages", "p",
      "pp", "vol", "volume", "no", "number", "nr", "annex", "title", "resolution", "amendment", "room",
      "route", "highway", "interstate", "reference", "ref", "lot", "batch", "bus", "channel", "ftse", "dax",
      "isin", "level", "season", "episode", "version", "flight", "gate", "line",
      "platform", "apartment", "suite", "unit", "street", "avenue", "floor", "grade", "class", "group")
    b.roles(
      .changeVerb, "rose", "risen", "rising", "fell", "fallen", "falling", "increased", "decreased",
      "grew", "grown", "jumped", "climbed", "dropped", "declined", "up", "down", "went", "moved", "raised", "cut",
      "lowered", "slipped", "soared",
      "surged", "plunged", "slumped", "shrank", "expanded", "changed", "revised")

    b.roles(.reachTo, "up")
    b.roles(.multiplyVerb, "multiplied", "multiply", "multiplies", "multiplying")
    b.roles(.divideVerb, "divided", "divide", "divides", "dividing")
    b.roles(.byWord, "by")
    b.roles(.timesWord, "times")
    b.roles(.foldWord, "fold")
    b.roles(.asWord, "as")
    b.roles(.timesComplement, "what", "the", "its", "their", "his", "her", "our")
    b.ratio(2, "doubled", "doubling", "twofold")
    b.ratio(3, "tripled", "tripling", "threefold", "trebled")
    b.ratio(4, "quadrupled", "quadrupling", "fourfold")
    b.ratio(5, "quintupled", "fivefold")
    b.ratio(6, "sixfold")
    b.ratio(7, "sevenfold")
    b.ratio(8, "eightfold")
    b.ratio(9, "ninefold")
    b.ratio(10, "tenfold")
    b.ratio(100, "hundredfold")
    b.ratio(-2, "halved", "halving")
    b.ratio(2, "double", "doubles")
    b.ratio(3, "triple", "triples", "treble", "trebles")
    b.ratio(4, "quadruple", "quadruples")
    b.ratio(5, "quintuple", "quintuples")
    b.ratio(-2, "halve", "halves")
    b.roles(
      .ratioNeedsLead, "double", "doubles", "triple", "triples", "treble", "trebles", "quadruple", "quadruples",
      "quintuple", "quintuples", "halve", "halves")
    b.roles(
      .modalWord, "will", "would", "could", "can", "may", "might", "should", "must", "to", "set", "expected",
      "likely")
    b.roles(
      .movementVerb, "rose", "risen", "rise", "rises", "rising", "climbed", "climb", "climbs", "climbing", "edged",
      "edges", "edging", "crept", "creeps", "creeping", "ticked", "ticks", "ticking", "inched", "inches", "inching",
      "moved", "moves", "went", "goes", "go", "shot", "jumped", "jumps", "surged", "surges", "soared", "soars",
      "increased", "grew", "grown", "ratcheted", "crawled", "crept", "revised", "marked", "pushed", "rallied",
      "spiked", "spiking", "bounced", "rebounded", "leapt", "leaped")
    b.month(1, "january", "jan")
    b.month(2, "february", "feb")
    b.month(3, "march", "mar")
    b.month(4, "april", "apr")
    b.month(5, "may")
    b.month(6, "june", "jun")
    b.month(7, "july", "jul")
    b.month(8, "august", "aug")
    b.month(9, "september", "sept", "sep")
    b.month(10, "october", "oct")
    b.month(11, "november", "nov")
    b.month(12, "december", "dec")
    b.weekday(1, "monday")
    b.weekday(2, "tuesday")
    b.weekday(3, "wednesday")
    b.weekday(4, "thursday")
    b.weekday(5, "friday")
    b.weekday(6, "saturday")
    b.weekday(7, "sunday")
    b.weekday(2, "tues")
    b.weekday(4, "thurs")
    b.dayOffset(0, "today")
    b.dayOffset(1, "tomorrow", "tmrw")
    b.dayOffset(-1, "yesterday")
    b.weekShift(0, "this")
    b.weekShift(1, "next", "coming", "following")
    b.weekShift(-1, "last", "past")
    b.roles(.dayBefore, "before")
    b.roles(.dayAfter, "after")
    b.roles(.alternative, "or")
    b.roles(.more, "more", "greater", "higher", "above", "over", "larger", "bigger", "plus", "older")
    b.roles(.less, "younger")
    b.roles(.less, "less", "fewer", "lower", "below", "under", "smaller")
    b.roles(.boundsJoiner, "and", "but")
    b.roles(.than, "than")

    b.duration(.minute, "minute", "minutes")
    b.duration(.hour, "hour", "hours")
    b.duration(.day, "day", "days")
    b.duration(.week, "week", "weeks")
    b.duration(.month, "month", "months")
    b.duration(.year, "year", "years")
    b.duration(.decade, "decade", "decades")
    b.duration(.century, "century", "centuries")
    b.duration(.day, count: 14, "fortnight", "fortnights")
    b.rank(1, "first", "firsts")
    b.roles(.ordinal, "firsts", "seconds")
    b.rank(2, "second")
    b.rank(3, "third")
    b.rank(4, "fourth")
    b.periodWord(.quarter, "quarter")
    b.periodWord(.half, "half")
    b.periodWord(.quarterLetter, "q")
    b.periodWord(.halfLetter, "h")
    b.periodWord(.middle, "mid")
    b.periodWord(.early, "early", "beginning", "start")
    b.periodWord(.late, "late", "end")
    b.periodWord(.fiscal, "fiscal", "fy")
    b.impliedYears(2, "biennial", "biennially")
    b.impliedYears(3, "triennial")
    b.impliedYears(4, "quadrennial")
    b.impliedYears(5, "quinquennial")
    b.impliedYears(10, "decennial")
    b.roles(
      .durationLead, "for", "within", "over", "after", "took", "takes", "take", "taking", "lasted", "lasts",
      "lasting", "spent", "spend", "spends", "spending", "during", "in", "into", "than", "by", "nearly", "almost",
      "about",
      "roughly", "around", "barely", "just", "only")
    b.roles(.ageLead, "aged", "age", "ages")
    b.add("older", "over") { $0.olderThan = true }
    b.roles(
      .personNoun, "man", "woman", "boy", "girl", "teenager", "teen", "mother", "father", "driver", "pensioner",
      "grandmother", "grandfather", "student", "worker", "officer", "suspect", "victim", "resident", "actor",
      "actress", "singer", "player", "son", "daughter", "husband", "wife", "patient", "mum", "dad", "rider",
      "cyclist", "motorist", "pedestrian", "farmer", "nurse", "doctor", "teacher", "soldier", "youth", "pupil")
    b.roles(.decimalWord, "point")
    b.roles(.blockNoun, "block")
    b.roles(.overWord, "over")
    b.magnitude(6, "mm", roles: [.digitSuffixOnly, .capitalOnly])
    b.add("dz", "dzs", "doz", "dozs") { $0.multiplier = 12 }
    b.roles(.ageTail, "old")
    b.roles(.durationTail, "later", "ago", "earlier", "long", "before", "after", "afterwards", "on")

    b.currency("USD", "dollar", "dollars", "buck", "bucks")
    b.currency("EUR", "euro", "euros")
    b.currency("JPY", "yen")
    b.currency("CNY", "yuan", "renminbi")
    b.currency("GBP", "sterling")
    b.currency("GBP", "pound", "pounds", roles: .currencyNeedsContext)
    b.currency("GBP", "pence", "penny", "pennies", subunit: 100)
    b.currency("USD", "cent", "cents", subunit: 100)
    b.currency("GBP", "p", roles: .digitSuffixOnly, subunit: 100)
    b.roles([.percentWord, .digitSuffixOnly], "pc")
    // The French franc is gone since 2002: a franc in today's press is Swiss.
    b.currency("CHF", "franc", "francs")
    b.currency("INR", "rupee", "rupees")
    b.currency("KRW", "won", roles: .currencyNeedsContext)
    b.magnitude(5, "lakh", "lakhs")
    b.magnitude(7, "crore", "crores")
    b.currency("RUB", "ruble", "rubles", "rouble", "roubles")
    b.currency("MXN", "peso", "pesos")
    b.currencyAdjective("USD", "us", "american", "usd")
    b.currencyAdjective("CAD", "canadian")
    b.currencyAdjective("AUD", "australian")
    b.currencyAdjective("CHF", "swiss")
    b.currencyAdjective("GBP", "british", "sterling")
    b.currencyAdjective("HKD", "hk")
    b.currencyAdjective("JPY", "japanese")
    b.currencyAdjective("CNY", "chinese")
    b.currencyAdjective("NZD", "zealand")

    b.qualifier(
      .moreThan, "more than", "over", "above", "greater than", "higher than", "in excess of", "a little over",
      "little over", "slightly over", "a little more than", "slightly more than",
      "upwards of", "just over", "well over", "exceeding", "larger than", "bigger than", "exceed", "exceeds",
      "exceeded", "surpass", "surpasses", "surpassed", "surpassing")
    b.qualifier(
      .atLeast, "at least", "no less than", "no fewer than", "not less than", "a minimum of",
      "greater than or equal to", "more than or equal to", "higher than or equal to",
      "larger than or equal to", "bigger than or equal to", "greater or equal to", "greater or equal than",
      "higher or equal than", "bigger or equal than", "larger or equal than", "more or equal than",
      "at least or equal to", "equal to or more than", "equal to or greater than", "no smaller than")
    b.qualifier(
      .lessThan, "less than", "fewer than", "under", "below", "lower than", "smaller than",
      "just under")
    b.qualifier(
      .atMost, "less than or equal to", "fewer than or equal to", "lower than or equal to",
      "smaller than or equal to", "less or equal to", "less or equal than", "smaller or equal than",
      "lower or equal than", "equal to or less than", "equal to or fewer than", "equal to or lower than",
      "at most or equal to", "no greater than", "no larger than")
    b.qualifier(
      .atMost, "up to", "at most", "no more than", "not more than", "a maximum of", "not exceeding", "not to exceed",
      "no greater than", "not greater than")
    b.qualifier(
      .about, "about", "around", "roughly", "approximately", "some", "an estimated", "circa",
      "in the region of", "on the order of", "estimated at")
    b.qualifier(
      .exactly, "exactly", "precisely", "equal to", "equals", "equals to", "equaling", "equaling to", "equalling",
      "equalling to", "is equal to")
    b.qualifier(.nearly, "nearly", "almost", "close to", "just shy of", "practically", "virtually")
    return b
  }
}
