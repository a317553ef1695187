import Drafts
import FactBase

/// Where a fact's term stands in a sentence, and what it does for that fact.
struct TermHit: Sendable, Hashable {
  var fact: Int
  var role: TermIndex.Role
  var contextGroups: Int
  var span: Range<Int>
  /// The index entry that matched: two hits of one entry are one piece of evidence.
  var entry: Int32 = 0
  /// For a measure term, its weight and the fact's total (`TermIndex.Use`).
  var weight: Float = 0
  var measureTotal: Float = 0

  /// A subject or a measure word can make its fact a candidate; context and exclusion words only qualify one.
  var nominates: Bool {
    switch role {
    case .subject, .measure: true
    case .context, .exclude: false
    }
  }
}

/// Finds the fact terms present in a span of prose with one pass over its words and one filter probe per word.
///
/// A matcher serves one check on one thread: it keeps its buffers between sentences so a sentence costs no
/// allocation unless it names a fact.
final class TermMatcher {
  let index: TermIndex
  let language: Language
  private var candidates: [(word: Range<Int>, entry: Int32)] = []
  /// The words of the span the last `hits` call read: the frame reader and the country index read them again
  /// instead of scanning the sentence twice more.
  private(set) var words: [Word] = []
  private let foldBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: WordCursor.capacity)

  deinit { foldBuffer.deallocate() }

  init(index: TermIndex, language: Language) {
    self.index = index
    self.language = language
    candidates.reserveCapacity(16)
    words.reserveCapacity(64)
  }

  /// A prefix term matches a word that starts with its whole prefix; other terms are matched by their key.
  @inline(__always)
  private static func confirms(_ entry: TermIndex.Probe, _ folded: UnsafeBufferPointer<UInt8>) -> Bool {
    guard entry.isPrefix else { return true }
    return folded.count >= entry.prefixLength
      && WordScanner.hash(folded, prefix: entry.prefixLength) == entry.prefixHash
  }

  /// Adds the entries keyed by `hash` that `word` confirms.
  @inline(__always)
  private static func probe(
    _ hash: UInt64, prefixesOnly: Bool, word: Word, folded: UnsafeBufferPointer<UInt8>, index: TermIndex,
    into candidates: inout [(word: Range<Int>, entry: Int32)]
  ) {
    guard index.mayStart(hash) else { return }
    for k in index.entries(startingWith: hash) {
      let entry = index.starting[k]
      let probe = index.probes[Int(entry)]
      if (!prefixesOnly || probe.isPrefix) && confirms(probe, folded) { candidates.append((word.span, entry)) }
    }
  }

  /// The span of the term's last word when the words after `offset` are the term's other words, else nil.
  private func following(
    _ entry: TermIndex.Entry, after offset: Int, in prose: UnsafeBufferPointer<UInt8>, limit: Int
  ) -> Range<Int>? {
    var cursor = WordCursor(bytes: prose, range: offset..<limit, buffer: foldBuffer)
    var last: Range<Int>? = nil
    for (k, expected) in entry.rest.enumerated() {
      guard let word = cursor.next() else { return nil }
      if k == entry.rest.count - 1, let prefix = entry.lastPrefixLength {
        guard word.foldedLength >= prefix, WordScanner.hash(cursor.folded, prefix: prefix) == expected else {
          return nil
        }
      } else if word.hash != expected {
        return nil
      }
      last = word.span
    }
    return last
  }

  /// Every hit in `range`, in text order of the terms' first words, in place of `hits`' contents: the caller's
  /// buffer keeps its capacity from one sentence to the next.
  func hits(in prose: UnsafeBufferPointer<UInt8>, range: Range<Int>, into hits: inout [TermHit]) {
    precondition(range.lowerBound >= 0 && range.upperBound <= prose.count, "term range outside the prose")
    hits.removeAll(keepingCapacity: true)
    // Work on locals: a class's stored arrays pay an exclusivity check on every access.
    var candidates = self.candidates
    self.candidates = []
    var words = self.words
    self.words = []
    words.removeAll(keepingCapacity: true)
    defer {
      candidates.removeAll(keepingCapacity: true)
      self.candidates = candidates
      self.words = words
    }
    let index = self.index
    let prefixLengths = index.prefixLengths
    var cursor = WordCursor(bytes: prose, range: range, buffer: foldBuffer)
    while let word = cursor.next() {
      words.append(word)
      let folded = cursor.folded
      // Whole words first; then prefix terms, keyed by their first three or four bytes: a key must be a proper
      // prefix here (a whole-word match was found first), then the full prefix is confirmed.
      Self.probe(word.hash, prefixesOnly: false, word: word, folded: folded, index: index, into: &candidates)
      guard prefixLengths != 0 else { continue }
      if prefixLengths & (1 << 3) != 0 && folded.count > 3 {
        Self.probe(cursor.prefixHash3, prefixesOnly: true, word: word, folded: folded, index: index, into: &candidates)
      }
      if prefixLengths & (1 << 4) != 0 && folded.count > 4 {
        Self.probe(cursor.prefixHash4, prefixesOnly: true, word: word, folded: folded, index: index, into: &candidates)
      }
    }
    guard !candidates.isEmpty else { return }
    for (first, entryId) in candidates {
      let entry = index.entries[Int(entryId)]
      var last = first
      if !entry.rest.isEmpty {
        // Multi-word terms are rare: read the following words again only for them.
        guard let end = following(entry, after: first.upperBound, in: prose, limit: range.upperBound) else { continue }
        last = end
      }
      for use in entry.uses where use.language == language {
        hits.append(
          TermHit(
            fact: use.fact, role: use.role, contextGroups: use.contextGroups, span: first.lowerBound..<last.upperBound,
            entry: entryId, weight: use.weight, measureTotal: use.measureTotal))
      }
    }
  }
}
