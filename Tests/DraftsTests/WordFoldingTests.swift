import Drafts
import Testing

/// The one folding rule every module compares words with.
@Suite struct WordFoldingTests {
  private func folded(_ text: String) -> [String] {
    WordScanner.foldedWords(text).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func accentsCaseAndLigaturesFold() {
    #expect(folded("Août AOÛT aout") == ["aout", "aout", "aout"])
    #expect(folded("Œuvre cœur Æsir Straße") == ["oeuvre", "coeur", "aesir", "strasse"])
  }

  /// Latin Extended-A letters with a Latin base fold whole, so a term written "Lodz" matches "Łódź".
  @Test func strokesAndMarksOfLatinExtendedAFold() {
    #expect(folded("Łódź Đorđe Ðóra Ħamrun Ŧ ĳs ſ") == ["lodz", "dorde", "dora", "hamrun", "t", "ijs", "s"])
  }

  /// Letters with no Latin base keep their own bytes, case included: they are words, but no ASCII spelling
  /// matches them.
  @Test func lettersWithoutLatinBaseStayRaw() {
    #expect(folded("Þór") == ["Þor"])
    #expect(folded("Москва") == ["Москва"])
    #expect(WordFolding.latin(0xFE) == WordFolding.Piece(a: 0xC3, b: 0xBE, count: 2))
    #expect(WordFolding.latin(0xFE)?.isASCII == false)
  }

  @Test func latinPunctuationSeparates() {
    for scalar: UInt32 in [0xA0, 0xAB, 0xBB, 0xB0, 0xD7, 0xF7] { #expect(WordFolding.latin(scalar) == nil) }
    #expect(folded("3×4 «oui»") == ["3", "4", "oui"])
  }

  @Test func asciiFoldLowercasesLettersOnly() {
    for byte in UInt8(0)..<0x80 {
      let lower: UInt8 = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
      #expect(WordFolding.ascii(byte) == lower)
    }
  }
}
