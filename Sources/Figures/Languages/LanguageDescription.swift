import Drafts

/// Everything factlint knows that one language says its own way: the lexicon (number, magnitude and qualifier
/// words, units, months), numbers spelled out, the writer's typography, pronouns, time-shift phrases, and the
/// words of fixes. (Findings' and hover's words are `FindingMessages`, in Checking.)
///
/// One value per language, in its own folder (`Languages/French`, `Languages/English`), chosen by the one
/// `switch` in `of(_:)`. Every field is required, so a new language is a new folder plus a case, and the compiler
/// names each thing still to write; code elsewhere asks the description instead of testing `language == .fr`.
public struct LanguageDescription: Sendable {
  public let language: Language
  /// The words around figures, built once per language (the descriptions are `static let`s).
  let lexicon: Lexicon
  /// How its figures are put together beyond the words: date order, numbers in words, halves.
  let grammar: Grammar
  /// `n` (0…100) in words; `feminine` for the agreeing form ("une", "vingt et une").
  let spell: @Sendable (_ n: Int, _ feminine: Bool) -> String
  public let typography: Typography
  /// Month names, January first, and weekday names, Monday first, as a date is written.
  let months: [String]
  let weekdays: [String]
  /// "mardi 28 octobre 2025", "Tuesday, October 28, 2025"; the parts left nil are left out.
  let writeDate: @Sendable (_ date: CalendarDate, _ monthName: String, _ weekday: String?) -> String
  /// Magnitude words by power of ten (6, 9, 12): singular and plural ("milliard", "milliards").
  public let magnitudes: [Int: (singular: String, plural: String)]
  /// Abbreviated magnitudes by power of ten ("Md", "bn"), for a fix written like an abbreviated figure.
  public let magnitudeAbbreviations: [Int: String]
  /// Whether an amount takes the plural ("2 jours", "1,5 jour"; "1.5 days").
  public let isPlural: @Sendable (_ amount: Double) -> Bool
  /// The noun of a duration unit (`Figure.unit`: "day", "week"…), and whether its number agrees in the feminine.
  let durationNoun: @Sendable (_ unit: String, _ plural: Bool) -> String
  let feminineUnits: Set<String>
  /// An amount of money: `number` already written, with its magnitude word if any ("2,5 milliards de dollars").
  let writeMoney: @Sendable (_ number: String, _ magnitude: String?, _ currency: String, _ amount: Double) -> String
  /// `text` under a qualifier: "plus de 60 %", "d’environ", "more than 60%".
  let qualify: @Sendable (_ qualifier: Qualifier, _ text: String) -> String
  /// After a factor: " fois plus" / " times more" (×4), " fois moins" / " times less" (÷4).
  let timesMore: String
  let timesLess: String
  /// After the years of an age: "" ("65 ans"), " old" ("65 years old").
  let ageTail: String
  /// The noun of percentage points, singular and plural: "point(s)", "percentage point(s)".
  let pointsNoun: (singular: String, plural: String)
  /// A period by its name: `part` is a quarter (1…4) or half (1…2) rank with its noun ("troisième trimestre 2025",
  /// "the third quarter of 2025"), or a part of a year ("mi-2026", "late 2024"), or a fiscal year ("FY2025").
  let writePeriod: @Sendable (_ name: PeriodName) -> String
  /// Words that start a sentence speaking of the previous one's subject ("il", "cette", "it", "these").
  public let pronouns: String
  /// Phrases that count a duration back from now, before ("il y a ") or after (" ago") it, with their spaces.
  public let timeShiftBefore: [String]
  public let timeShiftAfter: [String]
  /// Words that say nothing of what a fact measures (articles, prepositions, auxiliaries, reporting verbs, month
  /// names): left out when a fact's statement is read for its measure words.
  public let stopwords: String
  /// The word's stem by the language's Snowball algorithm (lowercase, accents kept), so "économie" and
  /// "économique", "economy" and "economic" meet.
  public let stem: @Sendable (_ word: String) -> String
  /// The words a figure's frame is read with: cues that make it something else than an actual value (a change,
  /// a forecast, a target, another actor's demand), and the small words around it ("de", "une", "et").
  public let frameWords: FrameWords

  /// Frame words as space-separated words; in the cue lists a `+` joins a two-word cue.
  public struct FrameWords: Sendable {
    public let change: String
    public let forecast: String
    public let target: String
    public let demand: String
    /// Words before a figure that make it an earlier level compared with ("up from", "previous").
    public let earlierLevel: String
    /// Words before a figure that compare it with another ("contre", "versus"): an earlier level when the figure
    /// has a year of its own ("contre 92,2 % en 2023"), another party's when not ("contre 92 % pour la Chine").
    public let comparison: String
    /// Words before a name that make it the one compared with ("lower than Japan's", "plus faible que le Japon"):
    /// not whose figure the sentence gives.
    public let comparedWith: String
    /// Words just before a year (perhaps with "en"/"in" between) that make it the base a change is measured from
    /// ("par rapport à 2024", "qu'en 2023", "than in 2023", "from 2023"): the sentence's undated figures are later.
    public let baseYear: String
    /// Words that open a bound a level crosses ("fell *below* 700,000", "tombé *au-dessous de* 1 %"): after a change
    /// verb, the figure is the level reached, not the change's amount.
    public let crossing: String
    /// Words that name a part of a year with no year written ("au premier semestre", "in the first half"): a
    /// figure they set is no whole year's. `+` joins two words.
    public let partOfYear: String
    /// Words by which an actor states a figure as their own ("a annoncé", "said"): a demand before them ends.
    public let attribution: String
    /// Endings of participles and infinitives ("passant", "monter", "rising"): such a word before "de"/"of" is a
    /// verb, not the noun a figure quantifies.
    public let verbEndings: [String]
    /// Words that link a noun or a change word to its figure ("hausse de", "increase of", "up by").
    public let links: String
    /// Articles between a link word and its figure ("d'une semaine", "of a record").
    public let articles: String
    /// Conjunctions: words before one, after another figure, are that figure's ("… femmes et 80,0 ans").
    public let conjunctions: String
  }

  /// The description of `language`: the one place that lists the languages.
  public static func of(_ language: Language) -> LanguageDescription {
    switch language {
    case .fr: french
    case .en: english
    }
  }

  /// A period as the writer names it.
  enum PeriodName {
    case quarter(Int, year: Int)
    case half(Int, year: Int)
    case part(PeriodWord, year: Int)
    case fiscal(Int, lastYear: Int?)
  }

  /// How a language writes numbers and the marks around them.
  public struct Typography: Sendable {
    /// Between thousands groups: a no-break space in French, a comma in English.
    public let thousandsSeparator: String
    public let decimalSeparator: String
    /// After the number: "\u{00A0}%" in French, "%" in English.
    public let percentSign: String
    /// Between a number and the noun of its unit ("6\u{00A0}mois", "6 months").
    public let unitSpace: String
    /// Between the bounds of a range: " à ", " to ".
    public let rangeJoiner: String
    /// Whether a currency symbol goes before the amount ("$2.5 billion") rather than a name after it.
    public let currencySymbolFirst: Bool
    /// Whether dates in digits put the day first ("28/10/2025") rather than the month ("10/28/2025").
    public let dayFirst: Bool
  }
}
