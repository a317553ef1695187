/// Open and closed bounds: "> 10", "≤ 5 %", "500 or more", "200 ou moins", and two bounds joined into a range:
/// "more than 10 and less than 40", "au moins 20 et au plus 50".
extension FigureScanner {
  /// "<", ">", "≤", "≥" (0x3C, 0x3E, 0x2264, 0x2265).
  func isComparison(_ i: Int) -> Bool {
    guard i >= 0 && i < tokens.count && tokens[i].kind == .symbol else { return false }
    let s = tokens[i].scalar
    return s == 0x3C || s == 0x3E || s == 0x2264 || s == 0x2265
  }

  /// A comparison sign right before token `start`: ">10", "> 10", ">= 30", "< = 100", "≤ 5"; not "<>30", "=>30",
  /// "->", nor a quote marker at the start of a line.
  func symbolQualifier(before start: Int, floor: Int) -> (Qualifier, Int)? {
    var k = start - 1
    guard k >= floor, k >= 0, tokens[k].kind == .symbol, sameLine(start) else { return nil }
    var orEqual = false
    if tokens[k].scalar == 0x3D {
      orEqual = true
      k -= 1
      guard k >= floor, k >= 0, sameLine(k + 1) else { return nil }
    }
    // ">" first on a line quotes.
    guard isComparison(k), tokens[k].gap != .newline || tokens[k].scalar > 0x3E else { return nil }
    if k > 0 && glued(k) && tokens[k - 1].kind == .symbol {
      let p = tokens[k - 1].scalar
      if p == 0x3C || p == 0x3E || p == 0x3D || p == 0x2D || p == 0x2264 || p == 0x2265 { return nil }
    }
    let q: Qualifier
    switch tokens[k].scalar {
    case 0x3C: q = orEqual ? .atMost : .lessThan
    case 0x3E: q = orEqual ? .atLeast : .moreThan
    case 0x2264:
      guard !orEqual else { return nil }
      q = .atMost
    default:
      guard !orEqual else { return nil }
      q = .atLeast
    }
    return (q, k)
  }

  /// A single value followed by "or more", "or less", "or greater (than)", "ou plus", "ou moins": an open bound.
  func openEnded(_ m: Match) -> Match {
    let j = m.end
    // "ages 18+", "500+ jobs": a plus sign glued after the figure.
    if isSymbol(j, 0x2B) && glued(j) && !(j + 1 < tokens.count && glued(j + 1) && tokens[j + 1].kind != .symbol),
      var f = m.figure, f.value != nil, !f.isRange, f.qualifier == nil, f.kind != .date, f.kind != .relativeDate
    {
      f.qualifier = .atLeast
      f.span = f.span.lowerBound..<tokens[j].end
      f.text = text(f.span)
      return Match(end: j + 1, figure: f)
    }
    guard isWord(j) && sameLine(j) && isWord(j + 1) && sameLine(j + 1) else { return m }
    let joiner = info(j)
    guard joiner.roles.contains(.alternative) || joiner.roles.contains(.boundsJoiner),
      var f = m.figure, f.value != nil, !f.isRange, f.kind != .date, f.kind != .relativeDate
    else { return m }
    let w = info(j + 1)
    let q: Qualifier
    if w.roles.contains(.more) {
      q = .atLeast
    } else if w.roles.contains(.less) {
      q = .atMost
    } else {
      return m
    }
    var end = j + 2
    // "or more than 4500" is another figure; "200 or greater than" ends here.
    if startsNumber(end) || (info(end).roles.contains(.of) && startsNumber(end + 1)) { return m }
    if info(end).roles.contains(.than) && sameLine(end) {
      if startsNumber(end + 1) { return m }
      end += 1
    }
    // "18 and over." but not "20 and more importantly".
    if !joiner.roles.contains(.alternative) && isWord(end) && sameLine(end) && f.kind != .age { return m }
    f.qualifier = q
    f.span = f.span.lowerBound..<tokens[end - 1].end
    f.text = text(f.span)
    return Match(end: end, figure: f)
  }

  private func startsNumber(_ k: Int) -> Bool {
    guard k < tokens.count && sameLine(k) else { return false }
    return isNumber(k) || info(k).isCardinal || isComparison(k)
  }

  /// Two bounds in a row joined by "and", "but", "et", "mais" or a comma, one from below and one from above:
  /// the range between them ("more than 10 and less than 40" is 10 to 40).
  func bounds(_ a: Figure, _ b: Figure, joinerAt j: Int) -> Figure? {
    guard let qa = a.qualifier, let qb = b.qualifier, let va = a.value, let vb = b.value, a.kind == b.kind,
      a.unit == b.unit, a.kind != .date, a.kind != .relativeDate, !a.isRange, !b.isRange
    else { return nil }
    func isLower(_ q: Qualifier) -> Bool? {
      switch q {
      case .moreThan, .atLeast: return true
      case .lessThan, .atMost: return false
      default: return nil
      }
    }
    guard let la = isLower(qa), let lb = isLower(qb), la != lb else { return nil }
    var k = j
    if isSymbol(k, 0x2C) { k += 1 }
    if isWord(k) && info(k).roles.contains(.boundsJoiner) { k += 1 }
    guard k > j, k < tokens.count, tokens[k].start == b.span.lowerBound, sameLine(j), sameLine(k) else { return nil }
    let lower = la ? va : vb
    let upper = la ? vb : va
    guard lower < upper else { return nil }
    let span = a.span.lowerBound..<b.span.upperBound
    return Figure(
      kind: a.kind, span: span, numberSpan: a.numberSpan.lowerBound..<b.numberSpan.upperBound, text: text(span),
      lower: lower, upper: upper, unit: a.unit, precision: b.precision, spelledOut: a.spelledOut || b.spelledOut)
  }
}
