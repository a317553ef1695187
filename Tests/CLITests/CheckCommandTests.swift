import Foundation
import Testing

let wrongFrench = "La Chine assure 95 % de la production raffinée de terres rares.\n"
let rightFrench = "La Chine assure 92 % de la production raffinée de terres rares.\n"

@Suite struct CheckCommandTests {
  @Test func exitStatusFollowsTheWorstFinding() throws {
    let folder = try TemporaryFolder()
    let wrong = try folder.write("wrong.md", wrongFrench)
    let right = try folder.write("right.md", rightFrench)
    let flagged = try Factlint.run(["check", wrong.path])
    #expect(flagged.status == 1)
    #expect(flagged.stdout == "\(wrong.path):1:17: error: [figure-mismatch] \(flaggedMessage)\n")
    #expect(flagged.stderr.hasPrefix("1 error, 0 warnings in 1 file"))
    let clean = try Factlint.run(["check", right.path])
    #expect(clean.status == 0)
    #expect(clean.stdout.isEmpty)
  }

  let flaggedMessage =
    "«\u{00A0}95 %\u{00A0}» contredit la base de faits\u{00A0}: valeur attendue 92 % (International Energy Agency "
    + "(IEA), «\u{00A0}Global Critical Minerals Outlook 2025\u{00A0}», 2025-05-21) [china-rare-earth-refining-share]"

  /// "L'an dernier" counts from the draft's day: its front matter's, else --date, else today.
  @Test func aDraftsDayDatesItsRelativeYears() throws {
    let folder = try TemporaryFolder()
    let text = "L'an dernier, la Chine assurait 95 % de la production raffinée de terres rares.\n"
    let draft = try folder.write("draft.md", text)
    #expect(try Factlint.run(["check", "--date", "2025-06-01", draft.path]).status == 1)
    #expect(try Factlint.run(["check", "--date", "2027-06-01", draft.path]).status == 0)
    let dated = try folder.write("dated.md", "---\ndate: 2025-06-01\n---\n\n" + text)
    #expect(try Factlint.run(["check", "--date", "2027-06-01", dated.path]).status == 1)
    let bad = try Factlint.run(["check", "--date", "2025-6-1", draft.path])
    #expect(bad.status == 64)
    #expect(bad.stderr.hasPrefix("error: --date takes a day as YYYY-MM-DD, not '2025-6-1'"))
  }

