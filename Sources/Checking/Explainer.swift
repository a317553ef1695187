import Drafts
import FactBase
import Figures

/// Builds `Explanation`s by running the claim finder with a trace, so what it says is what the checker does.
public struct Explainer: Sendable {
  public let checker: Checker

  public init(checker: Checker) { self.checker = checker }

  /// Explains every sentence of the draft that overlaps `region` (all of it when nil).
  public func explain(_ draft: Draft, language choice: LanguageChoice = .auto, region: Range<Int>? = nil)
    -> Explanation
  {
    let language = choice.resolved(for: draft.prose)
    let matcher = checker.matcher(language: language, topic: Checker.topic(of: draft), year: draft.date?.year)
    let judge = ClaimJudge(base: checker.base, language: language)
    let extractor = FigureExtractor(language: language)
    var sentences: [SentenceExplanation] = []
    for block in draft.blocks {
      if let region, !overlaps(block.span, region) { continue }
      let trace = ClaimTrace()
      _ = matcher.matches(in: draft, block: block, trace: trace)
      for recorded in trace.sentences {
        if let region, !overlaps(recorded.range, region) && !recorded.range.contains(region.lowerBound) { continue }
        let claims = judge.claims(of: recorded.matches, in: draft)
        let sentence = explain(recorded, claims: claims, draft: draft, language: language, extractor: extractor)
        // Prose with neither a figure nor a fact's words has nothing to explain.
        if sentence.figures.isEmpty && sentence.facts.isEmpty { continue }
        sentences.append(sentence)
      }
    }
    return Explanation(language: language, sentences: sentences)
  }

