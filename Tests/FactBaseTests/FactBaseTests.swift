import Drafts
import FactBase
import Foundation
import Testing

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// A one-fact file whose fact can be bent by `edit` to provoke one error.
func factFile(_ fact: String) -> [UInt8] {
  Array("{\n  \"facts\": [\n\(fact)\n  ]\n}\n".utf8)
}

let validFact = """
      {
        "id": "a-fact",
        "statement": { "fr": "Une phrase.", "en": "A sentence." },
        "value": { "exact": 92 },
        "unit": "percent",
        "terms": { "fr": { "subject": ["Chine"], "context": [["raffin*"], ["terres rares"]] } },
        "source": { "publisher": "IEA", "title": "Outlook", "url": "https://iea.org", "published": "2025-05-21" }
      }
  """

@Suite struct FactBaseLoadingTests {
  @Test func curatedBaseLoadsWithEveryFactSourced() {
    let base = FactBase.curated
    #expect(base.facts.count >= 14)
    for id in [
      "china-rare-earth-mining-share", "china-rare-earth-refining-share", "china-rare-earth-magnet-share",
      "japan-defense-spending-gdp", "us-japan-framework-signing-date", "us-japan-framework-measures-deadline",
      "takaichi-time-in-office", "trump-tokyo-visit-length", "critical-minerals-demand-growth",
      "lithium-graphite-demand-growth", "china-refining-share-critical-minerals",
      "us-critical-minerals-memoranda-malaysia-thailand", "japan-defense-target-years-early",
    ] {
      let fact = base.fact(id: id)
      #expect(fact != nil, "missing \(id)")
      #expect(fact?.statement[.fr] != nil && fact?.statement[.en] != nil)
      #expect(fact?.terms[.fr] != nil && fact?.terms[.en] != nil)
    }
    #expect(base.fact(id: "china-rare-earth-refining-share")?.value == .exact(92, tolerance: 0.5))
    #expect(base.fact(id: "china-rare-earth-mining-share")?.value == .moreThan(60))
  }

  /// The binary carries the curated base; it must be the one in facts/ (run facts/embed.sh after an edit).
  @Test func embeddedBaseMatchesFactsFolder() throws {
    let folder = packageRoot.appendingPathComponent("facts")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") && $0 != "schema.json" }.sorted()
    var files: [(path: String, bytes: [UInt8])] = []
    for name in names {
      files.append(("facts/\(name)", [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))))
    }
    let fromDisk = try FactBase.load(files: files)
    #expect(fromDisk.facts == FactBase.curated.facts, "facts/ and the embedded base differ: run facts/embed.sh")
  }

  @Test func validFileLoadsWithLocation() throws {
    let base = try FactBase.load(files: [("x.json", factFile(validFact))])
    let fact = try #require(base.fact(id: "a-fact"))
    #expect(fact.location.path == "x.json")
    #expect(fact.location.start == LinePosition(line: 2, column: 4))
    #expect(fact.terms[.fr]?.context.count == 2)
    #expect(fact.terms[.fr]?.context[0][0].lastIsPrefix == true)
  }

  func diagnostics(_ files: [(String, [UInt8])]) -> [FactDiagnostic] {
    do {
      _ = try FactBase.load(files: files.map { (path: $0.0, bytes: $0.1) })
      return []
    } catch {
      return error.diagnostics
    }
  }

  @Test func syntaxErrorsHaveLineAndColumn() {
    let found = diagnostics([("bad.json", Array("{\n  \"facts\": [\n    { \"id\": \"x\", }\n  ]\n}".utf8))])
    #expect(found.count == 1)
    #expect(found.first?.line == 3)
    #expect(found.first?.column == 18)
    #expect(found.first?.message.contains("invalid JSON") == true)
  }

  @Test func unknownUnitMissingSourceAndDuplicateIds() {
    let unknownUnit = diagnostics([
      ("u.json", factFile(validFact.replacingOccurrences(of: "\"percent\"", with: "\"percents\"")))
    ])
    #expect(unknownUnit.map(\.message).contains { $0.contains("unknown unit \"percents\"") })
    #expect(unknownUnit.first?.line == 7)

    let noSource = validFact.split(separator: "\n").filter { !$0.contains("\"source\"") }.joined(separator: "\n")
      .replacingOccurrences(of: "]] } },", with: "]] } }")
    #expect(diagnostics([("s.json", factFile(noSource))]).contains { $0.message.contains("\"source\"") })

    let duplicate = diagnostics([("a.json", factFile(validFact)), ("b.json", factFile(validFact))])
    #expect(duplicate.count == 1)
    #expect(duplicate.first?.path == "b.json")
    #expect(duplicate.first?.message.contains("duplicate fact id \"a-fact\" (first defined at a.json:3:5)") == true)
  }

  @Test func badValuesAndTyposAreErrors() {
    let cases: [(String, String)] = [
      ("\"exact\": 92", "\"min\": 600, \"max\": 400"),
      ("\"unit\": \"percent\"", "\"unit\": \"percent\", \"colour\": 1"),
      ("\"published\": \"2025-05-21\"", "\"published\": \"May 2025\""),
      ("\"url\": \"https://iea.org\"", "\"url\": \"iea.org\""),
      ("\"id\": \"a-fact\"", "\"id\": \"A Fact\""),
      ("\"unit\": \"percent\"", "\"unit\": \"percent\", \"period\": {\"year\": 1e300}"),
      ("\"unit\": \"percent\"", "\"unit\": \"percent\", \"period\": {\"from\": \"2025-13-01\", \"to\": \"x\"}"),
    ]
    for (original, broken) in cases {
      let found = diagnostics([("v.json", factFile(validFact.replacingOccurrences(of: original, with: broken)))])
      #expect(!found.isEmpty, "\(broken) should be an error")
    }
  }

  /// Values that cannot be checked or written back (∞, 2⁶³ and beyond) are refused where they stand; they once
  /// crashed `check` when a draft spelled a duration.
  @Test func valuesBeyondWhatCanBeWrittenBackAreRefused() {
    for broken in [
      "\"exact\": 1e400", "\"exact\": 9223372036854775808", "\"exact\": -1e19", "\"exact\": 5, \"tolerance\": 1e400",
      "\"min\": 1, \"max\": 1e300", "\"moreThan\": -1e400",
    ] {
      let text = validFact.replacingOccurrences(of: "\"exact\": 92", with: broken)
      let found = diagnostics([("v.json", factFile(text))])
      #expect(found.count == 1, "\(broken): \(found.map(\.message))")
      #expect(found.first?.message.contains("finite number between -1e18 and 1e18") == true, "\(found)")
      // Line 6 of the file is the value's line.
      #expect(found.first?.line == 6, "\(broken): \(found)")
    }
    #expect(diagnostics([("v.json", factFile(validFact.replacingOccurrences(of: "92", with: "1e18")))]).isEmpty)
  }

  @Test func impossibleDatesAreRefused() {
    for date in ["2025-02-29", "2025-02-30", "2025-04-31", "2025-1-05", "2025-00-10"] {
      let text = validFact.replacingOccurrences(of: "2025-05-21", with: date)
      #expect(!diagnostics([("v.json", factFile(text))]).isEmpty, "\(date) should be an error")
    }
    let leap = validFact.replacingOccurrences(of: "2025-05-21", with: "2024-02-29")
    #expect(diagnostics([("v.json", factFile(leap))]).isEmpty)
  }
}

