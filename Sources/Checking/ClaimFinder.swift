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
  /// The language's frame words and stop words, looked up once per check, not per sentence.
  let cues: FrameWordSets
  let stopWords: WordSet
  /// The countries the draft is about (`Checker.topic(of:)`).
  let topic: Set<String>
  /// The year the draft is written in (`Draft.date`): what "last year", "cette année" count from.
  let documentYear: Int?
  private let buffers = SentenceBuffers()

  /// The per-sentence arrays `matches` fills, kept across blocks: a block is a paragraph of a few sentences, and
  /// fresh arrays per block cost more than the matching itself in prose that names no fact.
  private final class SentenceBuffers {
    var hits: [TermHit] = []
    var previousHits: [TermHit] = []
    var all: [TermHit] = []
    var present: [Int] = []
    var earlier = [[TermHit]](repeating: [], count: ClaimFinder.discourseWindow)
  }

  init(base: FactBase, language: Language, topic: Set<String> = [], documentYear: Int? = nil) {
    self.topic = topic
    self.documentYear = documentYear
    self.base = base
    self.language = language
    self.matcher = TermMatcher(index: base.index, language: language)
    self.extractor = FigureExtractor(language: language)
    self.cues = FrameWordSets.of(language)
    self.stopWords = StopWords.of(language)
  }

  /// Each language's pronouns (from its `LanguageDescription`), hashed as the word scanner hashes words.
  static let pronouns: [Language: WordSet] = Dictionary(
    uniqueKeysWithValues: Language.allCases.map { ($0, WordScanner.hashes(LanguageDescription.of($0).pronouns)) })

  /// - Parameter trace: when given, records what was weighed in each sentence, for `factlint explain`.
  func matches(in draft: Draft, block: Block, trace: ClaimTrace? = nil) -> [ClaimMatch] {
    draft.prose.withUnsafeBufferPointer { prose in
      var claims: [ClaimMatch] = []
      // Buffers kept from one sentence to the next, moved out of their class (its stored arrays pay an exclusivity
      // check on every access) and back: most sentences name no fact and must cost no allocation.
      var hits = buffers.hits
      var previousHits = buffers.previousHits
      var all = buffers.all
      var present = buffers.present
      // The measure words of the paragraph's last few sentences lend evidence to a sentence, with less weight than
      // its own ("Les naissances reculent. On en compte 663 000."); a ring of the last sentences' measure hits, so a
      // long paragraph stays linear. Sentence k's are in slot k % discourseWindow.
      var earlier = buffers.earlier
      // The years the paragraph's last sentence with a year set it in: a figure whose sentence names none is of
      // that time ("Les naissances ont reculé en 2024. On en compte 663 000.").
      var paragraphYears: ClosedRange<Int>?
      buffers.hits = []
      buffers.previousHits = []
      buffers.all = []
      buffers.present = []
      buffers.earlier = []
      hits.removeAll(keepingCapacity: true)
      previousHits.removeAll(keepingCapacity: true)
      for slot in earlier.indices { earlier[slot].removeAll(keepingCapacity: true) }
      defer {
        buffers.hits = hits
        buffers.previousHits = previousHits
        buffers.all = all
        buffers.present = present
        buffers.earlier = earlier
      }
      for (k, sentence) in block.sentences.enumerated() {
        swap(&hits, &previousHits)
        matcher.hits(in: prose, range: sentence, into: &hits)
        defer {
          let slot = k % Self.discourseWindow
          earlier[slot].removeAll(keepingCapacity: true)
          for hit in hits where hit.role == .measure { earlier[slot].append(hit) }
        }
        if hits.isEmpty && previousHits.isEmpty && trace == nil { continue }
        // A fact becomes a candidate by its subject or by its measure: context and exclusion words alone, here and
        // in the previous sentence, name none.
        if trace == nil && !hits.contains(where: \.nominates) && !previousHits.contains(where: \.nominates) { continue }
        all.removeAll(keepingCapacity: true)
        all.append(contentsOf: hits)
        let borrows = !previousHits.isEmpty && startsWithPronoun(prose, sentence)
        if borrows { all.append(contentsOf: previousHits) }
        if !hits.isEmpty && earlier.contains(where: { !$0.isEmpty }) {
          // Earlier sentences' hits lie outside this one: they never repeat its own.
          present.removeAll(keepingCapacity: true)
          for hit in hits where hit.role == .measure { present.append(hit.fact) }
          if !present.isEmpty {
            present.sort()
            // Oldest sentence first: sentence k - window is in slot k % window.
            for age in 0..<Self.discourseWindow {
              for hit in earlier[(k + age) % Self.discourseWindow] where Self.contains(present, hit.fact) {
                all.append(hit)
              }
            }
          }
        }
        // Sorted by fact once: naming and pairing then read each fact's hits as one run, in time linear in the hits
        // (40,000 facts sharing a word once made a sentence cost their square).
        all.sort { $0.fact < $1.fact }
        let (named, candidates) = facts(in: all, sentence: sentence)
        trace?.begin(sentence: sentence, hits: all, borrowed: borrows, named: candidates)
        if candidates.isEmpty { continue }
        let figures = extractor.figures(in: draft.prose, range: sentence)
        if figures.isEmpty { continue }
        let found = pair(
          figures, with: candidates, named: named, hits: all, draft: draft, sentence: sentence,
          lentFrom: block.sentences[max(0, k - Self.discourseWindow)].lowerBound, paragraphYears: &paragraphYears,
          trace: trace)
        trace?.finish(figures: figures, matches: found)
        claims += found
      }
      return claims
    }
  }

  /// How many earlier sentences of a paragraph lend their measure words and countries to a sentence.
  static let discourseWindow = 3

  /// How much of a fact's measure a figure's surroundings say, 0…1: in its clause a word counts fully, elsewhere in
  /// the sentence 0.8, in an earlier sentence of the paragraph 0.5; each of the fact's terms once, at its best.
  static let measureThreshold: Float = 0.5
  static let termedMeasureThreshold: Float = 0.7
  static let namedMeasureThreshold: Float = 0.15

  private func coverage(_ hits: ArraySlice<TermHit>, clause: Range<Int>?, sentence: Range<Int>) -> Float {
    @inline(__always) func placed(_ hit: TermHit) -> Float {
      let place: Float =
        !sentence.contains(hit.span.lowerBound) ? 0.5 : (clause?.contains(hit.span.lowerBound) ?? true) ? 1 : 0.8
      return hit.weight * place
    }
    // Each entry counts once, at its best place: a fact has a handful of measure hits, so comparing them pairwise
    // costs less than building a table.
    var total: Float = 0
    var sum: Float = 0
    for i in hits.indices where hits[i].role == .measure {
      total = hits[i].measureTotal
      let weight = placed(hits[i])
      let beaten = hits.indices.contains { j in
        j != i && hits[j].role == .measure && hits[j].entry == hits[i].entry
          && (placed(hits[j]) > weight || (placed(hits[j]) == weight && j < i))
      }
      if !beaten { sum += weight }
    }
    guard total > 0 else { return 0 }
    return sum / total
  }

  /// The facts the hits (sorted by fact) name by their subject and every context group, and the candidates: those
  /// and the facts whose measure words the sentence says enough of; both sorted by fact.
  private func facts(in hits: [TermHit], sentence: Range<Int>) -> (named: [Int], candidates: [Int]) {
    var named: [Int] = []
    var candidates: [Int] = []
    var start = 0
    while start < hits.count {
      let fact = hits[start].fact
      var end = start
      var subject: TermHit?
      var groups: UInt64 = 0
      var measures = false
      while end < hits.count && hits[end].fact == fact {
        switch hits[end].role {
        case .subject: subject = hits[end]
        case .context(let g): groups |= 1 << UInt64(min(g, 63))
        case .measure: measures = true
        case .exclude: break
        }
        end += 1
      }
      if let subject, groups.nonzeroBitCount == subject.contextGroups {
        named.append(fact)
        candidates.append(fact)
      } else if measures, coverage(hits[start..<end], clause: nil, sentence: sentence) >= Self.measureThreshold {
        candidates.append(fact)
      }
      start = end
    }
    return (named, candidates)
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
  /// the sentence in the years it names; so does a year named from the draft's ("last year", "l'an dernier").
  private func mentionedYears(_ figure: Figure) -> ClosedRange<Int>? {
    if figure.kind == .date { return figure.date?.year.map { $0...$0 } }
    if figure.kind == .relativeDate {
      guard let shift = figure.relative?.yearOffset, let year = documentYear else { return nil }
      return (year + shift)...(year + shift)
    }
    if figure.kind == .period { return figure.period?.years }
    guard figure.kind == .number, figure.unit == nil, !figure.spelledOut, let v = figure.value,
      v == v.rounded(), (1900...2100).contains(v), figure.numberSpan.count == 4
    else { return nil }
    return Int(v)...Int(v)
  }

  /// Whether a year written on its own (`mentionedYears`) stands right after a capitalised word that does not open
  /// the sentence: the end of a title or a name, not a time.
  private func endsAName(_ figure: Figure, in prose: [UInt8], sentence: Range<Int>) -> Bool {
    guard figure.kind == .number, figure.span == figure.numberSpan else { return false }
    var end = figure.span.lowerBound
    guard end > sentence.lowerBound, prose[end - 1] == 0x20 else { return false }
    end -= 1
    var start = end
    while start > sentence.lowerBound, prose[start - 1] != 0x20, prose[start - 1] != 0x0A { start -= 1 }
    guard start > sentence.lowerBound, start < end else { return false }
    let first = prose[start]
    let letters = prose[start..<end].allSatisfy { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
    return letters && (0x41...0x5A).contains(first)
  }

  /// How near the fact's measure words stand to figure `index`, in bytes. A word before the figure, past a
  /// conjunction that follows another figure, is that figure's ("85,6 ans pour les femmes et 80,0 ans"): it counts
  /// as far.
  private func measureDistance(
    _ hits: ArraySlice<TermHit>, to index: Int, in figures: [Figure], skipping shared: [Int], conjunctions: [Int]
  ) -> Int {
    let span = figures[index].span
    var best = Int.max
    for hit in hits where hit.role == .measure && (shared.isEmpty || !Self.contains(shared, hit.span.lowerBound)) {
      var d = distance(hit.span, span)
      if hit.span.upperBound <= span.lowerBound,
        conjunctions.contains(where: { $0 >= hit.span.upperBound && $0 < span.lowerBound }),
        figures.indices.contains(where: { $0 != index && figures[$0].span.upperBound <= hit.span.lowerBound })
      {
        d += 200
      }
      best = min(best, d)
    }
    return best
  }

  /// The country named nearest to `span` within its clause.
  private func nearestCountry(
    _ countries: [(span: Range<Int>, code: String)], to span: Range<Int>, clause: Range<Int>
  ) -> (span: Range<Int>, code: String)? {
    countries.filter { clause.contains($0.span.lowerBound) && $0.span.upperBound <= clause.upperBound }
      .min { distance($0.span, span) < distance($1.span, span) }
  }

  /// Whether a base-year word stands just before the year `figure` ("par rapport à 2024", "qu'en 2023", "than in
  /// 2023"): up to two words back, within its clause.
  private static func isBaseYear(_ figure: Figure, clause: Range<Int>, words: [Word], cues: FrameWordSets) -> Bool {
    var k = Self.firstWord(in: words, startingAtOrAfter: figure.span.lowerBound)
    for _ in 0..<3 where k > 0 {
      k -= 1
      guard clause.contains(words[k].span.lowerBound) else { return false }
      if cues.baseYear.contains(words[k].hash) { return true }
    }
    return false
  }

  /// The country named in the sentence's opening clause ("In the United Kingdom, …", "Au Japon, …"), unless it is
  /// the one compared with ("than Japan's", "que le Japon"), and where that clause ends: it is the country of the
  /// figures in later clauses that name none.
  private static func openingCountry(
    _ countries: [(span: Range<Int>, code: String)], in prose: [UInt8], sentence: Range<Int>, words: [Word],
    cues: FrameWordSets
  ) -> (country: (span: Range<Int>, code: String), end: Int)? {
    guard let first = countries.first else { return nil }
    let opening = Clause.around(sentence.lowerBound..<sentence.lowerBound, in: prose, sentence: sentence)
    guard opening.contains(first.span.lowerBound), first.span.upperBound <= opening.upperBound else { return nil }
    var k = Self.firstWord(in: words, startingAtOrAfter: first.span.lowerBound)
    if k > 0 && k < words.count {
      k -= 1
      if cues.articles.contains(words[k].hash) && k > 0 { k -= 1 }
      if cues.comparedWith.contains(words[k].hash) { return nil }
    }
    return (first, opening.upperBound)
  }

  /// The index of the first word starting at or after `offset` (words are in text order), else the count.
  private static func firstWord(in words: [Word], startingAtOrAfter offset: Int) -> Int {
    var low = 0
    var high = words.count
    while low < high {
      let mid = (low + high) >> 1
      if words[mid].span.lowerBound >= offset { high = mid } else { low = mid + 1 }
    }
    return low
  }

  private func pair(
    _ figures: [Figure], with candidates: [Int], named: [Int], hits: [TermHit], draft: Draft, sentence: Range<Int>,
    lentFrom: Int, paragraphYears: inout ClosedRange<Int>?, trace: ClaimTrace?
  ) -> [ClaimMatch] {
    // A year that ends a name ("Renewable Capacity Statistics 2025", "Vision 2030") is no figure and sets no time;
    // a year or a period written on its own is a time, not a claim.
    var yearOf: [ClosedRange<Int>?] = []
    var timeOnly: [Bool] = []
    for figure in figures {
      let years = mentionedYears(figure)
      let inName = years != nil && endsAName(figure, in: draft.prose, sentence: sentence)
      yearOf.append(inName ? nil : years)
      timeOnly.append(
        inName || ((figure.kind == .number || figure.kind == .period || figure.kind == .relativeDate) && years != nil))
    }
    // A sentence that names its years sets the paragraph's, for the sentences after it; not a change's base year,
    // nor a date's (the day of an event, not the time its figures speak of).
    let lentYears = paragraphYears
    var ownYears: [ClosedRange<Int>] = []
    for j in figures.indices where figures[j].kind != .date {
      if let years = yearOf[j], !Self.isBaseYear(figures[j], clause: sentence, words: matcher.words, cues: cues) {
        ownYears.append(years)
      }
    }
    if let set = ClosedRange<Int>.covering(ownYears) { paragraphYears = set }
    // Most sentences that name a fact hold no figure of its unit: they cost no frame reading.
    let anyFits = figures.indices.contains { i in
      !timeOnly[i] && candidates.contains { UnitFit.scale(of: figures[i], for: base.facts[$0].unit) != nil }
    }
    if !anyFits && trace == nil { return [] }
    let (frames, conjunctions) = FigureFrame.read(
      figures, yearOf: { yearOf[$0] }, prose: draft.prose, sentence: sentence, words: matcher.words, cues: cues,
      stop: stopWords)
    // The sentence's countries, looked for the first time a figure could be a claim of a fact that names one; the
    // paragraph's, the first time a fact read by its measure needs its country named.
    var countries: [(span: Range<Int>, code: String)]?
    var paragraphCountries: Set<String>?
    // The sentence's opening country, looked for the first time a figure's clause names none (nil inside: none).
    var opening: (country: (span: Range<Int>, code: String), end: Int)??
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
    let straddling = figures.first { $0.kind == .period && $0.period?.straddlesYears == true }
      .map { (years: $0.period!.years, text: $0.text) }
    // An earlier level set in a year ("up from 0.72 in 2023") makes the sentence's undated figures a later time.
    // So does a year a change is measured from ("a augmenté de 1 % par rapport à 2024 avec un total de 544 TWh").
    var comparedYears = frames.filter { $0.isEarlierLevel && $0.ownYears }.compactMap(\.years)
    for (j, years) in yearOf.enumerated() {
      if let years, Self.isBaseYear(figures[j], clause: frames[j].clause, words: matcher.words, cues: cues) {
        comparedYears.append(years)
      }
    }
    var pairs: [(strength: Float, score: Int, figure: Int, fact: Int, scale: Double)] = []
    for (i, written) in figures.enumerated() {
      let frame = frames[i]
      // "Sanae Takaichi, 64 ans, …": years in apposition are an age, never the length of an event.
      var figure = written
      if frame.isApposition && figure.kind == .duration && figure.unit == "year" { figure.kind = .age }
      if timeOnly[i] {
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
        let factMode = base.frames[factIndex].mode
        if !Self.fits(frame.mode, factMode) {
          trace?.weigh(figure: i, fact: factIndex, .otherAssertion(figure: frame.mode, fact: factMode))
          continue
        }
        if let years = base.facts[factIndex].period?.years {
          // "il y a dix ans", "ten years ago": that clause speaks of another time.
          if let clause = pastClauses.first(where: { $0.contains(figure.span.lowerBound) }) {
            trace?.weigh(figure: i, fact: factIndex, .countedBack(clause: clause))
            continue
          }
          // A figure set in another year speaks of another period; a date carries its own year, compared below.
          if let named = frame.years, !years.overlaps(named), !(unit == .date && figure.date?.year != nil) {
            trace?.weigh(figure: i, fact: factIndex, .yearInSentence(named.lowerBound))
            continue
          }
          if frame.years == nil, ownYears.isEmpty, unit != .date, let lent = lentYears, !years.overlaps(lent) {
            trace?.weigh(figure: i, fact: factIndex, .yearInParagraph(lent.lowerBound))
            continue
          }
          if unit != .date, let year = figure.date?.year, !years.contains(year) {
            trace?.weigh(figure: i, fact: factIndex, .figureYear(year))
            continue
          }
          if frame.years == nil, let compared = comparedYears.first(where: { $0.overlaps(years) }) {
            trace?.weigh(figure: i, fact: factIndex, .laterThan(compared.lowerBound))
            continue
          }
          if frame.isEarlierLevel && !frame.ownYears {
            trace?.weigh(figure: i, fact: factIndex, .earlierLevel)
            continue
          }
        } else if frame.isEarlierLevel {
          trace?.weigh(figure: i, fact: factIndex, .earlierLevel)
          continue
        }
        if frame.partOfYear, let period = base.facts[factIndex].period, !period.isPartOfYear, unit != .date {
          trace?.weigh(figure: i, fact: factIndex, .partOfYear)
          continue
        }
        // "651 200 décès … sur un an, de mai 2024 à mai 2025": twelve months across two years are no calendar
        // year's, for the figures that have no year of their own.
        if let window = straddling, !frame.ownYears, unit != .date, let period = base.facts[factIndex].period,
          period.years.count == 1, !period.isPartOfYear, window.years.contains(period.years.lowerBound)
        {
          trace?.weigh(figure: i, fact: factIndex, .straddlingPeriod(window.text))
          continue
        }
        // The country the figure's clause names, nearest to it, must be the fact's.
        // A fact of no country (the world's, a market's), read by its measure alone, is no country's figure either:
        // "China added 374 GW" is China's, not the world's. A fact named by its terms keeps its subject, whatever
        // place its clause names ("Zorglub took place in Paris").
        let own = base.frames[factIndex].countries
        if !own.isEmpty || !Self.contains(named, factIndex) {
          let named =
            countries ?? CountryIndex.shared.mentions(in: matcher.words)
          countries = named
          // A clause that names no country takes the one the sentence opens with ("In neighbouring South Korea,
          // the rate … was even lower than Japan's, at 0.75").
          var nearest = nearestCountry(named, to: figure.span, clause: frame.clause)
          if nearest == nil {
            if opening == nil {
              opening = .some(
                Self.openingCountry(named, in: draft.prose, sentence: sentence, words: matcher.words, cues: cues))
            }
            if let found = opening ?? nil, found.end <= frame.clause.lowerBound { nearest = found.country }
          }
          if let nearest, !own.contains(nearest.code) {
            trace?.weigh(
              figure: i, fact: factIndex, .otherCountry(String(decoding: draft.prose[nearest.span], as: UTF8.self)))
            continue
          }
        }
        if unit != .date, base.frames[factIndex].mode != .change,
          Self.otherMagnitude(figure, scale: scale, fact: base.facts[factIndex])
        {
          trace?.weigh(figure: i, fact: factIndex, .otherMagnitude)
          continue
        }
        let factHits = run(of: factIndex, in: hits)
        // The noun the figure complements must be one of the fact's words when the fact has a measure: "la tournée
        // d'une semaine" is no length of the visit.
        if let governor = frame.governor, base.index.hasMeasure(factIndex, in: language),
          !factHits.contains(where: { $0.span.overlaps(governor) })
        {
          trace?.weigh(
            figure: i, fact: factIndex, .otherMeasure(String(decoding: draft.prose[governor], as: UTF8.self)))
          continue
        }
        // "374 GW of renewable power": a complement that names another candidate's words and none of this fact's
        // says the figure is that one's.
        if !frame.complement.isEmpty,
          !factHits.contains(where: { hit in frame.complement.contains { $0.overlaps(hit.span) } }),
          hits.contains(where: { hit in
            hit.fact != factIndex && hit.role != .exclude && Self.contains(candidates, hit.fact)
              && frame.complement.contains { $0.overlaps(hit.span) }
          })
        {
          trace?.weigh(
            figure: i, fact: factIndex,
            .otherMeasure(
              String(
                decoding: draft.prose[frame.complement[0].lowerBound..<frame.complement.last!.upperBound], as: UTF8.self
              )))
          continue
        }
        let measure = coverage(factHits, clause: frame.clause, sentence: sentence)
        let isNamed = Self.contains(named, factIndex)
        if !isNamed {
          // Read by its measure alone: enough of it must stand around the figure, and the fact's country must be
          // named in the sentence, earlier in the paragraph, or where the draft says what it is about.
          if measure < Self.measureThreshold {
            trace?.weigh(figure: i, fact: factIndex, .thinMeasure(measure, needed: Self.measureThreshold))
            continue
          }
          if !own.isEmpty {
            let sentenceCodes = Set((countries ?? []).map(\.code))
            if own.isDisjoint(with: sentenceCodes) {
              let earlier =
                paragraphCountries
                ?? draft.prose.withUnsafeBufferPointer {
                  Set(CountryIndex.shared.mentions(in: $0, range: lentFrom..<sentence.lowerBound).map(\.code))
                }
              paragraphCountries = earlier
              if own.isDisjoint(with: earlier) && own.isDisjoint(with: topic) {
                trace?.weigh(figure: i, fact: factIndex, .entityNotNamed)
                continue
              }
            }
          }
          // A fact with terms of its own but none of a whole group here needs more of its measure; its
          // exclusions hold as for a named fact.
          if base.facts[factIndex].terms[language] != nil && measure < Self.termedMeasureThreshold {
            trace?.weigh(figure: i, fact: factIndex, .thinMeasure(measure, needed: Self.termedMeasureThreshold))
            continue
          }
          // Words several candidates share ("espérance de vie") do not tell which one a figure is.
          let distinct = measureDistance(factHits, to: i, in: figures, skipping: shared, conjunctions: conjunctions)
          let distance =
            distinct == Int.max
            ? measureDistance(factHits, to: i, in: figures, skipping: [], conjunctions: conjunctions) : distinct
          let exclude = nearest(factHits, role: .exclude, to: figure.span)
          if exclude < distance {
            trace?.weigh(figure: i, fact: factIndex, .excludeNearer(exclude: exclude, subject: distance))
            continue
          }
          trace?.weigh(figure: i, fact: factIndex, .measured(measure, distance: distance))
          pairs.append((measure, distance, i, factIndex, scale))
          continue
        }
        // Named by its terms, the fact must still have some of its measure said in the sentence (or the paragraph):
        // a subject and one context word far apart ("monde" … "pic") are not what the figure quantifies. A context
        // word in the figure's own clause says it as well as the statement's words ("686,061 babies were born").
        let contextInClause = factHits.contains { hit in
          if case .context = hit.role { return frame.clause.contains(hit.span.lowerBound) }
          return false
        }
        if measure < Self.namedMeasureThreshold && !contextInClause && base.index.hasMeasure(factIndex, in: language) {
          trace?.weigh(figure: i, fact: factIndex, .thinMeasure(measure, needed: Self.namedMeasureThreshold))
          continue
        }
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
        let groups = factHits.first { $0.role != .measure }?.contextGroups ?? 0
        for g in 0..<groups {
          let distinct = nearest(factHits, role: .context(g), to: figure.span, skipping: shared)
          // A group made only of shared words adds nothing; saturating, so Int.max never overflows the sum.
          if distinct != Int.max { score = min(Int.max / 2, score) + min(Int.max / 2, distinct) }
          if trace != nil { contextDistances.append(distinct == Int.max ? nil : distinct) }
        }
        trace?.weigh(figure: i, fact: factIndex, .scored(score, subject: subject, context: contextDistances))
        pairs.append((2, score, i, factIndex, scale))
      }
    }
    // Facts named by their terms first, by the nearness of their terms; then facts read by their measure, the
    // better measure first.
    pairs.sort {
      $0.strength != $1.strength
        ? $0.strength > $1.strength : $0.score != $1.score ? $0.score < $1.score : $0.figure < $1.figure
    }
    // A sentence holds a handful of figures and facts: arrays beat hashing here.
    var usedFigures: [Int] = []
    var usedFacts: [Int] = []
    var claims: [ClaimMatch] = []
    for pair in pairs where !usedFigures.contains(pair.figure) && !usedFacts.contains(pair.fact) {
      // Two facts read by their measure alone, as likely as each other for this figure: say nothing.
      if pair.strength < 1,
        let rival = pairs.first(where: {
          $0.figure == pair.figure && $0.fact != pair.fact && !usedFacts.contains($0.fact)
            && abs($0.strength - pair.strength) < 0.05 && abs($0.score - pair.score) < 12
        })
      {
        trace?.weigh(figure: pair.figure, fact: pair.fact, .abstained(rival: rival.fact))
        usedFigures.append(pair.figure)
        continue
      }
      usedFigures.append(pair.figure)
      usedFacts.append(pair.fact)
      claims.append(ClaimMatch(figure: figures[pair.figure], fact: pair.fact, scale: pair.scale, sentence: sentence))
    }
    if claims.count > 1 { claims.sort { $0.figure.span.lowerBound < $1.figure.span.lowerBound } }
    return claims
  }

  /// How far apart a figure and a fact's level may be and still be the same quantity, as a ratio.
  static let magnitudeRatio = 20.0

  /// A figure of another order of magnitude than the fact's level, or below zero for a positive one, measures
  /// something else ("un des 63 pays" is no world population, "record-low 1.15" no number of births, "-281
  /// thousand" no number of births, "in nearly six years" no three-day visit): a writer's slip changes digits,
  /// not twenty times the value.
  static func otherMagnitude(_ figure: Figure, scale: Double, fact: Fact) -> Bool {
    guard let level = fact.value.interval, level.lower > 0, level.upper.isFinite,
      let written = figure.value ?? figure.lower ?? figure.upper
    else { return false }
    let value = written * scale
    return value < 0 || value > level.upper * magnitudeRatio || value < level.lower / magnitudeRatio
  }

  /// Whether a figure asserted one way can state a fact asserted another. A target or a forecast is often written
  /// as a plain value ("2 % du PIB", "10,3 milliards en 2080"), an actual level is announced in the future ("will
  /// raise spending to 2 %") and called a goal: levels meet levels, their periods tell them apart. A change is no
  /// level, and another actor's demand meets only a demand.
  static func fits(_ figure: FactFrame.AssertionMode, _ fact: FactFrame.AssertionMode) -> Bool {
    if figure == fact { return true }
    // A change fact's unit (points, a percent change) or statement already says it is a change: a figure meets it
    // however its clause puts it ("reached 1pp", "×4"), unless it is someone's demand.
    if fact == .change { return figure != .demand }
    func isLevel(_ mode: FactFrame.AssertionMode) -> Bool { mode == .actual || mode == .forecast || mode == .target }
    return isLevel(figure) && isLevel(fact)
  }
}
