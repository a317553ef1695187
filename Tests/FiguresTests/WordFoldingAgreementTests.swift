import Drafts
import Testing

@testable import Figures

/// The tokenizer folds figure words inline, for speed; these hold it to `WordFolding`, the rule the word scanner and
/// the lexicon's keys use, so that a word the lexicon knows is found however the draft accents or capitalises it.
@Suite struct WordFoldingAgreementTests {
  /// Every two-byte letter, inside a word: the tokenizer finds the lexicon entry of the word's fold when the fold
  /// is ASCII, and no entry otherwise.
  @Test func tokenizerFoldsEveryLetterAsTheWordScannerDoes() {
    var words: [String] = []
    var folds: [String?] = []
    var builder = LexiconBuilder()
    for value in UInt32(0xC0)...0x7FF {
      guard let scalar = Unicode.Scalar(value), value != 0xD7, value != 0xF7, value != 0x2BC else { continue }
      let word = "q" + String(Character(scalar)) + "X"
      let fold = WordScanner.foldedWords(word).first!
      words.append(word)
      if fold.allSatisfy({ $0 < 0x80 }) {
        let ascii = String(decoding: fold, as: UTF8.self)
        folds.append(ascii)
        builder.add(ascii) { _ in }
      } else {
        folds.append(nil)
      }
    }
    let lexicon = Lexicon(builder)
    let text = Array(words.joined(separator: " ").utf8)
    var tokens = TokenBuffer(capacity: words.count * 2)
    var numbers: [DigitNumber] = []
    defer { tokens.deallocate() }
    text.withUnsafeBufferPointer {
      Tokenizer(lexicon: lexicon, decimalComma: true).tokenize($0, 0..<$0.count, tokens: &tokens, numbers: &numbers)
    }
    let found = Array(tokens.tokens)
    #expect(found.count == words.count)
    for (k, token) in found.enumerated() where k < words.count {
      let expected = folds[k].map { lexicon.entry(for: WordKey($0)) } ?? -1
      #expect(token.entry == expected, "\(words[k])")
      if folds[k] != nil { #expect(token.entry >= 0, "\(words[k])") }
    }
  }

  /// Long words go through the tokenizer's eight-bytes-at-a-time path and the key's 16-byte limit.
  @Test func longAndCapitalisedWordsKeyAsTheLexiconDoes() {
    var builder = LexiconBuilder()
    builder.add("quatrevingtdixsept", "centiemes", "millionieme") { _ in }
    let lexicon = Lexicon(builder)
    let text = Array("QUATREVINGTDIXSEPT Centièmes MILLIONIÈME millionièmeX".utf8)
    var tokens = TokenBuffer(capacity: 8)
    var numbers: [DigitNumber] = []
    defer { tokens.deallocate() }
    text.withUnsafeBufferPointer {
      Tokenizer(lexicon: lexicon, decimalComma: true).tokenize($0, 0..<$0.count, tokens: &tokens, numbers: &numbers)
    }
    let entries = Array(tokens.tokens).map(\.entry)
    #expect(entries == [-1, lexicon.entry(for: WordKey("centiemes")), lexicon.entry(for: WordKey("millionieme")), -1])
    #expect(WordKey("quatrevingtdixsept") == .empty)
  }
}
