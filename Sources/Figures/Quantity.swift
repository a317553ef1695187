/// A number as read from the tokens, digits or words, magnitude included, before its unit is known.
struct Quantity {
  /// First token of the number, and the token after it.
  var first: Int
  var end: Int
  /// All written digits as an integer and the power of ten that scales them: "1,5 milliard" is 15 × 10^8.
  var mantissa: Double
  var exponent: Int
  /// Non-decimal multiplier ("douzaine", "dozen"), 1 when none.
  var multiplier: Double = 1
  var hasMagnitude = false
  var spelled = false
  /// "un", "une", "one" alone: a figure only with a unit.
  var articleOnly = false
  /// "a", "an" alone: a figure only before a fraction.
  var weakArticle = false
  /// A word that is also a common word ("neuf"): a figure only with a unit.
  var ambiguous = false
  var negative = false
  /// Ends with a count noun ("une douzaine", "une quinzaine"): "de jours" may follow before the unit.
  var counted = false
  /// A round count ("une quinzaine"): about that many.
  var approximate = false
  /// The written value before its magnitude (2.5 in "2,5 milliards").
  var written: Double

  var value: Double {
    let v = Scale.apply(mantissa, exponent) * multiplier
    return negative ? -v : v
  }

  /// Half the step of the last written digit.
  var precision: Double { Scale.apply(5, exponent - 1) * multiplier }

  /// The power of ten the magnitude word added (6 for "millions").
  var magnitudePower = 0

  /// This number under another's magnitude, as "2" in "2 à 3 milliards".
  func scaled(like other: Quantity) -> Double {
    let v = Scale.apply(mantissa, exponent - magnitudePower + other.magnitudePower) * other.multiplier
    return negative ? -v : v
  }
}