  @Test func jsonOutputHasTheDocumentedShape() throws {
    let result = try Factlint.run(
      ["check", "--format", "json", "--stdin-filename", "drafts/note.md", "-"],
      stdin: Data(("Titre\n\n" + wrongFrench).utf8))
    #expect(result.status == 1)
    let json = try #require(result.json)
    #expect(json["version"] as? Int == 1)
    let files = try #require(json["files"] as? [[String: Any]])
    #expect(files.first?["path"] as? String == "drafts/note.md")
    let finding = try #require((files.first?["findings"] as? [[String: Any]])?.first)
    #expect(finding["rule"] as? String == "figure-mismatch")
    #expect(finding["severity"] as? String == "error")
    #expect(finding["line"] as? Int == 3)
    #expect(finding["column"] as? Int == 17)
    #expect(finding["endLine"] as? Int == 3)
    #expect(finding["endColumn"] as? Int == 21)
    #expect(finding["found"] as? String == "95 %")
    // The expected text is the figure as the fix rewrites it, the writer's own space kept.
    #expect(finding["expected"] as? String == "92 %")
    #expect(finding["factId"] as? String == "china-rare-earth-refining-share")
    #expect(
      (finding["source"] as? [String: Any])?["url"] as? String
        == "https://www.iea.org/reports/global-critical-minerals-outlook-2025")
    #expect((finding["fix"] as? [String: Any])?["replacement"] as? String == "92")
    let summary = try #require(json["summary"] as? [String: Any])
    #expect(summary["errors"] as? Int == 1)
    #expect(summary["files"] as? Int == 1)
  }

  @Test func columnsCountUnicodeScalars() throws {
    let result = try Factlint.run(["check", "--format", "json", "-"], stdin: Data(("😀 é " + wrongFrench).utf8))
    let files = try #require(result.json?["files"] as? [[String: Any]])
    let finding = try #require((files.first?["findings"] as? [[String: Any]])?.first)
    #expect(finding["column"] as? Int == 21)
    #expect(finding["endColumn"] as? Int == 25)
  }

  @Test func foldersAreWalkedForDrafts() throws {
    let folder = try TemporaryFolder()
    try folder.write("a/one.md", wrongFrench)
    try folder.write("a/b/two.txt", wrongFrench)
    try folder.write("a/b/three.markdown", rightFrench)
    try folder.write("a/ignored.html", wrongFrench)
    try folder.write("a/.hidden/four.md", wrongFrench)
    let result = try Factlint.run(["check", folder.url.appendingPathComponent("a").path])
    #expect(result.status == 1)
    let paths = result.stdout.split(separator: "\n").map { String($0.split(separator: ":")[0]) }
    #expect(paths.map { ($0 as NSString).lastPathComponent } == ["two.txt", "one.md"])
    #expect(result.stderr.contains("2 errors, 0 warnings in 3 files"))
  }

  @Test func projectConfigAddsFactsSetsSeveritiesAndIgnores() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      ".factlint.json",
      """
      {"facts": ["local-facts"], "severity": {"figure-mismatch": "warning"}, "ignore": ["archive/**"]}
      """)
    try folder.write(
      "local-facts/widgets.json",
      """
      {"facts": [{"id": "widget-count", "statement": {"en": "Acme makes 12 widgets."}, "value": {"exact": 12},
        "unit": "count", "terms": {"en": {"subject": ["Acme"], "context": [["widgets"]]}},
        "source": {"publisher": "Acme", "title": "Report", "url": "https://acme.example", "published": "2025-01-01"}}]}
      """)
    try folder.write("drafts/post.md", "Acme makes 14 widgets a day.\n")
    try folder.write("archive/old.md", "Acme makes 99 widgets a day.\n")
    let result = try Factlint.run(["check", "--format", "json", "drafts", "archive"], in: folder.url)
    #expect(result.status == 0, "a warning does not fail the run: \(result.stderr)")
    let files = try #require(result.json?["files"] as? [[String: Any]])
    #expect(files.count == 1)
    let finding = try #require((files.first?["findings"] as? [[String: Any]])?.first)
    #expect(finding["factId"] as? String == "widget-count")
    #expect(finding["severity"] as? String == "warning")
    #expect(finding["expected"] as? String == "12")
  }

  @Test func extraFactsAndAnInvalidFactBase() throws {
    let folder = try TemporaryFolder()
    let bad = try folder.write("bad.json", "{\"facts\": [ {\"id\": \"x\"} ]")
    let draft = try folder.write("d.md", wrongFrench)
    let result = try Factlint.run(["check", "--facts", bad.path, draft.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(bad.path):1:"))
    #expect(result.stdout.isEmpty)
    let badConfig = try TemporaryFolder()
    try badConfig.write(".factlint.json", "{\"severity\": {\"figure-mismatch\": \"loud\"}}")
    let draft2 = try badConfig.write("d.md", wrongFrench)
    let configResult = try Factlint.run(["check", draft2.path])
    #expect(configResult.status == 2)
    #expect(configResult.stderr.contains(".factlint.json:1:"))
  }

  @Test func badInputGetsAClearMessageAndStatus2() throws {
    let folder = try TemporaryFolder()
    let binary = try folder.write("image.md", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]))
    let latin1 = try folder.write("latin1.md", Data("Pékin".utf8.map { $0 }.prefix(1) + [0xE9, 0x0A]))
    let empty = try folder.write("empty.md", "")
    let missing = folder.url.appendingPathComponent("nope.md")
    let binaryResult = try Factlint.run(["check", binary.path])
    #expect(binaryResult.status == 2)
    #expect(binaryResult.stderr.contains("binary file"))
    let latinResult = try Factlint.run(["check", latin1.path])
    #expect(latinResult.status == 2)
    #expect(latinResult.stderr.contains("not valid UTF-8"))
    let emptyResult = try Factlint.run(["check", empty.path])
    #expect(emptyResult.status == 0)
    let missingResult = try Factlint.run(["check", missing.path, empty.path])
    #expect(missingResult.status == 2)
    #expect(missingResult.stderr.contains("nope.md: no such file or directory"))
    let directoryAsFile = try Factlint.run(["figures", folder.url.path])
    #expect(directoryAsFile.status == 2)
  }

  @Test func aFiftyMegabyteLineNeitherCrashesNorHangs() throws {
    // One line, no sentence end, a wrong figure every 100 KB or so: positions far into the line must be exact.
    var line = Data()
    let filler = Data(String(repeating: "un texte courant sans rien de notable, ", count: 2_500).utf8)
    let claim = Data("la Chine assure 95 % du raffinage des terres rares, ".utf8)
    while line.count < 50_000_000 {
      line.append(filler)
      line.append(claim)
    }
    let claims = line.count / (filler.count + claim.count)
    let result = try Factlint.run(["check", "--format", "json", "-"], stdin: line, timeout: 600)
    #expect(result.status == 1)
    #expect((result.json?["summary"] as? [String: Any])?["errors"] as? Int == claims)
    let files = try #require(result.json?["files"] as? [[String: Any]])
    let last = try #require((files.first?["findings"] as? [[String: Any]])?.last)
    #expect(last["line"] as? Int == 1)
    #expect(last["column"] as? Int == (claims - 1) * (filler.count + claim.count) + filler.count + 17)
  }

  @Test func messagesOptionAndConfigChooseTheLanguageOfMessages() throws {
    let folder = try TemporaryFolder()
    let wrong = try folder.write("wrong.md", wrongFrench)
    let english = try Factlint.run(["check", "--messages", "en", wrong.path])
    #expect(english.stdout.contains("[figure-mismatch] “95 %” contradicts the fact base: expected 92 % ("))
    try folder.write(".factlint.json", #"{"messages": "en"}"#)
    let configured = try Factlint.run(["check", "--format", "json", wrong.path])
    #expect(configured.stdout.contains("contradicts the fact base"))
    // The command line wins over the config, as `--lang` does.
    let draft = try Factlint.run(["check", "--messages", "draft", wrong.path])
    #expect(draft.stdout.contains("contredit la base de faits"))
  }

  @Test func usageErrorsExit64WithUsageOnStderr() throws {
    for arguments in [
      ["check"], ["check", "--format", "xml", "x.md"], ["check", "--lang"], ["check", "--bogus", "x.md"],
      ["check", "--messages", "de", "x.md"], ["batch", "--messages", "klingon"],
      ["frobnicate"],
      ["check", "-", "-"], ["facts"], ["facts", "explode"],
    ] {
      let result = try Factlint.run(arguments)
      #expect(result.status == 64, "\(arguments)")
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains("USAGE: factlint"), "\(arguments): \(result.stderr)")
    }
  }

  @Test func optionSpellingsAndDoubleDash() throws {
    let folder = try TemporaryFolder()
    try folder.write("-odd.md", wrongFrench)
    let result = try Factlint.run(["check", "--format=json", "--lang=fr", "--", "-odd.md"], in: folder.url)
    #expect(result.status == 1)
    #expect(result.json != nil)
  }

  @Test func helpAndVersion() throws {
    let help = try Factlint.run(["--help"])
    #expect(help.status == 0)
    for heading in ["OVERVIEW:", "USAGE:", "OPTIONS:", "SUBCOMMANDS:"] { #expect(help.stdout.contains(heading)) }
    for sub in ["check", "figures", "facts", "lsp"] {
      let text = try Factlint.run([sub, "--help"])
      #expect(text.status == 0)
      #expect(text.stdout.contains("USAGE: factlint \(sub)"))
      #expect(try Factlint.run(["help", sub]).stdout == text.stdout)
    }
    let version = try Factlint.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.split(separator: ".").count == 3)
  }

  @Test func theExampleDraftsAreCaught() throws {
    let result = try Factlint.run(["check", "--format", "json", packageRoot.appendingPathComponent("examples").path])
    #expect(result.status == 1)
    let files = try #require(result.json?["files"] as? [[String: Any]])
    let ids = files.flatMap { ($0["findings"] as? [[String: Any]] ?? []).compactMap { $0["factId"] as? String } }
    #expect(ids.count >= 12)
    #expect(!ids.contains("china-rare-earth-mining-share"))
  }
}

