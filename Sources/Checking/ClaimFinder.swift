import Drafts
import FactBase
import Figures

/// Reads the claims of one block: which figures speak of which facts, and whether they agree.
///
/// Figures are extracted only in sentences whose words name some fact (subject and every context group),
/// so prose about anything else costs one pass of word hashing.
struct ClaimFinder {
  let base: FactBase
  let language: Language
  let matcher: TermMatcher
  let extractor: FigureExtractor

  init(base: FactBase, language: Language) {
    self.base = base
    self.language = language
    self.matcher = TermMatcher(index: base.index, language: language)
    self.extractor = FigureExtractor(language: language)
  }

  static let frenchPronouns = WordScanner.hashes(
    "il elle ils elles ce cela ceci celle celui ceux celles on c ces cette cet leur")
  static let englishPronouns = WordScanner.hashes("it its they their he she his her this these that those such")

  func claims(in draft: Draft, block: Block) -> [Claim] {
    draft.prose.withUnsafeBufferPointer { prose in
      var claims: [Claim] = []
      var previousHits: [TermHit] = []
      for sentence in block.sentences {
        let hits = matcher.hits(in: prose, range: sentence)
        defer { previousHits = hits }
        if hits.isEmpty && previousHits.isEmpty { continue }
        var all = hits
        if !previousHits.isEmpty && startsWithPronoun(prose, sentence) { all += previousHits }
        let candidates = factsNamed(by: all)
        if candidates.isEmpty { continue }
        let figures = extractor.figures(in: draft.prose, range: sentence)
        if figures.isEmpty { continue }
        claims += pair(figures, with: candidates, hits: all, draft: draft, sentence: sentence)
      }
      return claims
    }
  }