@Suite struct IntervalTests {
  @Test func intervalsMeetOrNot() {
    let above60 = NumericInterval(lower: 60, upper: .infinity, lowerOpen: true)
    #expect(above60.meets(NumericInterval(lower: 91.5, upper: 92.5)))
    #expect(!above60.meets(NumericInterval(lower: 44.5, upper: 45.5)))
    #expect(!above60.meets(NumericInterval(lower: 59.5, upper: 60)))
    #expect(NumericInterval(lower: 60, upper: 70).meets(NumericInterval(lower: 70, upper: 80)))
    #expect(!NumericInterval(lower: 60, upper: 70, upperOpen: true).meets(NumericInterval(lower: 70, upper: 80)))
  }
}

@Suite struct JSONParserTests {
  @Test func parsesAndKeepsSpans() throws {
    let node = try JSONParser.parse(Array(#"{"a": [1, -2.5e1, "\u00e9\ud83d\ude00"], "b": null}"#.utf8))
    #expect(node["a"]?.array?[1].number == -25)
    #expect(node["a"]?.array?[2].string == "é😀")
    #expect(node["a"]?.span == 6..<39)
  }

  @Test func rejectsWhatRFC8259Rejects() {
    for text in ["{", "[1,]", "01", "\"\u{01}\"", "{\"a\" 1}", "tru", "[1] x", "\"\\ud800\""] {
      #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
    }
    let deep = String(repeating: "[", count: 10_000)
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(deep.utf8)) }
  }

  /// `{"facts": [], "facts": [...]}` once loaded 0 facts: a repeated key is an error at the second one.
  @Test func duplicateKeysAreErrors() throws {
    let text = #"{"facts": [], "x": {"a": 1, "a": 2}}"#
    do {
      _ = try JSONParser.parse(Array(text.utf8))
      Issue.record("a duplicate key was accepted")
    } catch {
      #expect(error.message == "duplicate key \"a\" in an object")
      #expect(error.offset == 28)
    }
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(#"{"facts": [], "facts": [1]}"#.utf8)) }
    // The same key in sibling objects is fine.
    #expect(try JSONParser.parse(Array(#"[{"a": 1}, {"a": 2}]"#.utf8)).array?.count == 2)
  }
}