  private func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    a.lowerBound < b.upperBound && b.lowerBound < a.upperBound || (b.isEmpty && a.contains(b.lowerBound))
  }

  private func explain(
    _ recorded: ClaimTrace.Sentence, claims: [Claim], draft: Draft, language: Language, extractor: FigureExtractor
  ) -> SentenceExplanation {
    let base = checker.base
    let facts = evidence(recorded, draft: draft, language: language)
    let figures =
      recorded.figures.isEmpty ? extractor.figures(in: draft.prose, range: recorded.range) : recorded.figures
    var explained: [FigureExplanation] = []
    for (index, figure) in figures.enumerated() {
      var considered: [Consideration] = []
      let claim = claims.first { $0.figure.span == figure.span }
      for weighing in recorded.weighings where weighing.figure == index {
        let id = base.facts[weighing.fact].id
        considered.append(
          consideration(
            weighing.weighing, factID: id, index: index, fact: weighing.fact, in: recorded, claims: claims, claim: claim
          ))
      }
      considered.sort { ($0.chosen ? 0 : 1, $0.score ?? Int.max) < ($1.chosen ? 0 : 1, $1.score ?? Int.max) }
      let verdict = claim.map { verdictOf($0, draft: draft) }
      let summary = summarize(
        figure, index: index, claim: claim, verdict: verdict, considered: considered, facts: facts, recorded: recorded)
      explained.append(
        FigureExplanation(
          figure: figure, reading: Self.reading(of: figure), considered: considered, verdict: verdict,
          summary: summary))
    }
    return SentenceExplanation(
      span: recorded.range, text: draft.text(recorded.range), borrowedTerms: recorded.borrowed, facts: facts,
      figures: explained)
  }

  /// Per fact with hits: what was found, and what is missing for the fact to be named.
  private func evidence(_ recorded: ClaimTrace.Sentence, draft: Draft, language: Language) -> [FactEvidence] {
    var result: [FactEvidence] = []
    var start = 0
    let hits = recorded.hits
    while start < hits.count {
      let factIndex = hits[start].fact
      var end = start
      var found: [String] = []
      var hasSubject = false
      var groups = Set<Int>()
      var measured = false
      while end < hits.count && hits[end].fact == factIndex {
        let hit = hits[end]
        let text = "“\(draft.text(hit.span))”"
        switch hit.role {
        case .subject:
          hasSubject = true
          found.append("subject \(text)")
        case .context(let g):
          groups.insert(g)
          found.append("context \(g + 1) \(text)")
        case .exclude: found.append("exclude \(text)")
        case .measure:
          measured = true
          found.append("measure \(text)")
        }
        end += 1
      }
      let fact = checker.base.facts[factIndex]
      // A fact whose only words here are its exclusions is not a contender; listing it is noise.
      if !hasSubject && groups.isEmpty && !measured {
        start = end
        continue
      }
      var unique: [String] = []
      for item in found where !unique.contains(item) { unique.append(item) }
      found = unique
      var missing: [String] = []
      let terms = fact.terms[language]
      if let terms {
        if !hasSubject { missing.append("no subject (\(terms.subject.map(\.text).joined(separator: ", ")))") }
        for (g, group) in terms.context.enumerated() where !groups.contains(g) {
          missing.append("no term of context group \(g + 1) (\(group.map(\.text).joined(separator: ", ")))")
        }
      }
      let named = terms != nil && missing.isEmpty
      let byMeasure = !named && recorded.named.contains(factIndex)
      result.append(FactEvidence(factID: fact.id, found: found, missing: missing, named: named, byMeasure: byMeasure))
      start = end
    }
    return result
  }

  private func consideration(
    _ weighing: ClaimTrace.Weighing, factID: String, index: Int, fact: Int, in recorded: ClaimTrace.Sentence,
    claims: [Claim], claim: Claim?
  ) -> Consideration {
    let base = checker.base
    /// How a candidate fared: chosen, or which figure or fact won (`nearer` when the terms' distance decided).
    func outcome(nearer: String) -> (chosen: Bool, text: String) {
      if claim?.fact.id == factID { return (true, "; chosen") }
      if let winner = claims.first(where: { $0.fact.id == factID }) {
        return (false, "; the fact went to “\(winner.figure.text)”" + nearer)
      }
      if let other = claim { return (false, "; this figure went to \(other.fact.id)" + nearer) }
      return (false, "; not chosen")
    }
    let excluded: String
    switch weighing {
    case .unitDoesNotFit:
      excluded = "a \(Self.kindName(recorded.figures[index])) cannot state a fact in \(base.facts[fact].unit.rawValue)"
    case .otherCurrency:
      excluded = "the figure's currency is not the fact's (\(base.facts[fact].currency ?? "?"))"
    case .otherMagnitude:
      excluded =
        "another order of magnitude than the fact's (over \(Int(ClaimFinder.magnitudeRatio))× apart, or below zero): it measures something else"
    case .countedBack:
      excluded = "its clause is counted back from now (“il y a…”, “…ago”), another time than the fact's"
    case .yearInSentence(let year):
      excluded = "a year in this sentence (\(year)) sets it outside the fact's period"
    case .yearInParagraph(let year):
      excluded = "its sentence names no year, and the paragraph sets it in \(year), outside the fact's period"
    case .figureYear(let year):
      excluded = "the figure is dated \(year), outside the fact's period"
    case .excludeNearer(let exclude, let subject):
      excluded = "an exclude term stands \(exclude) bytes away, nearer than the subject (\(Self.bytes(subject)))"
    case .otherCountry(let name):
      excluded = "the figure's clause names another country (“\(name)”) than the fact's"
    case .otherAssertion(let figure, let fact):
      excluded = "its clause states \(Self.modeName(figure)), the fact \(Self.modeName(fact))"
    case .laterThan(let year):
      excluded = "the sentence compares it with a level of \(year): it speaks of a later time"
    case .earlierLevel:
      excluded = "it is an earlier level the sentence compares with (“contre…”, “up from…”)"
    case .thinMeasure(let measure, let needed):
      excluded =
        "too little of the fact's measure stands around it (\(Self.share(measure)), \(Self.share(needed)) needed)"
    case .entityNotNamed:
      excluded =
        "the fact's country is named neither in this sentence, nor earlier in the paragraph, nor at the top of the draft"
    case .otherMeasure(let noun):
      excluded = "it quantifies “\(noun)”, none of the fact's words"
    case .straddlingPeriod(let period):
      excluded = "the sentence sets it in “\(period)”, across two calendar years; the fact is one year's"
    case .partOfYear:
      excluded = "its clause names a part of a year; the fact is a whole year's"
    case .abstained(let rival):
      excluded = "\(base.facts[rival].id) is as likely for this figure: nothing is said"
    case .measured(let measure, let distance):
      let result = outcome(nearer: "")
      let reason =
        "candidate by its measure words, \(Self.share(measure)) of the measure, nearest \(Self.bytes(distance))"
      return Consideration(
        factID: factID, candidate: true, score: distance, reason: reason + result.text, chosen: result.chosen)
    case .scored(let score, let subject, let context):
      let groups = context.enumerated().map { g, d in
        "context \(g + 1) " + (d.map { "\($0) bytes" } ?? "shared with another fact, not counted")
      }
      var reason = "candidate, score \(score) (subject \(Self.bytes(subject)) ÷ 4"
      reason += groups.isEmpty ? ")" : ", " + groups.joined(separator: ", ") + ")"
      let result = outcome(nearer: ", nearer")
      return Consideration(
        factID: factID, candidate: true, score: score, reason: reason + result.text, chosen: result.chosen)
    }
    return Consideration(factID: factID, candidate: false, score: nil, reason: excluded, chosen: false)
  }

  static func modeName(_ mode: FactFrame.AssertionMode) -> String {
    switch mode {
    case .actual: "an actual value"
    case .change: "a change"
    case .forecast: "a forecast"
    case .target: "a target"
    case .demand: "another actor's demand"
    }
  }

  static func share(_ value: Float) -> String { "\(Int((value * 100).rounded())) %" }

  private func verdictOf(_ claim: Claim, draft: Draft) -> ClaimVerdict {
    let fact = claim.fact
    let figureReads: String
    let factSays: String
    switch fact.value {
    case .date(let truth):
      figureReads = claim.figure.date.map(Self.date) ?? claim.figure.text
      var dated = truth
      if let year = truth.year, let day = truth.day {
        dated.weekday = CalendarMath.isoWeekday(year: year, month: truth.month, day: day)
      }
      factSays = Self.date(dated)
    default:
      let scale = UnitFit.scale(of: claim.figure, for: fact.unit) ?? 1
      figureReads =
        UnitFit.interval(of: claim.figure, for: fact, scale: scale).map(Self.interval) ?? claim.figure.text
      factSays = fact.value.interval.map(Self.interval) ?? "?"
    }
    let line = draft.lineTable.line(containing: claim.figure.span.lowerBound)
    var verdict = ClaimVerdict(
      factID: fact.id, agrees: claim.agrees, figureReads: figureReads, factSays: factSays,
      expected: claim.agrees ? nil : claim.expected,
      suppressed: draft.suppressions.isSuppressed(line: line, factId: fact.id))
    if claim.agrees, fact.rounding == .press, let scale = UnitFit.scale(of: claim.figure, for: fact.unit) {
      verdict.acceptedAsRounded = !UnitFit.agrees(claim.figure, with: fact, scale: scale, rounding: .asWritten)
    }
    return verdict
  }

  private func summarize(
    _ figure: Figure, index: Int, claim: Claim?, verdict: ClaimVerdict?, considered: [Consideration],
    facts: [FactEvidence], recorded: ClaimTrace.Sentence
  ) -> String {
    if let verdict {
      let outcome =
        verdict.agrees
        ? "agrees (\(verdict.figureReads) meets \(verdict.factSays))"
          + (verdict.acceptedAsRounded ? ", read as the press rounds it (the fact's rounding is \"press\")" : "")
        : "contradicts (\(verdict.figureReads) does not meet \(verdict.factSays)); expected \(verdict.expected ?? "?")"
      return "Checked against \(verdict.factID): \(outcome)." + (verdict.suppressed ? " Silenced by a comment." : "")
    }
    if recorded.yearFigures.contains(index) {
      return "Not checked: read as a year that sets the sentence in time."
    }
    if let best = considered.first {
      return "Not checked: \(best.factID) was weighed, but \(best.reason)."
    }
    let named = facts.filter(\.named)
    if !named.isEmpty {
      return "Not checked: \(named.map(\.factID).joined(separator: ", ")) named here, but no fact was weighed for it."
    }
    if let nearest = facts.max(by: { $0.found.count < $1.found.count }) {
      return "Not checked: the sentence has terms of \(nearest.factID), but \(nearest.missing.joined(separator: "; "))."
    }
    return "Not checked: no fact's terms in this sentence."
  }

  // MARK: - Formatting

  static func kindName(_ figure: Figure) -> String {
    switch figure.kind {
    case .number: figure.unit == "fraction" ? "fraction" : "bare number"
    case .percent: "percentage"
    case .money: "sum of money"
    case .date: "date"
    case .duration: "duration"
    case .relativeDate: "relative day"
    case .ratio: "multiplier"
    case .period: "period"
    case .age: "age"
    }
  }

  static func reading(of figure: Figure) -> String {
    var parts = [figure.kind.rawValue]
    if let lower = figure.lower, let upper = figure.upper {
      parts.append("\(number(lower)) to \(number(upper))")
    } else if let value = figure.value {
      parts.append(number(value))
    }
    if let date = figure.date { parts.append(Self.date(date)) }
    if let period = figure.period {
      parts.append("\(Self.date(period.start)) to \(Self.date(period.end)), sets the sentence in \(Self.years(period))")
    }
    if let unit = figure.unit, unit != figure.kind.rawValue { parts.append(unit) }
    if let qualifier = figure.qualifier { parts.append("qualifier \(qualifier.rawValue)") }
    if figure.kind != .date, figure.kind != .relativeDate, figure.kind != .period,
      let interval = Tolerance.interval(of: figure)
    {
      parts.append("reads \(Self.interval(interval))")
    }
    return parts.joined(separator: ", ")
  }

  static func interval(_ i: NumericInterval) -> String {
    let low = i.lower == -.infinity ? "−∞" : number(i.lower)
    let high = i.upper == .infinity ? "∞" : number(i.upper)
    return (i.lowerOpen || i.lower == -.infinity ? "(" : "[") + low + ", " + high
      + (i.upperOpen || i.upper == .infinity ? ")" : "]")
  }

  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    // Swift's shortest representation that reads back the same Double.
    return value.description
  }

  static func date(_ d: CalendarDate) -> String {
    let month = d.month < 10 ? "0\(d.month)" : "\(d.month)"
    let day = d.day.map { $0 < 10 ? "-0\($0)" : "-\($0)" } ?? ""
    let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    let weekday = d.weekday.map { " (\(names[($0 - 1) % 7]))" } ?? ""
    return "\(d.year.map(String.init) ?? "????")-\(month)\(day)\(weekday)"
  }

  static func years(_ period: CalendarPeriod) -> String {
    let y = period.years
    return y.count == 1 ? "\(y.lowerBound)" : "\(y.lowerBound)–\(y.upperBound)"
  }

  private static func bytes(_ distance: Int) -> String { distance == Int.max ? "none" : "\(distance) bytes" }
}
