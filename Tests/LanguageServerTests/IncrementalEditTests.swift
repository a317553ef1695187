import Foundation
import TestSupport
import Testing

@testable import LanguageServer

/// The client's text, modelled independently of `LineTable`: Unicode scalars, lines broken at LF, CRLF, lone CR.
struct ReferenceText {
  var scalars: [Unicode.Scalar]

  init(_ text: String) { scalars = Array(text.unicodeScalars) }

  var text: String {
    var s = String.UnicodeScalarView()
    s.append(contentsOf: scalars)
    return String(s)
  }

  /// An index a client can point at: never between the CR and LF of one line break.
  func isBoundary(_ i: Int) -> Bool {
    !(i > 0 && i < scalars.count && scalars[i - 1] == "\r" && scalars[i] == "\n")
  }

  func position(of index: Int, encoding: String) -> LSPAny {
    var line = 0
    var column = 0
    var i = 0
    while i < index {
      let scalar = scalars[i]
      if scalar == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" && i + 1 < index {
        line += 1
        column = 0
        i += 2
        continue
      }
      if scalar == "\n" || scalar == "\r" {
        line += 1
        column = 0
      } else {
        column += encoding == "utf-8" ? String(scalar).utf8.count : String(scalar).utf16.count
      }
      i += 1
    }
    return ["line": .int(line), "character": .int(column)]
  }

  mutating func replace(_ range: Range<Int>, with text: String) {
    scalars.replaceSubrange(range, with: Array(text.unicodeScalars))
  }
}

@Suite struct IncrementalEditTests {
  static let insertions = [
    "a", "é", "😀", "👩‍👩‍👧", "𝒜", "\n", "\r\n", "\r", "\n\n", " ", "95 %", "92", " Chine ",
    "raffinée", "",
    Fixtures.wrongSentence, "\n\n" + Fixtures.wrongSentence + "\n", "Œuvre — « citation » ", "\u{00A0}%",
  ]

  @Test(arguments: ["utf-8", "utf-16"], [UInt64(1), 2, 3])
  func randomEditsLeaveTheSameTextAndDiagnosticsAsAFreshOpen(encoding: String, seed: UInt64) throws {
    var rng = SeededGenerator(seed: seed)
    let client = DirectClient()
    client.initialize(encodings: [encoding])
    let start =
      "# Terres rares\r\n\r\n" + Fixtures.wrongSentence + "\r\nLigne seule\rsuite.\n\n😀 " + Fixtures.rightSentence
      + "\n"
    var reference = ReferenceText(start)
    let uri = "file:///random-\(encoding)-\(seed).md"
    client.open(uri: uri, text: start)
    for version in 2..<302 {
      var lower = Int.random(in: 0...reference.scalars.count, using: &rng)
      while !reference.isBoundary(lower) { lower -= 1 }
      var upper = min(reference.scalars.count, lower + [0, 0, 1, 2, 5, 20].randomElement(using: &rng)!)
      while !reference.isBoundary(upper) { upper += 1 }
      let inserted = Self.insertions.randomElement(using: &rng)!
      let change: LSPAny = [
        "range": [
          "start": reference.position(of: lower, encoding: encoding),
          "end": reference.position(of: upper, encoding: encoding),
        ],
        "text": .string(inserted),
      ]
      reference.replace(lower..<upper, with: inserted)
      client.notify(
        "textDocument/didChange",
        ["textDocument": ["uri": .string(uri), "version": .int(version)], "contentChanges": [change]])
      let serverBytes = client.server.documentBytes(uri: uri) ?? []
      guard serverBytes == Array(reference.text.utf8) else {
        Issue.record("text diverged at version \(version) after inserting \(inserted.debugDescription)")
        return
      }
      if version % 50 == 0 { _ = client.pullItems(uri: uri) }  // exercise the block cache mid-way
    }
    let edited = client.pullItems(uri: uri)
    let freshURI = uri.replacingOccurrences(of: "random-", with: "fresh-")
    client.open(uri: freshURI, text: reference.text)
    let fresh = client.pullItems(uri: freshURI)
    #expect(edited == fresh)
    #expect((edited.arrayValue?.count ?? 0) > 0, "the edits should leave some findings to compare")
  }

  @Test func wholeDocumentChangeReplacesTheText() {
    let client = DirectClient()
    client.initialize(encodings: ["utf-16"])
    client.open(uri: "file:///w.md", text: "abc")
    client.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": "file:///w.md", "version": 2], "contentChanges": [["text": "x\r\ny"]]])
    #expect(client.server.documentBytes(uri: "file:///w.md") == Array("x\r\ny".utf8))
  }

  @Test func severalChangesInOneNotificationApplyInOrder() {
    let client = DirectClient()
    client.initialize(encodings: ["utf-16"])
    client.open(uri: "file:///m.md", text: "ab\ncd")
    let first: LSPAny = [
      "range": ["start": ["line": 0, "character": 2], "end": ["line": 1, "character": 0]], "text": "",
    ]
    let second: LSPAny = [
      "range": ["start": ["line": 0, "character": 4], "end": ["line": 0, "character": 4]], "text": "😀\r",
    ]
    let third: LSPAny = [
      "range": ["start": ["line": 1, "character": 0], "end": ["line": 1, "character": 0]], "text": "\n",
    ]
    client.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": "file:///m.md", "version": 2], "contentChanges": [first, second, third]])
    // The lone CR and the LF inserted after it become one CRLF line break, as in the client.
    #expect(client.server.documentBytes(uri: "file:///m.md") == Array("abcd😀\r\n".utf8))
  }

  @Test func positionsPastTheEndClampToTheLine() {
    let client = DirectClient()
    client.initialize(encodings: ["utf-16"])
    client.open(uri: "file:///c.md", text: "ab\r\ncd")
    let change: LSPAny = [
      "range": ["start": ["line": 0, "character": 99], "end": ["line": 0, "character": 99]], "text": "!",
    ]
    client.notify(
      "textDocument/didChange", ["textDocument": ["uri": "file:///c.md", "version": 2], "contentChanges": [change]])
    #expect(client.server.documentBytes(uri: "file:///c.md") == Array("ab!\r\ncd".utf8))
  }
}
