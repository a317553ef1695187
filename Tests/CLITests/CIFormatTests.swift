import Foundation
import Testing

@testable import FactlintCLI

/// Drafts with one error (a wrong refining share) and, in the second, only a warning (two shares that disagree).
private let wrongDraft = "# Note\n\nLa Chine assure 95 % de la production raffinée de terres rares.\n"
private let warningDraft = """
  La Chine assure 70 % de l’extraction minière des terres rares.

  Plus loin, la Chine assure 65 % de l’extraction minière des terres rares.

  """

@Suite struct CIFormatTests {
  @Test func sarifValidatesAgainstTheOfficialSchema() throws {
    let folder = try TemporaryFolder()
    try folder.write("drafts/note été.md", wrongDraft)
    try folder.write("drafts/mines.md", warningDraft)
    let result = try Factlint.run(["check", "--format", "sarif", "drafts"], in: folder.url)
    #expect(result.status == 1)
    let sarif = try folder.write("out.sarif", result.stdout)
    let schema = packageRoot.deletingLastPathComponent().appendingPathComponent(
      "shared/schemas/sarif-schema-2.1.0.json")
    let validation = try ExternalTool.python(
      """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      document = json.load(open(sys.argv[2]))
      jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker()).validate(document)
      print("valid")
      """, [schema.path, sarif.path])
    #expect(validation.status == 0, "\(validation.stderr)")
    #expect(validation.stdout == "valid\n")
  }

