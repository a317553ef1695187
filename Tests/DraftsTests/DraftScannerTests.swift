import Drafts
import Testing

/// The prose of a draft, with everything blanked collapsed, for readable expectations.
func visibleProse(_ draft: Draft) -> String {
  String(decoding: draft.prose, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
}

@Suite struct DraftScannerTests {
  @Test func blankingKeepsEveryOffset() {
    let text = "Voir `code 95 %` et [92 %](https://x.org/95) ici.\n"
    let draft = Draft(text: text, format: .markdown)
    #expect(draft.prose.count == draft.bytes.count)
    #expect(visibleProse(draft) == "Voir et 92 % ici.")
  }

  @Test func skipsFrontMatterCodeCommentsAndTags() {
    let text = """
      ---
      title: 95 % partout
      ---
      # Titre 1

      Texte 92 %.

      ```swift
      let x = 95
      ```

          indented 95 %

      Un <span class="a">mot</span> <!-- 95 % --> et <https://example.com/95> et https://example.org/95.
      [ref]: https://example.com/95
      """
    let draft = Draft(text: text, format: .markdown)
    #expect(visibleProse(draft) == "Titre 1 Texte 92 %. Un mot et et .")
  }

  @Test func blocksForHeadingsListItemsAndTableRows() {
    let text = """
      # Heading

      - first item
      - second item
        continued

      | pays | part |
      |------|------|
      | Chine | 92 % |

      A paragraph
      on two lines.
      """
    let draft = Draft(text: text, format: .markdown)
    let kinds = draft.blocks.map(\.kind)
    #expect(kinds == [.heading, .listItem, .listItem, .tableRow, .tableRow, .paragraph])
    #expect(draft.text(draft.blocks[2].span) == "second item\n  continued")
    #expect(draft.text(draft.blocks[4].span).contains("92 %"))
  }

  @Test func plainTextIsAllProse() {
    let draft = Draft(text: "`x` 95 %\n\n<b>92 %</b>", format: .plainText)
    #expect(draft.blocks.count == 2)
    #expect(visibleProse(draft) == "`x` 95 % <b>92 %</b>")
  }

  @Test func suppressionComments() {
    let text = """
      <!-- factlint-disable-next-line -->
      line one
      <!-- factlint-disable china-rare-earth-refining-share -->
      line three
      <!-- factlint-enable -->
      line five
      """
    let draft = Draft(text: text, format: .markdown)
    let s = draft.suppressions
    #expect(s.isSuppressed(line: 1, factId: "anything"))
    #expect(!s.isSuppressed(line: 3, factId: "other-fact"))
    #expect(s.isSuppressed(line: 3, factId: "china-rare-earth-refining-share"))
    #expect(!s.isSuppressed(line: 5, factId: "china-rare-earth-refining-share"))
  }

  @Test func emptyAndBlankDrafts() {
    #expect(Draft(text: "", format: .markdown).blocks.isEmpty)
    #expect(Draft(text: "\n\n  \n", format: .plainText).blocks.isEmpty)
  }
}

@Suite struct SentenceSplitterTests {
  func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return SentenceSplitter.sentences(in: bytes, range: 0..<bytes.count).map {
      String(decoding: bytes[$0], as: UTF8.self)
    }
  }

  @Test func splitsAtSentenceEnds() {
    #expect(
      sentences("Il pleut. Elle dort ! Vraiment ? Oui… « Non. »") == [
        "Il pleut.", "Elle dort !", "Vraiment ?", "Oui…", "« Non. »",
      ])
  }

  @Test func keepsAbbreviationsAndDecimals() {
    #expect(
      sentences("M. Dupont a dit 2.5 fois. Mme. Durand aussi.") == ["M. Dupont a dit 2.5 fois.", "Mme. Durand aussi."])
    #expect(sentences("The U.S. President came. He left.") == ["The U.S. President came.", "He left."])
    #expect(sentences("pas de fin") == ["pas de fin"])
  }

  /// Bidi controls, the byte order mark and zero-width characters are transparent: after the terminator they stay
  /// with the sentence it ends, before the next capital they are skipped like spaces.
  @Test(arguments: [
    "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}",
    "\u{2068}", "\u{2069}", "\u{FEFF}", "\u{200B}", "\u{2060}",
  ])
  func invisibleFormatCharactersKeepSentenceEnds(format: String) {
    #expect(sentences("Il pleut.\(format) Elle dort.") == ["Il pleut.\(format)", "Elle dort."])
    #expect(sentences("Il pleut. \(format)Elle dort.") == ["Il pleut.", "Elle dort."])
    #expect(sentences("Il pleut !\(format)\(format) \(format) \(format)Elle dort ?\(format) Oui.").count == 3)
    #expect(sentences("Il pleut.\(format)») Elle dort.") == ["Il pleut.\(format)»)", "Elle dort."])
    // Still no end where there would be none without them.
    #expect(sentences("M.\(format) Dupont est venu.") == ["M.\(format) Dupont est venu."])
    #expect(sentences("Il pleut.\(format)Elle dort.") == ["Il pleut.\(format)Elle dort."])
    #expect(sentences("Il pleut.\(format) elle dort.") == ["Il pleut.\(format) elle dort."])
  }

  @Test func cutsRunawaySentences() {
    let text = String(repeating: "mot ", count: 2_000)
    let parts = sentences(text)
    #expect(parts.count > 1)
    #expect(parts.allSatisfy { $0.utf8.count <= SentenceSplitter.maximumLength })
    #expect(parts.joined().count == text.count - 1)
  }
}

@Suite struct LanguageAndWordsTests {
  @Test func detectsFrenchAndEnglish() {
    #expect(LanguageDetector.detect(Array("La Chine assure la production des terres rares et du cobalt.".utf8)) == .fr)
    #expect(LanguageDetector.detect(Array("China accounts for the refining of rare earths and cobalt.".utf8)) == .en)
  }

  @Test func foldsCaseAndAccents() {
    #expect(WordScanner.foldedWords("Raffinée RAFFINÉE raffinee") == Array(repeating: Array("raffinee".utf8), count: 3))
    #expect(
      WordScanner.foldedWords("l’extraction nippo-américaine")
        == ["l", "extraction", "nippo", "americaine"].map { Array($0.utf8) })
    #expect(WordScanner.foldedWords("Œuvre «  »—") == [Array("oeuvre".utf8)])
  }
}
