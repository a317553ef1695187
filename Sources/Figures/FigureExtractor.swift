import Drafts

/// Finds the figures of a draft (numbers, percentages, money, dates, durations, ranges) with exact UTF-8 spans
/// and normalised values.
///
/// It reads bytes, not Strings, because it runs on every keystroke: one tokenizing pass with ASCII fast paths,
/// word look-ups on packed folded keys, then a left-to-right match over the tokens.
public struct FigureExtractor: Sendable {
  public let language: Language
  private let lexicon: Lexicon
  private let grammar: LanguageDescription.Grammar

  public init(language: Language) {
    self.language = language
    let description = LanguageDescription.of(language)
    self.lexicon = description.lexicon
    self.grammar = description.grammar
  }

  /// The figures in `bytes[range]`, sorted by start and non-overlapping; spans are absolute offsets into `bytes`.
  public func figures(in bytes: [UInt8], range: Range<Int>) -> [Figure] {
    let range = range.clamped(to: 0..<bytes.count)
    return bytes.withUnsafeBufferPointer { p in
      var tokens = TokenBuffer(capacity: range.count / 4 + 8)
      defer { tokens.deallocate() }
      var numbers: [DigitNumber] = []
      Tokenizer(lexicon: lexicon, decimalComma: grammar.decimalComma).tokenize(
        p, range, tokens: &tokens, numbers: &numbers)
      return numbers.withUnsafeBufferPointer { numbers in
        FigureScanner.with(p: p, tokens: tokens.tokens, numbers: numbers, lexicon: lexicon, grammar: grammar) {
          $0.scan()
        }
      }
    }
  }

  /// The figures in `text`; spans are UTF-8 offsets into it.
  public func figures(in text: String) -> [Figure] {
    let bytes = Array(text.utf8)
    return figures(in: bytes, range: 0..<bytes.count)
  }
}