@Suite struct FactsAndFiguresCommandTests {
  @Test func factsTestListAndValidate() throws {
    let test = try Factlint.run(["facts", "test"])
    #expect(test.status == 0, "\(test.stdout)")
    #expect(test.stdout.contains(" passed, 0 failed"))
    let list = try Factlint.run(["facts", "list", "--format", "json"])
    let facts = try #require(list.json?["facts"] as? [[String: Any]])
    #expect(facts.contains { $0["id"] as? String == "japan-defense-spending-gdp" })
    let validate = try Factlint.run(["facts", "validate", packageRoot.appendingPathComponent("facts").path])
    #expect(validate.status == 0, "\(validate.stdout)")
  }

  @Test func validateReportsEveryProblemWithPosition() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write(
      "f.json",
      """
      {"facts": [
        {"id": "dup", "statement": {"en": "x"}, "value": {"exact": 1}, "unit": "count",
         "terms": {"en": {"subject": ["a"]}},
         "source": {"publisher": "p", "title": "t", "url": "https://e.org", "published": "2025-01-01"}},
        {"id": "dup", "statement": {"en": "x"}, "value": {"exact": 1}, "unit": "furlongs",
         "terms": {"en": {"subject": ["a"]}}}
      ]}
      """)
    let result = try Factlint.run(["facts", "validate", file.path])
    #expect(result.status == 2)
    #expect(result.stdout.contains("\(file.path):5:74: error: unknown unit \"furlongs\""))
    #expect(result.stdout.contains("\(file.path):5:3: error: a fact needs a \"source\""))
  }

  @Test func figuresJSON() throws {
    let result = try Factlint.run(
      ["figures", "--format", "json", "--lang", "fr", "-"],
      stdin: Data("Entre 400 et 600 %, plus de 60 % et le 28 octobre 2025.\n".utf8))
    #expect(result.status == 0)
    let figures = try #require(result.json?["figures"] as? [[String: Any]])
    #expect(figures.map { $0["kind"] as? String } == ["percent", "percent", "date"])
    #expect(figures[0]["min"] as? Double == 400)
    #expect(figures[0]["max"] as? Double == 600)
    #expect(figures[1]["qualifier"] as? String == "more-than")
    #expect(figures[1]["column"] as? Int == 21)
    #expect(figures[2]["date"] as? String == "2025-10-28")
    #expect(figures[2]["value"] == nil)
  }
}
