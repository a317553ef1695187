import Drafts
import FactBase
import Figures

/// What a figure's own clause says of it: when it is set (the years written beside it), and how it is asserted
/// (an actual value, a change, a forecast, a target, another actor's demand, or an earlier level compared with).
struct FigureFrame: Sendable, Hashable {
  var clause: Range<Int>
  var mode: FactFrame.AssertionMode
  /// "contre 1,68", "up from 0.72", "the previous year's 0.78": the level the figure is compared with.
  var isEarlierLevel: Bool
  /// The years written for this figure: those beside it in its clause, else the sentence's own ("En 2024, …").
  var years: ClosedRange<Int>?
  /// The figure's years come from its own clause, not from the sentence.
  var ownYears: Bool
  /// The noun a figure complements through "de"/"of" ("tournée *d'une semaine*", "a *decrease* in population (…) of
  /// 497,538"): what it quantifies, when the clause says it that way.
  var governor: Range<Int>?
  /// The words after "de"/"of" that follow the figure ("374 GW *of renewable power*"), up to three.
  var complement: [Range<Int>]
  /// The figure is its clause's only words, after a name ("Sanae Takaichi, 64 ans, …"): an apposition, so a
  /// number of years is the person's age.
  var isApposition: Bool
  /// A part of a year is named in the figure's clause ("au premier semestre 2025", "in the first half"), or in a
  /// figure-less clause before it: it is no figure of a whole year.
  var partOfYear: Bool

