import Drafts
import Figures

/// Each language's stop words, hashed as the word scanner hashes words.
public enum StopWords {
  static let sets: [Language: WordSet] = Dictionary(
    uniqueKeysWithValues: Language.allCases.map { ($0, WordScanner.hashes(LanguageDescription.of($0).stopwords)) })

  public static func of(_ language: Language) -> WordSet { sets[language] ?? [] }
}

/// A language's frame words (`LanguageDescription.FrameWords`), hashed once: cues of one word or two joined by `+`,
/// and the small words around figures.
/// A class: readers copy it for every statement and sentence, and one reference costs less than its dozen arrays.
public final class FrameWordSets: Sendable {
  /// A cue's mode by its word's hash (one-word cues) and by its two words' combined hash (two-word cues), as an
  /// index into `FactFrame.AssertionMode.allCases`: a word costs a probe or two, whatever the number of cues.
  private let single: WordHashTable
  private let pairs: WordHashTable
  /// First words of two-word cues: a word not among them costs no second probe.
  private let pairStarts: WordSet
  /// Words before a figure that make it an earlier level compared with.
  public let earlier: WordSet
  /// Words before a figure that compare it with another: an earlier level when the figure has its own year.
  public let comparison: WordSet
  /// Words by which someone states a figure as their own, ending another actor's demand.
  public let attribution: WordSet
  public let links: WordSet
  public let articles: WordSet
  public let conjunctions: WordSet
  public let verbEndings: [String]

  private static let french = FrameWordSets(LanguageDescription.of(.fr).frameWords)
  private static let english = FrameWordSets(LanguageDescription.of(.en).frameWords)

  public static func of(_ language: Language) -> FrameWordSets {
    switch language {
    case .fr: french
    case .en: english
    }
  }

  private static func pairKey(_ word: UInt64, _ next: UInt64) -> UInt64 { (word &* 0x100_0000_01b3) ^ (next >> 1) }

  private init(_ cues: LanguageDescription.FrameWords) {
    let lists: [(String, FactFrame.AssertionMode)] = [
      (cues.change, .change), (cues.forecast, .forecast), (cues.target, .target), (cues.demand, .demand),
    ]
    // Earlier lists win a word two of them hold, as they did when the lists were searched in order.
    var singles: [(UInt64, Int32)] = []
    var twoWords: [(UInt64, Int32)] = []
    var starts: [UInt64] = []
    for (list, mode) in lists.reversed() {
      let code = Int32(FactFrame.AssertionMode.allCases.firstIndex(of: mode)!)
      for cue in list.split(separator: " ").reversed() {
        let parts = cue.split(separator: "+").map { WordScanner.foldedWords(String($0)).first ?? [] }
        if parts.count == 2 {
          twoWords.append((Self.pairKey(WordScanner.hash(parts[0]), WordScanner.hash(parts[1])), code))
          starts.append(WordScanner.hash(parts[0]))
        } else if let only = parts.first {
          singles.append((WordScanner.hash(only), code))
        }
      }
    }
    single = WordHashTable(singles)
    pairs = WordHashTable(twoWords)
    pairStarts = WordSet(starts)
    earlier = WordScanner.hashes(cues.earlierLevel)
    comparison = WordScanner.hashes(cues.comparison)
    attribution = WordScanner.hashes(cues.attribution)
    links = WordScanner.hashes(cues.links)
    articles = WordScanner.hashes(cues.articles)
    conjunctions = WordScanner.hashes(cues.conjunctions)
    verbEndings = cues.verbEndings
  }

  /// A participle or an infinitive ("passant de", "monter de", "rising"): a verb governs a figure, it does not
  /// name what the figure quantifies.
  public func isVerbForm(_ word: ArraySlice<UInt8>) -> Bool {
    let text = String(decoding: word, as: UTF8.self).lowercased()
    return verbEndings.contains { text.hasSuffix($0) }
  }

  /// The mode a word (with the word after it) cues, if any.
  @inline(__always)
  public func mode(of word: UInt64, next: UInt64?) -> FactFrame.AssertionMode? {
    if let next, pairStarts.contains(word) {
      let code = pairs.value(of: Self.pairKey(word, next))
      if code >= 0 { return FactFrame.AssertionMode.allCases[Int(code)] }
    }
    let code = single.value(of: word)
    return code >= 0 ? FactFrame.AssertionMode.allCases[Int(code)] : nil
  }
}
