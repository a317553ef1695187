import Drafts
import FactBase
import Figures

/// Checks drafts against a fact base. Immutable and Sendable: one checker serves every document and thread.
public struct Checker: Sendable {
  public let base: FactBase
  /// Rule id → severity, or nil to turn the rule off (from `.factlint.json`).
  public let severities: [String: Severity?]

  public init(base: FactBase, severities: [String: Severity?] = [:]) {
    self.base = base
    self.severities = severities
  }

  public func check(
    text: String, format: DraftFormat, language: LanguageChoice = .auto, cache: BlockCache? = nil
  ) -> CheckReport {
    check(Draft(text: text, format: format), language: language, cache: cache)
  }

  public func check(_ draft: Draft, language choice: LanguageChoice = .auto, cache: BlockCache? = nil) -> CheckReport {
    let language = choice.resolved(for: draft.prose)
    let matcher = matcher(language: language)
    let judge = ClaimJudge(base: base, language: language)
    var claims: [Claim] = []
    var fresh: [BlockCache.Key: BlockCache.Entry] = [:]
    for block in draft.blocks {
      guard let cache else {
        claims += judge.claims(of: matcher.matches(in: draft, block: block, trace: nil), in: draft)
        continue
      }
      let key = BlockCache.Key(bytes: draft.bytes[block.span], language: language, base: base.identity)
      if let entry = fresh[key] ?? cache.entry(for: key) {
        claims += entry.claims.map { $0.shifted(by: block.span.lowerBound - entry.start) }
        fresh[key] = entry
      } else {
        let found = judge.claims(of: matcher.matches(in: draft, block: block, trace: nil), in: draft)
        claims += found
        fresh[key] = BlockCache.Entry(start: block.span.lowerBound, claims: found)
      }
    }
    cache?.replace(with: fresh)
    return CheckReport(
      draft: draft, language: language, claims: claims, findings: findings(for: claims, in: draft))
  }

  /// The one place that says how figures are matched to facts.
  func matcher(language: Language) -> some ClaimMatcher { ClaimFinder(base: base, language: language) }

  /// Mismatches, then figures that agree with the fact but not with an earlier figure for the same fact.
  func findings(for claims: [Claim], in draft: Draft) -> [Finding] {
    var findings: [Finding] = []
    var agreeing: [String: Claim] = [:]
    for claim in claims {
      let fact = claim.fact
      let figure = claim.figure
      let line = draft.lineTable.line(containing: figure.span.lowerBound)
      if draft.suppressions.isSuppressed(line: line, factId: fact.id) { continue }
      if !claim.agrees {
        guard let severity = severity(Rule.figureMismatch, default: .error) else { continue }
        let expected = claim.expected
        let message =
          "“\(figure.text)” contradicts the fact base: expected \(expected) (\(fact.source.publisher), "
          + "“\(fact.source.title)”, \(fact.source.published)) [\(fact.id)]"
        findings.append(
          Finding(
            rule: Rule.figureMismatch, severity: severity, message: message, span: figure.span, found: figure.text,
            expected: expected, fact: fact, fix: claim.fix))
        continue
      }
      guard let first = agreeing[fact.id] else {
        agreeing[fact.id] = claim
        continue
      }
      guard !Self.sameValue(first.figure, figure), let severity = severity(Rule.figureInconsistent, default: .warning)
      else { continue }
      let firstLine = ScalarRange(first.figure.span, in: draft.lineTable).line
      let expected = claim.expected
      let message =
        "“\(figure.text)” and “\(first.figure.text)” (line \(firstLine)) give two values for the same fact; "
        + "the fact base says \(expected) [\(fact.id)]"
      findings.append(
        Finding(
          rule: Rule.figureInconsistent, severity: severity, message: message, span: figure.span, found: figure.text,
          expected: expected, fact: fact, fix: nil))
    }
    return findings
  }

  private func severity(_ rule: String, default value: Severity) -> Severity? {
    if let configured = severities[rule] { return configured }
    return value
  }

  /// Two figures that say the same thing ("92 %" and "quatre-vingt-douze pour cent").
  static func sameValue(_ a: Figure, _ b: Figure) -> Bool {
    if a.kind == .date || b.kind == .date {
      guard let x = a.date, let y = b.date else { return false }
      return x.month == y.month && (x.day == nil || y.day == nil || x.day == y.day)
        && (x.year == nil || y.year == nil || x.year == y.year)
    }
    guard let x = Tolerance.interval(of: a), let y = Tolerance.interval(of: b) else { return true }
    return x.meets(y) && a.unit == b.unit
  }
}