  /// Frames of a sentence's figures, and where its conjunctions stand ("et", "and": words before one, after
  /// another figure, are that figure's); `yearOf(i)` is the year or period figure `i` names, when it is one.
  /// - Parameter words: the sentence's words, as the term matcher read them.
  static func read(
    _ figures: [Figure], yearOf: (Int) -> ClosedRange<Int>?, prose: [UInt8], sentence: Range<Int>,
    words: [Word], cues: FrameWordSets, stop: WordSet
  ) -> (frames: [FigureFrame], conjunctions: [Int]) {
    func clauseAround(_ span: Range<Int>) -> Range<Int> { Clause.around(span, in: prose, sentence: sentence) }
    // The cue each word starts (with the word after it), read once for all the sentence's figures, and the words
    // that name a part of a year (most sentences have none).
    var cueOf: [FactFrame.AssertionMode?] = []
    cueOf.reserveCapacity(words.count)
    var partWords: [Int] = []
    for k in words.indices {
      let cue = cues.cue(of: words[k].hash, next: k + 1 < words.count ? words[k + 1].hash : nil)
      cueOf.append(cue.mode)
      if cue.partOfYear { partWords.append(k) }
    }
    let articles = cues.articles
    let conjunctions = cues.conjunctions
    let links = cues.links
    let clauses = figures.map { clauseAround($0.span) }
    // Each year goes to the figure it is written for: the nearest before it in its clause ("8,2 milliards en
    // 2024"), else the nearest after ("In 2024 Japan recorded 686,061"); a year alone in its clause ("En 2024, …")
    // sets the whole sentence.
    var assigned: [ClosedRange<Int>?] = Array(repeating: nil, count: figures.count)
    // Years alone in their clause, by position: they set the figures that follow them ("En 2024, …"), not those
    // before ("…3 %, ahead of the original target of fiscal 2027").
    var sentenceYears: [(at: Int, years: ClosedRange<Int>)] = []
    for (j, figure) in figures.enumerated() {
      guard let years = yearOf(j) else { continue }
      let clause = clauses[j]
      // A date or a relative day ("today", "mardi") is a time itself, never what a year is written for.
      let others = figures.indices.filter { k in
        k != j && yearOf(k) == nil && figures[k].kind != .date && figures[k].kind != .relativeDate
          && clause.contains(figures[k].span.lowerBound)
          && figures[k].span.upperBound <= clause.upperBound
      }
      let before = others.filter { figures[$0].span.upperBound <= figure.span.lowerBound }
        .max { figures[$0].span.upperBound < figures[$1].span.upperBound }
      let after = others.filter { figures[$0].span.lowerBound >= figure.span.upperBound }
        .min { figures[$0].span.lowerBound < figures[$1].span.lowerBound }
      if let owner = before ?? after {
        assigned[owner] = assigned[owner].map { $0.covering(years) } ?? years
      } else {
        sentenceYears.append((figure.span.lowerBound, years))
      }
    }
    var frames = figures.enumerated().map { i, figure in
      let firstAfter = Self.firstWord(in: words) { $0.span.upperBound > figure.span.lowerBound }
      let before = firstAfter > 0 ? firstAfter - 1 : nil
      let afterIndex = Self.firstWord(in: words) { $0.span.lowerBound >= figure.span.upperBound }
      let after = afterIndex < words.count ? afterIndex : nil
      let clause = clauses[i]
      var mode = FactFrame.AssertionMode.actual
      // A change is told beside the figure: "hausse de 1,1 %", "up 0.05 points", "3.1% lower", "2,2 % de moins".
      func changeAt(_ k: Int?) -> Bool {
        guard let k, words.indices.contains(k), clause.contains(words[k].span.lowerBound) else { return false }
        // The figure's own words ("plus de la moitié") are no cue's second word.
        let next =
          k + 1 < words.count && !figure.span.contains(words[k + 1].span.lowerBound) ? words[k + 1].hash : nil
        return cues.mode(of: words[k].hash, next: next) == .change
      }
      // "fell below 700,000", "passé sous 1 %": the level crossed, not how much it changed.
      let crosses = (firstAfter..<min(words.count, firstAfter + 2)).contains { k in
        figure.span.contains(words[k].span.lowerBound) && cues.crossing.contains(words[k].hash)
      }
      if let b = before, !crosses {
        // One adjective may stand between ("une augmentation potentielle de 400 %").
        // A range's own "de" links it too ("une augmentation de 400 à 600 %").
        let linked =
          links.contains(words[b].hash)
          || (firstAfter < words.count && figure.span.contains(words[firstAfter].span.lowerBound)
            && links.contains(words[firstAfter].hash))
        if changeAt(b) || (linked && (changeAt(b - 1) || changeAt(b - 2))) { mode = .change }
      }
      if mode == .actual, let a = after {
        if changeAt(a) || (links.contains(words[a].hash) && changeAt(a + 1)) { mode = .change }
      }
      // A forecast or a target is told anywhere in the clause before the figure, or just after it ("4,4 % visés en
      // 2026"); a demand anywhere before it in the sentence.
      if mode == .actual {
        let end = after.map { min(words.count, $0 + 2) } ?? words.count
        for k in words.indices where k < end {
          if words[k].span.lowerBound >= figure.span.lowerBound && words[k].span.upperBound <= figure.span.upperBound {
            continue
          }
          // Someone announcing or saying it after a demand speaks for themselves ("Trump exige que…, Mme Takaichi
          // a annoncé que son pays porterait à 2 %").
          if mode == .demand && cues.attribution.contains(words[k].hash)
            && words[k].span.upperBound <= figure.span.lowerBound
          {
            mode = .actual
            continue
          }
          // A demand governs what follows it across commas ("ont demandé samedi aux alliés, dont le Japon, de
          // porter … à 5 %"); a forecast or a target, its own clause.
          guard let cue = cueOf[k], cue != .change,
            cue == .demand || clause.contains(words[k].span.lowerBound)
          else { continue }
          if mode != .demand || cue == .demand { mode = cue }
        }
      }
      var earlier = false
      var compared = false
      if let b = before {
        for k in max(0, b - 2)...b where clause.contains(words[k].span.lowerBound) {
          if cues.earlier.contains(words[k].hash) { earlier = true }
          if cues.comparison.contains(words[k].hash) { compared = true }
        }
      }
      // "N de [une] FIGURE": the noun before the link word, unless it says nothing of a measure.
      var governor: Range<Int>?
      if var k = before {
        if articles.contains(words[k].hash) && k > 0 { k -= 1 }
        if links.contains(words[k].hash) && k > 0 {
          var noun = words[k - 1]
          var nounInClause = clause.contains(noun.span.lowerBound)
          // A bracketed aside between the noun and its link still links them ("a natural decrease in population
          // (the difference …) of 497,538").
          if !nounInClause, let j = Self.noun(before: k, acrossAsideIn: words, prose: prose, sentence: sentence) {
            noun = words[j]
            nounInClause = true
          }
          let next = words[k].hash
          if nounInClause, !cues.isVerbForm(prose[noun.span]),
            !stop.contains(noun.hash), !links.contains(noun.hash),
            !articles.contains(noun.hash), cues.mode(of: noun.hash, next: next) == nil, noun.foldedLength >= 3,
            !Self.hasDigit(prose[noun.span])
          {
            governor = noun.span
          }
        }
      }
      // Named in words ("au premier semestre", "in the first half"): in the figure's clause, or before it in a
      // clause of its sentence that holds no figure ("In the first half of the year, deaths rose to …").
      let partInWords = partWords.contains { k in
        clause.contains(words[k].span.lowerBound)
          || (words[k].span.upperBound <= figure.span.lowerBound
            && !figures.contains { clauseAround(words[k].span).contains($0.span.lowerBound) })
      }
      let partOfYear =
        partInWords
        || figures.indices.contains { k in
          k != i && clause.contains(figures[k].span.lowerBound) && figures[k].period?.isPartOfYear == true
        }
      var complement: [Range<Int>] = []
      // A unit symbol the scanner did not take may stand between ("374 GW of renewable power").
      var link = after
      if let a = after, !links.contains(words[a].hash), a + 1 < words.count, words[a].foldedLength <= 3,
        clause.contains(words[a].span.lowerBound), links.contains(words[a + 1].hash)
      {
        link = a + 1
      }
      if let a = link, links.contains(words[a].hash) {
        var k = a + 1
        if k < words.count && articles.contains(words[k].hash) { k += 1 }
        while k < words.count && complement.count < 3 && clause.contains(words[k].span.lowerBound) {
          if links.contains(words[k].hash) || conjunctions.contains(words[k].hash)
            || Self.hasDigit(prose[words[k].span])
          {
            break
          }
          if !stop.contains(words[k].hash) { complement.append(words[k].span) }
          k += 1
        }
      }
      // Only spaces (and no-break spaces) may stand around the figure in its clause.
      let isApposition =
        clause.lowerBound > sentence.lowerBound
        && clause.allSatisfy { k in
          let byte = prose[k]
          return figure.span.contains(k) || byte == 0x20 || byte == 0xC2 || byte == 0xA0
        }
      let own = assigned[i]
      if compared && own != nil { earlier = true }
      let sentence = ClosedRange<Int>.covering(sentenceYears.filter { $0.at < figure.span.lowerBound }.map(\.years))
      return FigureFrame(
        clause: clause, mode: mode, isEarlierLevel: earlier, years: own ?? sentence, ownYears: own != nil,
        governor: governor, complement: complement, isApposition: isApposition, partOfYear: partOfYear)
    }
    // A figure with no year of its own in a sentence that sets another figure in a year speaks of that time too
    // ("0.72 in 2023, … the only member with a rate below 1"); an earlier level's year, or a change's (often its
    // base: "2,2 % de moins qu'en 2023"), lends nothing.
    let written = frames.filter { $0.ownYears && !$0.isEarlierLevel && $0.mode != .change }.compactMap(\.years)
    if let lent = ClosedRange<Int>.covering(written) {
      for k in frames.indices where frames[k].years == nil && yearOf(k) == nil { frames[k].years = lent }
    }
    return (frames, words.filter { conjunctions.contains($0.hash) }.map(\.span.lowerBound))
  }

