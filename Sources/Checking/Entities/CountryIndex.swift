import Drafts
import FactBase

/// The countries prose names, by their CLDR names in French and English (`CountryNames`) and the press's other
/// names for them (`CountryAliases`), matched on folded words as fact terms are.
///
/// A figure whose clause names another country than its fact's is about that country: "le Chili raffine 30 % du
/// lithium" is no figure of China's, whatever the fact's exclusions say.
struct CountryIndex: Sendable {
  private struct Name: Sendable {
    var words: [UInt64]
    var code: String
  }

  /// Names by the hash of their first word, longest first.
  private let byFirstWord: [UInt64: [Name]]

  static let shared = CountryIndex()

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
    var index: [UInt64: [Name]] = [:]
    for name in names { index[name.words[0], default: []].append(name) }
    byFirstWord = index.mapValues { $0.sorted { $0.words.count > $1.words.count } }
  }

  /// The countries named in `bytes[range]`, in order, each with the span of its name.
  func mentions(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [(span: Range<Int>, code: String)] {
    var words: [Word] = []
    WordScanner.forEachWord(in: bytes, range: range) { word, _ in words.append(word) }
    var found: [(span: Range<Int>, code: String)] = []
    var i = 0
    while i < words.count {
      if let candidates = byFirstWord[words[i].hash],
        let name = candidates.first(where: { matches($0.words, words, at: i) })
      {
        found.append((words[i].span.lowerBound..<words[i + name.words.count - 1].span.upperBound, name.code))
        i += name.words.count
      } else {
        i += 1
      }
    }
    return found
  }

  private func matches(_ name: [UInt64], _ words: [Word], at i: Int) -> Bool {
    guard i + name.count <= words.count else { return false }
    for k in 0..<name.count where words[i + k].hash != name[k] { return false }
    return true
  }

  /// The countries a fact's subject names ("la Chine", "Pékin", "Japan").
  func countries(of terms: [Term]) -> Set<String> {
    var codes: Set<String> = []
    for term in terms {
      let words = term.words.map { WordScanner.hash($0) }
      var i = 0
      while i < words.count {
        if let candidates = byFirstWord[words[i]],
          let name = candidates.first(where: {
            i + $0.words.count <= words.count && Array(words[i..<i + $0.words.count]) == $0.words
          })
        {
          codes.insert(name.code)
          i += name.words.count
        } else {
          i += 1
        }
      }
    }
    return codes
  }
}
