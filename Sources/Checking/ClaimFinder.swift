import Drafts
import FactBase
import Figures

/// Reads the claims of one block: which figures speak of which facts, and whether they agree.
///
/// Figures are extracted only in sentences whose words name some fact (subject and every context group),
/// so prose about anything else costs one pass of word hashing.
struct ClaimFinder: ClaimMatcher {
  let base: FactBase
  let language: Language
  let matcher: TermMatcher
  let extractor: FigureExtractor
  /// Per fact, the countries its terms name (`Checker.factCountries`).
  let factCountries: FactCountries

  init(base: FactBase, language: Language, factCountries: FactCountries) {
    self.base = base
    self.language = language
    self.matcher = TermMatcher(index: base.index, language: language)
    self.extractor = FigureExtractor(language: language)
    self.factCountries = factCountries
  }

  /// Each language's pronouns (from its `LanguageDescription`), hashed as the word scanner hashes words.
  static let pronouns: [Language: Set<UInt64>] = Dictionary(
    uniqueKeysWithValues: Language.allCases.map { ($0, WordScanner.hashes(LanguageDescription.of($0).pronouns)) })

  /// - Parameter trace: when given, records what was weighed in each sentence, for `factlint explain`.
  func matches(in draft: Draft, block: Block, trace: ClaimTrace? = nil) -> [ClaimMatch] {
    draft.prose.withUnsafeBufferPointer { prose in
      var claims: [ClaimMatch] = []
      var previousHits: [TermHit] = []
      for sentence in block.sentences {
        let hits = matcher.hits(in: prose, range: sentence)
        defer { previousHits = hits }
        if hits.isEmpty && previousHits.isEmpty && trace == nil { continue }
        var all = hits
        let borrows = !previousHits.isEmpty && startsWithPronoun(prose, sentence)
        if borrows { all += previousHits }
        // Sorted by fact once: naming and pairing then read each fact's hits as one run, in time linear in the hits
        // (40,000 facts sharing a word once made a sentence cost their square).
        all.sort { $0.fact < $1.fact }
        let candidates = factsNamed(by: all)
        trace?.begin(sentence: sentence, hits: all, borrowed: borrows, named: candidates)
        if candidates.isEmpty { continue }
        let figures = extractor.figures(in: draft.prose, range: sentence)
        if figures.isEmpty { continue }
        let found = pair(figures, with: candidates, hits: all, draft: draft, sentence: sentence, trace: trace)
        trace?.finish(figures: figures, matches: found)
        claims += found
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
    return Self.pronouns[language]?.contains(first) == true
  }

  /// Facts whose subject and every context group are among the hits (sorted by fact), in fact order.
  private func factsNamed(by hits: [TermHit]) -> [Int] {
    var named: [Int] = []
    var start = 0
    while start < hits.count {
      let fact = hits[start].fact
      var end = start
      var subject: TermHit?
      var groups: UInt64 = 0
      while end < hits.count && hits[end].fact == fact {
        switch hits[end].role {
        case .subject: subject = hits[end]
        case .context(let g): groups |= 1 << UInt64(min(g, 63))
        case .exclude: break
        }
        end += 1
      }
      if let subject, groups.nonzeroBitCount == subject.contextGroups { named.append(fact) }
      start = end
    }
    return named
  }

  /// The run of `fact`'s hits in hits sorted by fact, found by binary search.
  private func run(of fact: Int, in hits: [TermHit]) -> ArraySlice<TermHit> {
    var low = 0
    var high = hits.count
    while low < high {
      let mid = (low + high) / 2
      if hits[mid].fact < fact { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < hits.count && hits[end].fact == fact { end += 1 }
    return hits[low..<end]
  }

  @inline(__always)
  private func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
    if a.upperBound <= b.lowerBound { return b.lowerBound - a.upperBound }
    if b.upperBound <= a.lowerBound { return a.lowerBound - b.upperBound }
    return 0
  }

  /// How close the fact's terms of one role stand to a figure, in bytes (Int.max when there is none); `hits` are
  /// the fact's own.
  private func nearest(
    _ hits: ArraySlice<TermHit>, role: TermIndex.Role, to span: Range<Int>, skipping shared: [Int] = []
  ) -> Int {
    var best = Int.max
    for hit in hits where hit.role == role && (shared.isEmpty || !Self.contains(shared, hit.span.lowerBound)) {
      best = min(best, distance(hit.span, span))
    }
    return best
  }

  /// Binary search in a sorted array.
  private static func contains(_ sorted: [Int], _ value: Int) -> Bool {
    var low = 0
    var high = sorted.count
    while low < high {
      let mid = (low + high) / 2
      if sorted[mid] < value { low = mid + 1 } else { high = mid }
    }
    return low < sorted.count && sorted[low] == value
  }

  /// A year written on its own ("en 2010", "in 2024"), or a period ("T3 2025", "l'exercice 2024-2025"): it sets
  /// the sentence in the years it names.
  private func mentionedYears(_ figure: Figure) -> ClosedRange<Int>? {
    if figure.kind == .date { return figure.date?.year.map { $0...$0 } }
    if figure.kind == .period { return figure.period?.years }
    guard figure.kind == .number, figure.unit == nil, !figure.spelledOut, let v = figure.value,
      v == v.rounded(), (1900...2100).contains(v), figure.numberSpan.count == 4
    else { return nil }
    return Int(v)...Int(v)
  }

  /// The country named nearest to `span` within its clause.
  private func nearestCountry(
    _ countries: [(span: Range<Int>, code: String)], to span: Range<Int>, in prose: [UInt8], sentence: Range<Int>
  ) -> (span: Range<Int>, code: String)? {
    let clause = Clause.around(span, in: prose, sentence: sentence)
    return countries.filter { clause.contains($0.span.lowerBound) && $0.span.upperBound <= clause.upperBound }
      .min { distance($0.span, span) < distance($1.span, span) }
  }

  private func pair(
    _ figures: [Figure], with candidates: [Int], hits: [TermHit], draft: Draft, sentence: Range<Int>,
    trace: ClaimTrace?
  ) -> [ClaimMatch] {
    let yearMentions = figures.enumerated().compactMap { i, f in mentionedYears(f).map { (i, $0) } }
    // The sentence's countries, looked for the first time a figure could be a claim of a fact that names one.
    var countries: [(span: Range<Int>, code: String)]?
    let pastClauses = TimeShift.clauses(of: figures, in: draft.prose, sentence: sentence)
    // Words that are context for several candidate facts ("terres rares" for mining and refining) say nothing
    // about which fact a figure speaks of: pairing measures the distance to the words that tell them apart.
    // Such words are found by sorting the candidates' context hits by span: a span held by two facts is shared.
    var shared: [Int] = []
    if candidates.count > 1 {
      var context: [(span: Range<Int>, fact: Int)] = []
      for hit in hits where hit.role != .subject && hit.role != .exclude {
        if Self.contains(candidates, hit.fact) { context.append((hit.span, hit.fact)) }
      }
      context.sort { ($0.span.lowerBound, $0.span.upperBound) < ($1.span.lowerBound, $1.span.upperBound) }
      for k in context.indices.dropFirst()
      where context[k].span == context[k - 1].span && context[k].fact != context[k - 1].fact
        && shared.last != context[k].span.lowerBound
      {
        shared.append(context[k].span.lowerBound)
      }
    }
    var pairs: [(score: Int, figure: Int, fact: Int, scale: Double)] = []
    for (i, figure) in figures.enumerated() {
      let isYear = (figure.kind == .number || figure.kind == .period) && yearMentions.contains { $0.0 == i }
      if isYear {
        trace?.yearOnly(figure: i)
        continue
      }
      for factIndex in candidates {
        // Fields are read in place: copying a Fact would retain and release each of its strings and arrays.
        let unit = base.facts[factIndex].unit
        guard let scale = UnitFit.scale(of: figure, for: unit) else {
          trace?.weigh(figure: i, fact: factIndex, .unitDoesNotFit)
          continue
        }
        guard unit != .money || figure.unit == base.facts[factIndex].currency else {
          trace?.weigh(figure: i, fact: factIndex, .otherCurrency)
          continue
        }
        if let years = base.facts[factIndex].period?.years {
          // "il y a dix ans", "ten years ago": that clause speaks of another time.
          if let clause = pastClauses.first(where: { $0.contains(figure.span.lowerBound) }) {
            trace?.weigh(figure: i, fact: factIndex, .countedBack(clause: clause))
            continue
          }
          // A figure set explicitly in another year speaks of another period.
          if let (_, named) = yearMentions.first(where: { index, named in index != i && !years.overlaps(named) }) {
            trace?.weigh(figure: i, fact: factIndex, .yearInSentence(named.lowerBound))
            continue
          }
          if unit != .date, let year = figure.date?.year, !years.contains(year) {
            trace?.weigh(figure: i, fact: factIndex, .figureYear(year))
            continue
          }
        }
        // The country the figure's clause names, nearest to it, must be the fact's when the fact has one.
        let own = factCountries.of(factIndex, in: base)
        if !own.isEmpty {
          let named =
            countries ?? draft.prose.withUnsafeBufferPointer { CountryIndex.shared.mentions(in: $0, range: sentence) }
          countries = named
          if let nearest = nearestCountry(named, to: figure.span, in: draft.prose, sentence: sentence),
            !own.contains(nearest.code)
          {
            trace?.weigh(
              figure: i, fact: factIndex, .otherCountry(String(decoding: draft.prose[nearest.span], as: UTF8.self)))
            continue
          }
        }
        let factHits = run(of: factIndex, in: hits)
        let subject = nearest(factHits, role: .subject, to: figure.span)
        let exclude = nearest(factHits, role: .exclude, to: figure.span)
        if exclude < subject {
          trace?.weigh(figure: i, fact: factIndex, .excludeNearer(exclude: exclude, subject: subject))
          continue
        }
        var contextDistances: [Int?] = []
        // Facts often share a subject ("la Chine"): the context words ("raffinée", "extraction") tell them apart,
        // so they weigh four times the subject in how near a fact's terms stand to the figure.
        var score = subject / 4
        let groups = factHits.first?.contextGroups ?? 0
        for g in 0..<groups {
          let distinct = nearest(factHits, role: .context(g), to: figure.span, skipping: shared)
          // A group made only of shared words adds nothing; saturating, so Int.max never overflows the sum.
          if distinct != Int.max { score = min(Int.max / 2, score) + min(Int.max / 2, distinct) }
          if trace != nil { contextDistances.append(distinct == Int.max ? nil : distinct) }
        }
        trace?.weigh(figure: i, fact: factIndex, .scored(score, subject: subject, context: contextDistances))
        pairs.append((score, i, factIndex, scale))
      }
    }
    pairs.sort { $0.score != $1.score ? $0.score < $1.score : $0.figure < $1.figure }
    // A sentence holds a handful of figures and facts: arrays beat hashing here.
    var usedFigures: [Int] = []
    var usedFacts: [Int] = []
    var claims: [ClaimMatch] = []
    for pair in pairs where !usedFigures.contains(pair.figure) && !usedFacts.contains(pair.fact) {
      usedFigures.append(pair.figure)
      usedFacts.append(pair.fact)
      claims.append(ClaimMatch(figure: figures[pair.figure], fact: pair.fact, scale: pair.scale, sentence: sentence))
    }
    if claims.count > 1 { claims.sort { $0.figure.span.lowerBound < $1.figure.span.lowerBound } }
    return claims
  }
}
