import Drafts

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds which facts a run of words speaks of, at a cost that does not grow with facts the text never mentions.
///
/// Every term is keyed by the hash of its first folded word (or of its prefix, for "raffin*"). A 64-Kibit
/// filter rejects most words with one memory access before any dictionary lookup.
public struct TermIndex: Sendable {
  /// What a term does for a fact.
  public enum Role: Sendable, Hashable {
    case subject
    case context(Int)
    case exclude
    /// A stem of the fact's statement (`FactFrame.measure`): evidence of what a figure measures, weighed by how
    /// few facts share it.
    case measure
  }

  public struct Use: Sendable, Hashable {
    public var fact: Int
    public var language: Language
    public var role: Role
    /// How many context groups the fact has in this language: all must be present for a claim.
    public var contextGroups: Int
    /// For a measure term: its weight, and the weight of all the fact's measure terms in this language.
    public var weight: Float = 0
    public var measureTotal: Float = 0
  }

  public struct Entry: Sendable {
    /// Hashes of the words after the first; the last one is a prefix hash when `lastPrefixLength` is set.
    public var rest: [UInt64]
    public var lastPrefixLength: Int?
    public var uses: [Use]
  }

  /// How many leading bytes key a prefix term (at least three: the parser refuses shorter prefixes).
  public static let prefixKeyLength = 4

  public private(set) var entries: [Entry] = []
  /// What confirms each entry's first word, apart from its arrays: the matcher reads it for every probe, and copying
  /// an `Entry` would retain and release them.
  public private(set) var probes: [Probe] = []

  public struct Probe: Sendable {
    /// A one-word prefix term ("raffin*"), keyed by the hash of its first `prefixKeyLength` folded bytes and
    /// confirmed against the hash of its whole prefix, so each word probes the index at one or two lengths only.
    public var isPrefix: Bool
    public var prefixLength: Int
    public var prefixHash: UInt64
  }
  /// First-word hash → a run of `starting`; prefix first words are keyed by the prefix hash.
  private var firstWords = WordGroups()
  /// Entry ids grouped by first word, as `firstWords` lays them out.
  public private(set) var starting: [Int32] = []
  /// Each entry's first-word key, while the index is built.
  private var keyed: [(hash: UInt64, item: Int32)] = []
  /// Bit n set when some prefix term is keyed by its first n folded bytes (n ≤ `prefixKeyLength`).
  public private(set) var prefixLengths: UInt64 = 0
  @usableFromInline var filter = [UInt64](repeating: 0, count: 1024)
  /// Per language, whether each fact kept measure terms in the index (none when all its words are too common).
  public private(set) var measured: [Language: [Bool]] = [:]
  private var keys: [String: Int] = [:]

  init(facts: [Fact], frames: [FactFrame]) {
    for (f, fact) in facts.enumerated() {
      // Languages in a fixed order, not the dictionary's (seeded per process): entry ids, and so the order of hits
      // that tie, are then the same in every run.
      for language in Language.allCases {
        guard let terms = fact.terms[language] else { continue }
        let groups = terms.context.count
        func use(_ role: Role) -> Use { Use(fact: f, language: language, role: role, contextGroups: groups) }
        for term in terms.subject { add(term, use(.subject)) }
        for (g, group) in terms.context.enumerated() {
          for term in group { add(term, use(.context(g))) }
        }
        for term in terms.exclude { add(term, use(.exclude)) }
      }
    }
    addMeasures(frames)
    keys = [:]
    (firstWords, starting) = WordGroups.grouping(keyed)
    keyed = []
  }

  /// The indices in `starting` of the entries whose first word (or prefix key) has this hash.
  @inline(__always)
  public func entries(startingWith hash: UInt64) -> Range<Int> { firstWords.range(of: hash) }

  /// Indexes the frames' measure terms, weighted by rarity (1 + ln(facts ÷ facts sharing the term)). A term
  /// shared by more than a twentieth of a large base tells no fact apart and would make every sentence a candidate:
  /// it is left out.
  private mutating func addMeasures(_ frames: [FactFrame]) {
    var sharing: [Language: [String: Int]] = [:]
    for frame in frames {
      for (language, terms) in frame.measure {
        for term in terms { sharing[language, default: [:]][term.text, default: 0] += 1 }
      }
    }
    for language in Language.allCases { measured[language] = Array(repeating: false, count: frames.count) }
    let count = Float(max(frames.count, 1))
    let limit = max(20, frames.count / 20)
    for (f, frame) in frames.enumerated() {
      for language in Language.allCases {
        guard let terms = frame.measure[language] else { continue }
        let kept = terms.compactMap { term -> (Term, Float)? in
          guard let n = sharing[language]?[term.text], n <= limit else { return nil }
          return (term, 1 + log(count / Float(n)))
        }
        let total = kept.reduce(0) { $0 + $1.1 }
        if !kept.isEmpty { measured[language]?[f] = true }
        for (term, weight) in kept {
          add(
            term,
            Use(fact: f, language: language, role: .measure, contextGroups: 0, weight: weight, measureTotal: total))
        }
      }
    }
  }

  private mutating func add(_ term: Term, _ use: Use) {
    guard let first = term.words.first else { return }
    let key =
      (term.lastIsPrefix ? "*" : "") + term.words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    if let existing = keys[key] {
      // A fact's uses are added together: a repeat can only stand among the last ones, of the same fact.
      let repeated = entries[existing].uses.reversed().prefix { $0.fact == use.fact }.contains(use)
      if !repeated { entries[existing].uses.append(use) }
      return
    }
    let single = term.words.count == 1
    let isPrefix = single && term.lastIsPrefix
    let keyLength = isPrefix ? min(first.count, TermIndex.prefixKeyLength) : first.count
    let firstHash = WordScanner.hash(Array(first.prefix(keyLength)))
    if isPrefix { prefixLengths |= 1 << UInt64(keyLength) }
    let rest = term.words.dropFirst().map { WordScanner.hash($0) }
    let entry = Entry(
      rest: Array(rest), lastPrefixLength: term.lastIsPrefix && !single ? term.words.last!.count : nil, uses: [use])
    let id = Int32(entries.count)
    entries.append(entry)
    probes.append(Probe(isPrefix: isPrefix, prefixLength: first.count, prefixHash: WordScanner.hash(first)))
    keys[key] = Int(id)
    keyed.append((firstHash, id))
    setFilter(firstHash)
  }

  @inline(__always)
  private mutating func setFilter(_ hash: UInt64) {
    let bit = Int(truncatingIfNeeded: hash >> 40) & 0xFFFF
    filter[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  /// Whether the fact kept measure terms in this language.
  @inlinable @inline(__always)
  public func hasMeasure(_ fact: Int, in language: Language) -> Bool {
    measured[language].map { fact < $0.count && $0[fact] } ?? false
  }

  /// One memory access: false means no term starts with a word of this hash.
  @inlinable @inline(__always)
  public func mayStart(_ hash: UInt64) -> Bool {
    let bit = Int(truncatingIfNeeded: hash >> 40) & 0xFFFF
    return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }
}
