import Drafts
import Figures

/// What a fact is about, read from its statement and fields rather than from hand-written terms: the countries it
/// names, the words of its measure (stemmed), and whether its value is an actual level, a change, a forecast or a
/// target. The matcher compares a figure's own clause with this.
public struct FactFrame: Sendable {
  /// ISO codes of the countries the statement, subject or context terms name.
  public var countries: Set<String>
  /// The statement's measure words per language, as prefix terms of their stems ("naiss*", "export*").
  public var measure: [Language: [Term]]
  public var mode: AssertionMode

  /// How a value is asserted; a figure asserted one way is not a claim of a fact asserted another.
  public enum AssertionMode: String, Sendable, Hashable, CaseIterable {
    case actual
    /// A change between two times ("en baisse de 2,6 %", "up 0.05 points").
    case change
    case forecast
    case target
    /// Another actor's demand ("Washington urges Tokyo to spend 3.5 %").
    case demand
  }

  /// What reading statements needs of each language, looked up once per base rather than once per statement.
  struct Readers {
    var byLanguage: [(language: Language, stop: WordSet, cues: FrameWordSets, stem: @Sendable (String) -> String)]

    init() {
      byLanguage = Language.allCases.map {
        ($0, StopWords.of($0), FrameWordSets.of($0), LanguageDescription.of($0).stem)
      }
    }
  }

  /// Reads the frame of `fact`; `stems` memoizes stemming across the facts of one base.
  init(fact: Fact, readers: Readers, stems: inout [String: String]) {
    var countries = Set<String>()
    var measure: [Language: [Term]] = [:]
    var modes: [AssertionMode] = []
    for reader in readers.byLanguage {
      guard let statement = fact.statement[reader.language] else { continue }
      let read = FactFrame.read(
        statement, language: reader.language, stop: reader.stop, cues: reader.cues, stem: reader.stem,
        stems: &stems)
      let language = reader.language
      countries.formUnion(read.countries)
      if !read.measure.isEmpty { measure[language] = read.measure }
      modes.append(read.mode)
    }
    for terms in fact.terms.values {
      countries.formUnion(CountryIndex.shared.countries(of: terms.subject + terms.context.flatMap { $0 }))
    }
    self.countries = countries
    self.measure = measure
    switch fact.unit {
    case .percentChange, .percentagePoints, .ratio: self.mode = .change
    default: self.mode = modes.contains(.change) ? .change : modes.first { $0 != .actual } ?? .actual
    }
  }

  /// The countries, measure terms and mode of one statement.
  static func read(
    _ statement: String, language: Language, stop: WordSet, cues: FrameWordSets,
    stem stemmer: (String) -> String, stems: inout [String: String]
  ) -> (countries: Set<String>, measure: [Term], mode: AssertionMode) {
    let bytes = Array(statement.utf8)
    var words: [Word] = []
    bytes.withUnsafeBufferPointer { buffer in
      WordScanner.forEachWord(in: buffer, range: 0..<buffer.count) { word, _ in words.append(word) }
    }
    let named = CountryIndex.shared.names(in: words.map(\.hash))
    var countryWords = Set<Int>()
    for name in named { countryWords.formUnion(name.words) }
    var mode = AssertionMode.actual
    var terms: [Term] = []
    var seen = Set<String>()
    let firstNumber = words.firstIndex { bytes[$0.span].contains { (48...57).contains($0) } }
    for (k, word) in words.enumerated() {
      // A forecast or a target word anywhere makes the statement one; a change word only beside its value ("en
      // baisse de 2,2 %"), since a level's statement may also tell how it moved.
      // A change beside the value wins over a forecast ("pourrait augmenter de 400 %" is a change).
      if mode != .change, let cue = cues.mode(of: word.hash, next: k + 1 < words.count ? words[k + 1].hash : nil),
        cue == .change ? firstNumber.map({ (k - 3)...(k + 2) ~= $0 }) == true : mode == .actual
      {
        mode = cue
      }
      guard !countryWords.contains(k), !stop.contains(word.hash), word.foldedLength >= 3 else { continue }
      let text = String(decoding: bytes[word.span], as: UTF8.self).lowercased()
      // Figures and years are the value and period, not the measure.
      if text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) { continue }
      let stem: String
      if let known = stems[text] {
        stem = known
      } else {
        stem = stemmer(text)
        stems[text] = stem
      }
      let folded = WordScanner.foldedWords(stem).first.map { String(decoding: $0, as: UTF8.self) } ?? stem
      // A short stem would match too many words as a prefix ("net" in "nettement"): it must be the whole word.
      let term = folded.utf8.count >= 5 ? folded + "*" : String(decoding: bytes[word.span], as: UTF8.self)
      if seen.insert(term).inserted { terms.append(Term(term)) }
    }
    return (Set(named.map(\.code)), terms, mode)
  }
}
