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
  /// A cue's flags by its word's hash (one-word cues) and by its two words' combined hash (two-word cues): a word
  /// costs a probe or two, whatever the number of cues.
  private let single: WordHashTable
  private let pairs: WordHashTable
  /// First words of two-word cues: a word not among them costs no second probe.
  private let pairStarts: WordSet
  /// Words before a figure that make it an earlier level compared with.
  public let earlier: WordSet
  /// Words before a figure that compare it with another: an earlier level when the figure has its own year.
  public let comparison: WordSet
  /// Words before a name that make it the one compared with, not the sentence's own.
  public let comparedWith: WordSet
  /// Words just before a year that make it a change's base.
  public let baseYear: WordSet
  /// Words that open a bound a level crosses ("below", "sous"): the figure after a change verb is a level.
  public let crossing: WordSet
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

  /// A cue's flags in `single` and `pairs`: the mode's index in `AssertionMode.allCases` in the low bits (0, the
  /// actual level, stands for no cue), and `partOfYearFlag`.
  private static let modeMask: Int32 = 15
  private static let partOfYearFlag: Int32 = 16

  private init(_ cues: LanguageDescription.FrameWords) {
    func code(_ mode: FactFrame.AssertionMode) -> Int32 {
      Int32(FactFrame.AssertionMode.allCases.firstIndex(of: mode)!)
    }
    let lists: [(String, Int32)] = [
      (cues.change, code(.change)), (cues.forecast, code(.forecast)), (cues.target, code(.target)),
      (cues.demand, code(.demand)), (cues.partOfYear, Self.partOfYearFlag),
    ]
    // Earlier lists win a mode two of them give, as they did when the lists were searched in order; the part of a
    // year is a flag beside the mode.
    var singles: [UInt64: Int32] = [:]
    var twoWords: [UInt64: Int32] = [:]
    var starts: [UInt64] = []
    func add(_ code: Int32, to flags: inout Int32) {
      if code == Self.partOfYearFlag {
        flags |= code
      } else if flags & Self.modeMask == 0 {
        flags |= code
      }
    }
    for (list, code) in lists {
      for cue in list.split(separator: " ") {
        let parts = cue.split(separator: "+").map { WordScanner.foldedWords(String($0)).first ?? [] }
        if parts.count == 2 {
          add(code, to: &twoWords[Self.pairKey(WordScanner.hash(parts[0]), WordScanner.hash(parts[1])), default: 0])
          starts.append(WordScanner.hash(parts[0]))
        } else if let only = parts.first {
          add(code, to: &singles[WordScanner.hash(only), default: 0])
        }
      }
    }
    single = WordHashTable(singles.map { ($0.key, $0.value) })
    pairs = WordHashTable(twoWords.map { ($0.key, $0.value) })
    pairStarts = WordSet(starts)
    earlier = WordScanner.hashes(cues.earlierLevel)
    comparison = WordScanner.hashes(cues.comparison)
    comparedWith = WordScanner.hashes(cues.comparedWith)
    baseYear = WordScanner.hashes(cues.baseYear)
    crossing = WordScanner.hashes(cues.crossing)
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

  /// The mode a word (with the word after it) cues, if any, and whether it names a part of a year with no year
  /// written ("semestre", "first half").
  public func cue(of word: UInt64, next: UInt64?) -> (mode: FactFrame.AssertionMode?, partOfYear: Bool) {
    var mode: FactFrame.AssertionMode?
    var part = false
    // A two-word cue's mode wins over its first word's own.
    func read(_ flags: Int32) {
      guard flags >= 0 else { return }
      if mode == nil && flags & Self.modeMask != 0 {
        mode = FactFrame.AssertionMode.allCases[Int(flags & Self.modeMask)]
      }
      part = part || flags & Self.partOfYearFlag != 0
    }
    if let next, pairStarts.contains(word) { read(pairs.value(of: Self.pairKey(word, next))) }
    read(single.value(of: word))
    return (mode, part)
  }

  /// The mode a word (with the word after it) cues, if any.
  public func mode(of word: UInt64, next: UInt64?) -> FactFrame.AssertionMode? { cue(of: word, next: next).mode }
}
