extension LanguageDescription {
  /// How a language puts figures together, where word lists are not enough: the order of a date's parts, how
  /// numbers are spelled out, what a half is. Every flag is required, so a new language answers each question once
  /// and the scanner never tests which language it reads.
  struct Grammar: Sendable {
    /// "2,5" is two and a half and "2.500" two thousand five hundred (French), rather than the reverse.
    let decimalComma: Bool
    /// Dates put the month before the day: "October 28", "10/28/2025".
    let monthBeforeDay: Bool
    /// "the 28th of October".
    let ofBetweenDayAndMonth: Bool
    /// "October 28, 2025".
    let commaBeforeYear: Bool
    /// Days as ordinal words: "May first", "the twenty-first".
    let ordinalDayWords: Bool
    /// Month names that are also common words ("may", "march"), by month and spelling length: a month only when
    /// capitalised or followed by a day or a year.
    let commonWordMonths: [Int8: Int]
    /// "12/20" is a mark out of twenty (French school grades), not a date.
    let marksOutOfTwenty: Bool
    /// Shift words stand before the weekday ("next Friday", "this week Friday") rather than after it ("vendredi
    /// prochain", "vendredi de la semaine dernière"); "ce vendredi" is the exception every language allows.
    let weekShiftBeforeWeekday: Bool
    /// "the day before yesterday" needs the noun "day"; "avant-hier" does not.
    let dayShiftNeedsDayNoun: Bool
    /// "two hundred", "5 hundred": hundred multiplies what stands before it like a magnitude word.
    let hundredAfterNumber: Bool
    /// "nineteen hundred".
    let teenHundreds: Bool
    /// Tens right after "hundred" start a compound denominator: "one hundred thirty-fifths" is 100/35 in English;
    /// "cent trente cinquièmes" is 130/5 in French.
    let tensAfterHundredDenominate: Bool
    /// "soixante-dix", "quatre-vingt-dix", "dix-sept": tens and teens built from smaller number words.
    let compoundTens: Bool
    /// Where the number joiner ("et", "and") may stand.
    let numberJoiner: NumberJoiner
    /// What the word for a half is.
    let half: HalfWord
    /// "un" is as often the article as the number, so "un quart" needs "de" after it to be a fraction.
    let oneIsArticle: Bool
    /// "2 milliards de dollars", "2 milliards d'€": "of" between a magnitude and its currency.
    let ofBeforeCurrency: Bool

    enum NumberJoiner: Sendable {
      /// "vingt et un", "soixante et onze": between tens and one or eleven.
      case beforeOne
      /// "one hundred and five": after hundreds, thousands or a magnitude.
      case afterHundreds
    }

    enum HalfWord: Sendable {
      /// "la moitié": a noun after its article, never after a number.
      case noun
      /// "half of", "half a million", "one half": a determiner that a number may precede.
      case determiner
    }
  }
}
