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
public struct FrameWordSets: Sendable {
  private var single: [(words: WordSet, mode: FactFrame.AssertionMode)] = []
  private var pairs: [UInt64: [(next: UInt64, mode: FactFrame.AssertionMode)]] = [:]
  /// First words of two-word cues: a word not among them costs no dictionary lookup.
  private var pairStarts: WordSet = []
  /// Words before a figure that make it an earlier level compared with.
  public private(set) var earlier: WordSet = []
  /// Words by which someone states a figure as their own, ending another actor's demand.
  public private(set) var attribution: WordSet = []
  public private(set) var links: WordSet = []
  public private(set) var articles: WordSet = []
  public private(set) var conjunctions: WordSet = []
  public private(set) var verbEndings: [String] = []

  static let byLanguage: [Language: FrameWordSets] = Dictionary(
    uniqueKeysWithValues: Language.allCases.map { ($0, FrameWordSets(LanguageDescription.of($0).frameWords)) })

  public static func of(_ language: Language) -> FrameWordSets { byLanguage[language]! }

  private init(_ cues: LanguageDescription.FrameWords) {
    let lists: [(String, FactFrame.AssertionMode)] = [
      (cues.change, .change), (cues.forecast, .forecast), (cues.target, .target), (cues.demand, .demand),
    ]
    for (list, mode) in lists {
      var words: [UInt64] = []
      for cue in list.split(separator: " ") {
        let parts = cue.split(separator: "+").map { WordScanner.foldedWords(String($0)).first ?? [] }
        if parts.count == 2 {
          pairs[WordScanner.hash(parts[0]), default: []].append((WordScanner.hash(parts[1]), mode))
        } else if let only = parts.first {
          words.append(WordScanner.hash(only))
        }
      }
      single.append((WordSet(words), mode))
    }
    pairStarts = WordSet(pairs.keys)
    earlier = WordScanner.hashes(cues.earlierLevel)
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
  public func mode(of word: UInt64, next: UInt64?) -> FactFrame.AssertionMode? {
    if let next, pairStarts.contains(word), let pair = pairs[word]?.first(where: { $0.next == next }) {
      return pair.mode
    }
    return single.first { $0.words.contains(word) }?.mode
  }
}
