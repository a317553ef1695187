/// Guesses whether a draft is French or English from its most common function words.
extension LanguageChoice {
  /// The language to read a draft in: the fixed one, or the one its prose looks like.
  public func resolved(for prose: [UInt8]) -> Language {
    switch self {
    case .fixed(let language): language
    case .auto: LanguageDetector.detect(prose)
    }
  }
}

public enum LanguageDetector {
  static let french: WordSet = WordScanner.hashes(
    "le la les des du de et est une un que qui dans pour pas sur au aux ce cette son sa ses leur ont été avec par plus")
  static let english: WordSet = WordScanner.hashes(
    "the of and to in is that for it with as on was by are this be at from have has an a which their its were been")

  /// The language with more function words in the first 16 KiB of prose (a few thousand words settle it);
  /// French on a tie (the seed corpus).
  public static func detect(_ bytes: [UInt8], range: Range<Int>? = nil) -> Language {
    let whole = range ?? 0..<bytes.count
    let range = whole.lowerBound..<min(whole.upperBound, whole.lowerBound + 16_384)
    var fr = 0
    var en = 0
    bytes.withUnsafeBufferPointer { buffer in
      WordScanner.forEachWord(in: buffer, range: range) { word, _ in
        if french.contains(word.hash) { fr += 1 }
        if english.contains(word.hash) { en += 1 }
      }
    }
    return en > fr ? .en : .fr
  }
}
