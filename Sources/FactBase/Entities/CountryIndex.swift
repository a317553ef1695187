import Drafts

/// The countries prose names, by their CLDR names in French and English (`CountryNames`) and the press's other
/// names for them (`CountryAliases`), matched on folded words as fact terms are.
///
/// A figure whose clause names another country than its fact's is about that country: "le Chili raffine 30 % du
/// lithium" is no figure of China's, whatever the fact's exclusions say.
public struct CountryIndex: Sendable {
  private struct Name: Sendable {
    var words: [UInt64]
    var code: String
  }

  /// Names grouped by their first word, longest first in each group, as `firstWords` lays them out.
  private let names: [Name]
  private let firstWords: WordGroups

  public static let shared = CountryIndex()

  private init() {
    var names: [Name] = []
    func add(_ text: String, _ code: String) {
      let words = WordScanner.foldedWords(text).map { WordScanner.hash($0) }
      if !words.isEmpty { names.append(Name(words: words, code: code)) }
    }
    for country in CountryNames.all {
      add(country.fr, country.code)
      add(country.en, country.code)
    }
    for alias in CountryAliases.all {
      for name in alias.names { add(name, alias.code) }
    }
    let longestFirst = names.sorted { $0.words.count > $1.words.count }
    (firstWords, self.names) = WordGroups.grouping(longestFirst.map { ($0.words[0], $0) })
  }

  /// The countries named in `bytes[range]`, in order, each with the span of its name.
  public func mentions(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [(span: Range<Int>, code: String)] {
    var words: [Word] = []
    WordScanner.forEachWord(in: bytes, range: range) { word, _ in words.append(word) }
    return mentions(in: words)
  }

  /// The countries named by a run of words already scanned (a sentence's, from the term matcher).
  public func mentions(in words: [Word]) -> [(span: Range<Int>, code: String)] {
    scan(count: words.count, hash: { words[$0].hash }).map { found in
      (words[found.words.lowerBound].span.lowerBound..<words[found.words.upperBound - 1].span.upperBound, found.code)
    }
  }

  /// The countries a fact's terms name ("la Chine", "Pékin", "Japan").
  public func countries(of terms: [Term]) -> Set<String> {
    Set(terms.flatMap { term in names(in: term.words.map { WordScanner.hash($0) }).map(\.code) })
  }

  /// The names in a run of word hashes, longest first at each word, left to right: which words, which country.
  public func names(in hashes: [UInt64]) -> [(words: Range<Int>, code: String)] {
    scan(count: hashes.count, hash: { hashes[$0] })
  }

  private func scan(count: Int, hash: (Int) -> UInt64) -> [(words: Range<Int>, code: String)] {
    var found: [(words: Range<Int>, code: String)] = []
    var i = 0
    while i < count {
      var matched = 0
      for name in names[firstWords.range(of: hash(i))] where i + name.words.count <= count {
        if name.words.indices.allSatisfy({ hash(i + $0) == name.words[$0] }) {
          found.append((i..<i + name.words.count, name.code))
          matched = name.words.count
          break
        }
      }
      i += max(matched, 1)
    }
    return found
  }
}
