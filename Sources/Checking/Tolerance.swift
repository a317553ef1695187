import FactBase
import Figures

/// How much room a written figure leaves: its rounding, its qualifier, its hedges.
///
/// "92 %" stands for [91.5, 92.5]; "plus de 60 %" for (60, ∞); "environ", "près de", "about", "nearly" widen
/// the value by `hedge` of itself either way (10 % of the value: "environ 90 %" covers 81–99 %).
public enum Tolerance {
  public static let hedge = 0.10

  /// The values a figure allows, in the figure's own unit (percent, days, currency units…).
  public static func interval(of figure: Figure, scale: Double = 1, rounding: Rounding = .asWritten)
    -> NumericInterval?
  {
    let p = rounding == .press ? pressPrecision(figure) : figure.precision
    var base: NumericInterval
    if let lower = figure.lower, let upper = figure.upper {
      base = NumericInterval(lower: lower - p, upper: upper + p)
    } else if let v = figure.value {
      base = NumericInterval(lower: v - p, upper: v + p)
    } else {
      return nil
    }
    let low = figure.lower ?? figure.value ?? 0
    let high = figure.upper ?? figure.value ?? 0
    switch figure.qualifier {
    case nil, .exactly: break
    case .moreThan: base = NumericInterval(lower: high, upper: .infinity, lowerOpen: true)
    case .atLeast: base = NumericInterval(lower: low, upper: .infinity)
    case .lessThan: base = NumericInterval(lower: -.infinity, upper: low, upperOpen: true)
    case .atMost: base = NumericInterval(lower: -.infinity, upper: high)
    case .about, .nearly:
      base = NumericInterval(
        lower: min(base.lower, low - abs(low) * hedge), upper: max(base.upper, high + abs(high) * hedge))
    }
    return base.scaled(by: scale)
  }

  /// Half the step of the last nonzero digit of a round figure ("90 %": 5, "700 000": 50 000), as long as that
  /// stays within a tenth of the value; the written precision otherwise. Only a single written value, not a
  /// spelled-out number nor one qualified "exactly".
  public static func pressPrecision(_ figure: Figure) -> Double {
    guard let v = figure.value, figure.lower == nil, figure.qualifier != .exactly, v != 0, v == v.rounded(),
      abs(v) < 1e15
    else { return figure.precision }
    var best = figure.precision
    var step = 10.0
    while (abs(v) / step).rounded() == abs(v) / step && step / 2 <= abs(v) / 10 {
      best = max(best, step / 2)
      step *= 10
    }
    return best
  }
}
