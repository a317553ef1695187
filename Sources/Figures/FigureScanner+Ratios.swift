/// Multipliers: "multipliées par quatre", "divisé par deux", "trois fois plus", "three times higher", "five-fold",
/// "fivefold", "doubled", "a triplé", "halved". Each is a `.ratio` whose value is the factor.
extension FigureScanner {
  /// A ratio that starts with a word: a verb or adjective that says its factor ("doubled", "fivefold"), or a
  /// multiplying verb with its number ("multiplié par 4", "divided by two").
  func matchRatioWord(at i: Int, floor: Int) -> Match? {
    let w = info(i)
    if w.ratio != 0 {
      if w.roles.contains(.ratioNeedsLead) {
        // "will triple", "almost double", "childhood triples the risk"
        let lead =
          (i - 1 >= floor && sameLine(i) && info(i - 1).roles.contains(.modalWord))
          || (isWord(i + 1) && sameLine(i + 1) && info(i + 1).roles.contains(.timesComplement))
        guard lead || qualifier(before: i, floor: floor, kind: .ratio) != nil else { return nil }
      }
      let factor = w.ratio > 0 ? Double(w.ratio) : 1 / Double(-w.ratio)
      return ratioFigure(
        first: i, end: i + 1, numberFirst: i, numberEnd: i + 1, value: factor, spelledOut: true, floor: floor)
    }
    let by = i + 1
    guard isWord(by), sameLine(by), info(by).roles.contains(.byWord), by + 1 < tokens.count, sameLine(by + 1) else {
      return nil
    }
    let k = by + 1
    let q: Quantity
    if isNumber(k) {
      guard identifierEnd(at: k) == nil else { return nil }
      q = digits(at: k)
    } else if let words = words(at: k), !words.weakArticle {
      q = words
    } else {
      return nil
    }
    // "multiplié par 4 %" or "divided by 3 million" is no factor.
    guard !q.hasMagnitude, q.value > 0, suffix(after: q) == nil else { return nil }
    let value = w.roles.contains(.divideVerb) ? 1 / q.value : q.value
    return ratioFigure(
      first: i, end: q.end, numberFirst: k, numberEnd: q.end, value: value, spelledOut: q.spelled,
      precision: w.roles.contains(.divideVerb) ? 0 : q.precision, floor: floor)
  }

  /// A number followed by "fois plus/moins", "times more/higher/as", or "-fold".
  func matchTimes(_ q: Quantity, first: Int, floor: Int) -> Match? {
    let j = q.end
    guard !q.hasMagnitude, q.value > 0, j < tokens.count, sameLine(j) else { return nil }
    // "3,3x", "a 10x return": digits and a glued x.
    if !q.spelled && isWord(j) && glued(j) && info(j).timesAfterDigits && !(isNumber(j + 1) && glued(j + 1)) {
      return ratioFigure(
        first: first, end: j + 1, numberFirst: first, numberEnd: q.end, value: q.value, spelledOut: false,
        precision: q.precision, floor: floor)
    }
    if isHyphen(j) && glued(j) && isWord(j + 1) && glued(j + 1) && info(j + 1).roles.contains(.foldWord) {
      return ratioFigure(
        first: first, end: j + 2, numberFirst: first, numberEnd: q.end, value: q.value, spelledOut: q.spelled,
        precision: q.precision, floor: floor)
    }
    guard isWord(j), info(j).roles.contains(.timesWord), isWord(j + 1), sameLine(j + 1) else { return nil }
    let next = info(j + 1)
    let value: Double
    if next.roles.contains(.more) || next.roles.contains(.asWord) {
      value = q.value
    } else if next.roles.contains(.timesComplement) {
      // "five times what Europe added": the figure is the multiplier alone.
      return ratioFigure(
        first: first, end: j + 1, numberFirst: first, numberEnd: q.end, value: q.value, spelledOut: q.spelled,
        precision: q.precision, floor: floor)
    } else if next.roles.contains(.less) {
      value = 1 / q.value
    } else {
      return nil
    }
    return ratioFigure(
      first: first, end: j + 2, numberFirst: first, numberEnd: q.end, value: value, spelledOut: q.spelled,
      precision: next.roles.contains(.less) ? 0 : q.precision, floor: floor)
  }

  /// The ratio over `first..<end`, with the qualifier before it ("more than doubled", "près de deux fois plus").
  private func ratioFigure(
    first: Int, end: Int, numberFirst: Int, numberEnd: Int, value: Double, spelledOut: Bool, precision: Double = 0,
    floor: Int
  ) -> Match {
    var m = figure(
      .ratio, first: first, end: end, numberFirst: numberFirst, numberEnd: numberEnd, floor: floor, value: value,
      unit: "times", precision: precision, spelledOut: spelledOut)
    if var f = m.figure, f.magnitude != nil {
      f.magnitude = nil
      m.figure = f
    }
    return m
  }
}