  private func startsWithPronoun(_ prose: UnsafeBufferPointer<UInt8>, _ sentence: Range<Int>) -> Bool {
    var first: UInt64?
    WordScanner.forEachWord(in: prose, range: sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 24))
    {
      word, _ in
      if first == nil { first = word.hash }
    }
    guard let first else { return false }
    return (language == .fr ? Self.frenchPronouns : Self.englishPronouns).contains(first)
  }

  /// Facts whose subject and every context group are among the hits, in fact order.
  private func factsNamed(by hits: [TermHit]) -> [Int] {
    var named: [Int] = []
    for hit in hits where hit.role == .subject && !named.contains(hit.fact) {
      var groups: UInt64 = 0
      for other in hits where other.fact == hit.fact {
        if case .context(let g) = other.role { groups |= 1 << UInt64(min(g, 63)) }
      }
      if groups.nonzeroBitCount == hit.contextGroups { named.append(hit.fact) }
    }
    return named.count > 1 ? named.sorted() : named
  }

  @inline(__always)
  private func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
    if a.upperBound <= b.lowerBound { return b.lowerBound - a.upperBound }
    if b.upperBound <= a.lowerBound { return a.lowerBound - b.upperBound }
    return 0
  }

  /// How close the fact's terms of one role stand to a figure, in bytes (Int.max when there is none).
  private func nearest(
    _ hits: [TermHit], fact: Int, role: TermIndex.Role, to span: Range<Int>, skipping shared: [Int] = []
  ) -> Int {
    var best = Int.max
    for hit in hits where hit.fact == fact && hit.role == role && !shared.contains(hit.span.lowerBound) {
      best = min(best, distance(hit.span, span))
    }
    return best
  }

  /// A year written on its own ("en 2010", "in 2024"): it sets the sentence in time.
  private func mentionedYear(_ figure: Figure) -> Int? {
    if figure.kind == .date { return figure.date?.year }
    guard figure.kind == .number, figure.unit == nil, !figure.spelledOut, let v = figure.value,
      v == v.rounded(), (1900...2100).contains(v), figure.numberSpan.count == 4
    else { return nil }
    return Int(v)
  }

  private func pair(
    _ figures: [Figure], with candidates: [Int], hits: [TermHit], draft: Draft, sentence: Range<Int>
  ) -> [Claim] {
    let yearMentions = figures.enumerated().compactMap { i, f in mentionedYear(f).map { (i, $0) } }
    let pastClauses = TimeShift.clauses(of: figures, in: draft.prose, sentence: sentence)
    // Words that are context for several candidate facts ("terres rares" for mining and refining) say nothing
    // about which fact a figure speaks of: pairing measures the distance to the words that tell them apart.
    var shared: [Int] = []
    if candidates.count > 1 {
      for hit in hits where hit.role != .subject && hit.role != .exclude && candidates.contains(hit.fact) {
        if !shared.contains(hit.span.lowerBound)
          && hits.contains(where: {
            $0.span == hit.span && $0.fact != hit.fact && candidates.contains($0.fact) && $0.role != .subject
              && $0.role != .exclude
          })
        {
          shared.append(hit.span.lowerBound)
        }
      }
    }
    var pairs: [(score: Int, figure: Int, fact: Int, scale: Double)] = []
    for (i, figure) in figures.enumerated() {
      let isYear = figure.kind == .number && yearMentions.contains { $0.0 == i }
      if isYear { continue }
      for factIndex in candidates {
        // Fields are read in place: copying a Fact would retain and release each of its strings and arrays.
        let unit = base.facts[factIndex].unit
        guard let scale = UnitFit.scale(of: figure, for: unit),
          unit != .money || figure.unit == base.facts[factIndex].currency
        else { continue }
        if let years = base.facts[factIndex].period?.years {
          // "il y a dix ans", "ten years ago": that clause speaks of another time.
          if pastClauses.contains(where: { $0.contains(figure.span.lowerBound) }) { continue }
          // A figure set explicitly in another year speaks of another period.
          let elsewhere = yearMentions.contains { index, year in index != i && !years.contains(year) }
          if elsewhere { continue }
          if unit != .date, let year = figure.date?.year, !years.contains(year) { continue }
        }
        let subject = nearest(hits, fact: factIndex, role: .subject, to: figure.span)
        if nearest(hits, fact: factIndex, role: .exclude, to: figure.span) < subject { continue }
        // Facts often share a subject ("la Chine"): the context words ("raffinée", "extraction") tell them apart,
        // so they weigh four times the subject in how near a fact's terms stand to the figure.
        var score = subject / 4
        let groups = hits.first { $0.fact == factIndex }?.contextGroups ?? 0
        for g in 0..<groups {
          let distinct = nearest(hits, fact: factIndex, role: .context(g), to: figure.span, skipping: shared)
          // A group made only of shared words adds nothing; saturating, so Int.max never overflows the sum.
          if distinct != Int.max { score = min(Int.max / 2, score) + min(Int.max / 2, distinct) }
        }
        pairs.append((score, i, factIndex, scale))
      }
    }
    pairs.sort { $0.score != $1.score ? $0.score < $1.score : $0.figure < $1.figure }
    // A sentence holds a handful of figures and facts: arrays beat hashing here.
    var usedFigures: [Int] = []
    var usedFacts: [Int] = []
    var claims: [Claim] = []
    for pair in pairs where !usedFigures.contains(pair.figure) && !usedFacts.contains(pair.fact) {
      usedFigures.append(pair.figure)
      usedFacts.append(pair.fact)
      let figure = figures[pair.figure]
      let shared = base.shared[pair.fact]
      let fact = shared.fact
      let agrees = UnitFit.agrees(figure, with: fact, scale: pair.scale)
      let fix =
        agrees
        ? nil
        : ExpectedText(language: language).fix(
          fact, for: figure, draft: draft, sentence: sentence, extractor: extractor)
      claims.append(Claim(figure: figure, shared: shared, agrees: agrees, language: language, fix: fix))
    }
    if claims.count > 1 { claims.sort { $0.figure.span.lowerBound < $1.figure.span.lowerBound } }
    return claims
  }
}