  @Test func sarifCarriesWhatCodeScanningNeeds() throws {
    let folder = try TemporaryFolder()
    try folder.write("drafts/note été.md", wrongDraft)
    try folder.write("drafts/mines.md", warningDraft)
    let result = try Factlint.run(["check", "--format", "sarif", "./drafts"], in: folder.url)
    let json = try #require(result.json)
    #expect(json["version"] as? String == "2.1.0")
    let run = try #require((json["runs"] as? [[String: Any]])?.first)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "factlint")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == ["figure-mismatch", "figure-inconsistent"])
    for rule in rules {
      let help = try #require(rule["help"] as? [String: Any])
      #expect((help["text"] as? String ?? "").count > 40)
    }
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == 2)
    let warning = try #require(results.first)
    #expect(warning["ruleId"] as? String == "figure-inconsistent")
    #expect(warning["level"] as? String == "warning")
    #expect(warning["fixes"] == nil)
    let error = try #require(results.last)
    #expect(error["ruleId"] as? String == "figure-mismatch")
    #expect(error["ruleIndex"] as? Int == 0)
    #expect(error["level"] as? String == "error")
    #expect(((error["message"] as? [String: Any])?["text"] as? String)?.contains("valeur attendue 92 %") == true)
    let location = try #require(
      ((error["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
    let artifact = try #require(location["artifactLocation"] as? [String: Any])
    #expect(artifact["uri"] as? String == "drafts/note%20%C3%A9t%C3%A9.md")
    #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
    let region = try #require(location["region"] as? [String: Any])
    #expect(region["startLine"] as? Int == 3)
    #expect(region["startColumn"] as? Int == 17)
    #expect(region["endLine"] as? Int == 3)
    #expect(region["endColumn"] as? Int == 21)
    let fingerprints = try #require(error["partialFingerprints"] as? [String: String])
    #expect(fingerprints.values.first?.count == 16)
    let fix = try #require((error["fixes"] as? [[String: Any]])?.first)
    let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
    let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
    let deleted = try #require(replacement["deletedRegion"] as? [String: Any])
    #expect(deleted["startColumn"] as? Int == 17)
    #expect(deleted["endColumn"] as? Int == 19)
    #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "92")
    let base = try #require((run["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] as? [String: Any])
    #expect((base["uri"] as? String)?.hasPrefix("file:///") == true)
    #expect((base["uri"] as? String)?.hasSuffix("/") == true)

    // The same finding keeps its fingerprint when lines move above it.
    try folder.write("drafts/note été.md", "Intro.\n\n" + wrongDraft)
    let moved = try Factlint.run(["check", "--format", "sarif", "./drafts"], in: folder.url)
    let movedResults = try #require(((moved.json?["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
    #expect(movedResults.last?["partialFingerprints"] as? [String: String] == fingerprints)
  }

  @Test func githubAnnotationsAreEscapedAsTheRunnerReadsThem() throws {
    let folder = try TemporaryFolder()
    try folder.write("a,b:c.md", wrongDraft)
    try folder.write("mines.md", warningDraft)
    let result = try Factlint.run(["check", "--format", "github", "a,b:c.md", "mines.md"], in: folder.url)
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    let expected: String =
      "::error file=a%2Cb%3Ac.md,line=3,col=17,endLine=3,endColumn=21,"
      + "title=factlint figure-mismatch [china-rare-earth-refining-share]::«\u{00A0}95 %25\u{00A0}» contredit "
      + "la base de faits\u{00A0}: valeur attendue 92 %25 (International Energy Agency (IEA), «\u{00A0}Global "
      + "Critical Minerals Outlook 2025\u{00A0}», 2025-05-21) [china-rare-earth-refining-share]"
    #expect(lines.first == expected)
    #expect(lines.last?.hasPrefix("::warning file=mines.md,line=3,col=28,endLine=3,endColumn=32,") == true)
    // Line breaks in a message never split an annotation.
    #expect(GitHubRenderer.escapeData("50 %\r\nx") == "50 %25%0D%0Ax")
    #expect(GitHubRenderer.escapeProperty("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
  }

  @Test func checkstyleIsWellFormedXML() throws {
    let folder = try TemporaryFolder()
    try folder.write("a&b.md", wrongDraft)
    try folder.write("clean.md", "Rien à signaler.\n")
    let result = try Factlint.run(["check", "--format", "checkstyle", "a&b.md", "clean.md"], in: folder.url)
    #expect(result.status == 1)
    let parsed = try ExternalTool.python(
      """
      import sys, xml.etree.ElementTree as ET
      root = ET.fromstring(sys.stdin.read())
      assert root.tag == "checkstyle", root.tag
      for f in root.findall("file"):
          for e in f.findall("error"):
              print(f.get("name"), e.get("line"), e.get("column"), e.get("severity"), e.get("source"), e.get("message")[:8])
          if not f.findall("error"):
              print(f.get("name"), "clean")
      """, stdin: Data(result.stdout.utf8))
    #expect(parsed.status == 0, "\(parsed.stderr)")
    #expect(parsed.stdout == "a&b.md 3 17 error factlint.figure-mismatch «\u{00A0}95 %\u{00A0}»\nclean.md clean\n")
  }

  @Test func junitHasOneCasePerFileAndAFailurePerFinding() throws {
    let folder = try TemporaryFolder()
    try folder.write("one.md", wrongDraft + "\nLa Chine assure 97 % de la production raffinée de terres rares.\n")
    try folder.write("two.md", warningDraft)
    try folder.write("three.md", "Rien.\n")
    let script = """
      import sys, xml.etree.ElementTree as ET
      root = ET.fromstring(sys.stdin.read())
      suite = root.find("testsuite")
      print(root.tag, root.get("tests"), root.get("failures"), suite.get("tests"), suite.get("failures"))
      for case in suite.findall("testcase"):
          out = case.find("system-out")
          print(case.get("name"), len(case.findall("failure")), 0 if out is None else out.text.count("\\n"))
      """
    let byDefault = try Factlint.run(["check", "--format", "junit", "one.md", "two.md", "three.md"], in: folder.url)
    #expect(byDefault.status == 1)
    let parsed = try ExternalTool.python(script, stdin: Data(byDefault.stdout.utf8))
    #expect(parsed.status == 0, "\(parsed.stderr)")
    #expect(parsed.stdout == "testsuites 3 1 3 1\none.md 2 0\ntwo.md 0 1\nthree.md 0 0\n")
    let strict = try Factlint.run(
      ["check", "--format", "junit", "--fail-on", "warning", "one.md", "two.md", "three.md"], in: folder.url)
    let strictParsed = try ExternalTool.python(script, stdin: Data(strict.stdout.utf8))
    #expect(strictParsed.stdout == "testsuites 3 2 3 2\none.md 2 0\ntwo.md 1 0\nthree.md 0 0\n")
  }

  @Test func failOnSetsTheLevelThatFails() throws {
    let folder = try TemporaryFolder()
    let warning = try folder.write("warning.md", warningDraft)
    let error = try folder.write("error.md", wrongDraft)
    #expect(try Factlint.run(["check", warning.path]).status == 0)
    #expect(try Factlint.run(["check", "--fail-on", "error", warning.path]).status == 0)
    #expect(try Factlint.run(["check", "--fail-on", "warning", warning.path]).status == 1)
    #expect(try Factlint.run(["check", "--fail-on=warning", error.path]).status == 1)
    #expect(try Factlint.run(["check", "--fail-on", "never", error.path, warning.path]).status == 0)
    let bad = try Factlint.run(["check", "--fail-on", "info", error.path])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("expected one of: error, warning, never"))
    // A draft that cannot be read still exits 2, whatever --fail-on says.
    #expect(
      try Factlint.run(["check", "--fail-on", "never", folder.url.appendingPathComponent("gone.md").path]).status == 2)
  }
}
