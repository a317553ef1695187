import Drafts
import FactBase

/// Where a fact's term stands in a sentence, and what it does for that fact.
struct TermHit: Sendable, Hashable {
  var fact: Int
  var role: TermIndex.Role
  var span: Range<Int>
}

/// Finds the fact terms present in a span of prose with one pass over its words and one filter probe per word.
struct TermMatcher {
  let index: TermIndex
  let language: Language

  private struct ScannedWord {
    var span: Range<Int>
    var hash: UInt64
    /// Where the word's folded bytes start in the sentence's folded buffer, for prefix checks.
    var foldedStart: Int
    var foldedLength: Int
  }

  /// Every hit in `range`, in text order.
  func hits(in prose: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [TermHit] {
    var words: [ScannedWord] = []
    var folded: [UInt8] = []
    var candidates: [(word: Int, entry: Int32)] = []
    let prefixLengths = index.prefixLengths
    WordScanner.forEachWord(in: prose, range: range) { word, bytes in
      let position = words.count
      words.append(
        ScannedWord(span: word.span, hash: word.hash, foldedStart: folded.count, foldedLength: word.foldedLength))
      folded.append(contentsOf: bytes)
      if index.mayStart(word.hash), let entries = index.byFirstWord[word.hash] {
        for entry in entries { candidates.append((position, entry)) }
      }
      if prefixLengths != 0 {
        var hash = WordScanner.fnvOffset
        for k in 0..<min(bytes.count, 63) {
          hash = WordScanner.mix(hash, bytes[k])
          // A prefix term must be a proper prefix or the whole word: "raffin*" matches "raffinage" and "raffin".
          if prefixLengths & (1 << UInt64(k + 1)) != 0 && k + 1 < bytes.count && index.mayStart(hash),
            let entries = index.byFirstWord[hash]
          {
            for entry in entries where index.entries[Int(entry)].isPrefix {
              candidates.append((position, entry))
            }
          }
        }
      }
    }
    guard !candidates.isEmpty else { return [] }
    var hits: [TermHit] = []
    for (position, entryId) in candidates {
      let entry = index.entries[Int(entryId)]
      guard position + entry.rest.count < words.count else { continue }
      var matched = true
      for (k, expected) in entry.rest.enumerated() {
        let word = words[position + 1 + k]
        let isLast = k == entry.rest.count - 1
        if isLast, let prefix = entry.lastPrefixLength {
          guard word.foldedLength >= prefix else {
            matched = false
            break
          }
          let hash = folded.withUnsafeBufferPointer {
            WordScanner.hash(
              UnsafeBufferPointer(rebasing: $0[word.foldedStart..<word.foldedStart + prefix]), prefix: prefix)
          }
          if hash != expected { matched = false }
        } else if word.hash != expected {
          matched = false
        }
        if !matched { break }
      }
      guard matched else { continue }
      let span = words[position].span.lowerBound..<words[position + entry.rest.count].span.upperBound
      for use in entry.uses where use.language == language {
        hits.append(TermHit(fact: use.fact, role: use.role, span: span))
      }
    }
    return hits
  }
}
