import Drafts
import FactBase
import Testing

@testable import Evaluation

private let header = "source: https://example.org/a\npublished: 2025-10-28\n"

private func problems(_ text: String) -> [String] {
  do {
    _ = try LabelFile.parse(text, path: "p.labels")
    return []
  } catch {
    return error.diagnostics.map(\.description)
  }
}

@Suite struct LabelFileTests {
  @Test func readsHeaderAndLabels() throws {
    let file = try LabelFile.parse(
      header + "edited: 92 % changed to 95 %\nlanguage: fr\n\n# a comment\n"
        + "contradicts china-x: assure [[95 %]] de la\nnot-a-claim: il y a [[trois]] ans\n", path: "p.labels")
    #expect(file.source == "https://example.org/a")
    #expect(file.published == "2025-10-28")
    #expect(file.isEdited)
    #expect(file.language == .fr)
    #expect(file.labels.count == 2)
    #expect(file.labels[0].verdict == .contradicts)
    #expect(file.labels[0].factID == "china-x")
    #expect(file.labels[0].context == "assure 95 % de la")
    #expect(file.labels[0].figureText == "95 %")
    #expect(file.labels[0].line == 7)
    #expect(file.labels[1].verdict == .notAClaim)
    #expect(file.labels[1].factID == nil)
  }

  @Test func everyBrokenLineIsReportedWithItsPosition() {
    let found = problems(
      header + "agree china-x: a [[1]] b\n" + "agrees: a [[1]] b\n" + "contradicts china-x: no mark here\n"
        + "not-a-claim: [[two]] [[marks]]\n" + "just words\n" + "published: 2025-10-29\n")
    #expect(
      found == [
        "p.labels:3:1: error: unknown verdict or field 'agree' (verdicts: agrees, contradicts, not-a-claim; "
          + "fields: source, published, edited, language)",
        "p.labels:4:1: error: 'agrees' names the fact: 'agrees FACT-ID: CONTEXT'",
        "p.labels:5:22: error: the context marks its figure once, with [[ and ]]: 'assure [[92 %]] de la'",
        "p.labels:6:14: error: the context marks its figure once, with [[ and ]]: 'assure [[92 %]] de la'",
        "p.labels:7:1: error: expected 'field: value' or 'VERDICT [FACT-ID]: CONTEXT'",
        "p.labels:8:1: error: 'published' is given twice",
      ])
  }

  @Test func headerFieldsAreRequiredAndChecked() {
    #expect(
      problems("agrees f: a [[1]]\n") == [
        "p.labels:1:1: error: the labels file has no 'source:' line",
        "p.labels:1:1: error: the labels file has no 'published:' line",
      ])
    #expect(
      problems("source: example.org\npublished: 2025-02-30\n") == [
        "p.labels:1:9: error: 'source' is the address the passage was read at (https://…)",
        "p.labels:2:12: error: 'published' is a date, YYYY-MM-DD",
      ])
  }
}

@Suite struct ContextLocatorTests {
  private func label(_ context: String) throws -> Label {
    try #require(LabelFile.parse(header + "agrees f: \(context)\n", path: "p").labels.first)
  }

  @Test func spacesOfAnyKindAndApostrophesMatch() throws {
    let text = "Selon l’AIE, la Chine assure 92\u{202F}% de la\nproduction raffinée."
    let bytes = Array(text.utf8)
    let locator = ContextLocator(bytes: bytes)
    guard case .found(let span) = locator.locate(try label("l'AIE, la Chine assure [[92 %]] de la production"))
    else {
      Issue.record("not found")
      return
    }
    #expect(String(decoding: bytes[span], as: UTF8.self) == "92\u{202F}%")
  }

  @Test func aMissingOrRepeatedContextIsReported() throws {
    let locator = ContextLocator(bytes: Array("92 % ici, 92 % là.".utf8))
    #expect(locator.locate(try label("[[92 %]]")) == .ambiguous(count: 2))
    #expect(locator.locate(try label("[[93 %]]")) == .notFound)
    #expect(locator.locate(try label("là[[.]]")) != .notFound)
    // Case and accents are not folded: a context is verbatim.
    #expect(locator.locate(try label("[[92 %]] La")) == .notFound)
  }
}
