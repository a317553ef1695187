/// What follows a number and gives it a kind: a percent sign, a currency, a duration unit, a denominator.
struct Suffix {
  enum Kind {
    case percent, money, duration, fraction, points
  }

  var kind: Kind
  /// The token after the suffix.
  var end: Int
  var unit: String?
  /// Money in hundredths (cents, pence): 0.01; fractions: the denominator.
  var scale: Double = 1
  /// "deux ans et demi": 0.5.
  var addend: Double = 0
  /// Consumed without a figure ("à 10 heures" is a time of day).
  var skip = false

  var figureKind: FigureKind {
    switch kind {
    case .percent: return .percent
    case .money: return .money
    case .duration: return .duration
    case .fraction, .points: return .number
    }
  }

  /// Kinds a range may carry ("400 à 600 %", "2 à 3 milliards de dollars", "trois à six mois").
  var fitsRange: Bool { !skip && (kind == .percent || kind == .money || kind == .duration) }
}
