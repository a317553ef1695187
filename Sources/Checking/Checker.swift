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
    text: String, format: DraftFormat, language: LanguageChoice = .auto, messages: MessageLanguage = .draft,
    cache: BlockCache? = nil
  ) -> CheckReport {
    check(Draft(text: text, format: format), language: language, messages: messages, cache: cache)
  }

  /// - Parameter messages: the language of findings' messages; the draft's by default.
  public func check(
    _ draft: Draft, language choice: LanguageChoice = .auto, messages: MessageLanguage = .draft,
    cache: BlockCache? = nil
  ) -> CheckReport {
    let language = choice.resolved(for: draft.prose)
    let messageLanguage = messages.resolved(draftLanguage: language)
    let topic = Self.topic(of: draft)
    let matcher = matcher(language: language, topic: topic, year: draft.date?.year)
    let judge = ClaimJudge(base: base, language: language)
    var claims: [Claim] = []
    var fresh: [BlockCache.Key: BlockCache.Entry] = [:]
    for block in draft.blocks {
      guard let cache else {
        claims += judge.claims(of: matcher.matches(in: draft, block: block, trace: nil), in: draft)
        continue
      }
      let key = BlockCache.Key(
        bytes: draft.bytes[block.span], language: language, base: base.identity, topic: topic,
        year: draft.date?.year)
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
      draft: draft, language: language, messageLanguage: messageLanguage, claims: claims,
      findings: findings(for: claims, in: draft, messages: messageLanguage))
  }

  /// The one place that says how figures are matched to facts.
  func matcher(language: Language, topic: Set<String>, year: Int?) -> some ClaimMatcher {
    ClaimFinder(base: base, language: language, topic: topic, documentYear: year)
  }

  /// The countries the draft is about: those its first two blocks (a title and its lede, or the first paragraphs)
  /// name. A sentence read by a fact's measure words alone may lean on them for the fact's country.
  static func topic(of draft: Draft) -> Set<String> {
    guard let first = draft.blocks.first else { return [] }
    let end = draft.blocks.dropFirst().first?.span.upperBound ?? first.span.upperBound
    return draft.prose.withUnsafeBufferPointer {
      Set(CountryIndex.shared.mentions(in: $0, range: first.span.lowerBound..<end).map(\.code))
    }
  }

  /// Every enabled rule's findings, suppressions applied, in text order (rules in registry order at one place).
  func findings(for claims: [Claim], in draft: Draft, messages: Language) -> [Finding] {
    let input = RuleInput(draft: draft, claims: claims, messages: FindingMessages.of(messages))
    var findings: [Finding] = []
    for rule in RuleRegistry.all {
      guard let severity = severity(of: rule) else { continue }
      for finding in rule.findings(in: input, severity: severity) {
        let line = draft.lineTable.line(containing: finding.span.lowerBound)
        if draft.suppressions.isSuppressed(line: line, factId: finding.factId ?? finding.rule) { continue }
        findings.append(finding)
      }
    }
    let order = RuleRegistry.index
    findings.sort { a, b in
      a.span.lowerBound != b.span.lowerBound
        ? a.span.lowerBound < b.span.lowerBound : (order[a.rule] ?? 0) < (order[b.rule] ?? 0)
    }
    return findings
  }

  /// The configured severity, the rule's default, or nil when the config turns it off.
  private func severity(of rule: any FindingRule) -> Severity? {
    if let configured = severities[rule.id] { return configured }
    return rule.defaultSeverity
  }
}