  /// The word before a bracketed aside that ends just before the link word at `link`, if spaces alone stand between
  /// that word and the bracket.
  @inline(never)
  private static func noun(before link: Int, acrossAsideIn words: [Word], prose: [UInt8], sentence: Range<Int>)
    -> Int?
  {
    guard link > 0 else { return nil }
    var close = words[link - 1].span.upperBound
    while close < words[link].span.lowerBound && prose[close] != 0x29 { close += 1 }
    guard close < words[link].span.lowerBound else { return nil }
    var open = close
    while open > sentence.lowerBound && prose[open] != 0x28 { open -= 1 }
    guard prose[open] == 0x28, let j = words.lastIndex(where: { $0.span.upperBound <= open }) else { return nil }
    var k = words[j].span.upperBound
    while k < open && prose[k] == 0x20 { k += 1 }
    return k == open ? j : nil
  }

  @inline(__always)
  private static func hasDigit(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.contains { (48...57).contains($0) } }

  /// The first index whose word satisfies `isPast` (words are in order and `isPast` turns true once), else the
  /// count.
  @inline(__always)
  private static func firstWord(in words: [Word], where isPast: (Word) -> Bool) -> Int {
    var low = 0
    var high = words.count
    while low < high {
      let mid = (low + high) >> 1
      if isPast(words[mid]) { high = mid } else { low = mid + 1 }
    }
    return low
  }
}

extension ClosedRange where Bound == Int {
  /// The smallest range holding both.
  func covering(_ other: ClosedRange<Int>) -> ClosedRange<Int> {
    Swift.min(lowerBound, other.lowerBound)...Swift.max(upperBound, other.upperBound)
  }

  /// The smallest range holding them all; nil for none.
  static func covering(_ ranges: [ClosedRange<Int>]) -> ClosedRange<Int>? {
    ranges.dropFirst().reduce(ranges.first) { $0?.covering($1) }
  }
}
