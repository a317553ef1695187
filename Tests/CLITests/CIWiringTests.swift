import Foundation
import Testing

/// The ready-made CI wiring runs what it says: the pre-commit hooks' entries and the GitHub Action's check step,
/// executed with the built binary on a draft with a wrong figure.
@Suite struct CIWiringTests {
  private let wrong = "La Chine assure 95 % de la production raffinée de terres rares.\n"

  /// The binary's folder first on PATH, so `factlint` in the wiring is the one under test.
  private var environment: [String: String] {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return ["PATH": Factlint.binary.deletingLastPathComponent().path + ":" + path]
  }

  @Test func preCommitHooksCheckAndFix() throws {
    let hooks = packageRoot.appendingPathComponent(".pre-commit-hooks.yaml")
    let listing = try ExternalTool.python(
      """
      import sys, yaml
      for hook in yaml.safe_load(open(sys.argv[1])):
          print(hook["id"], hook["language"], hook["files"], hook["entry"], sep="\\t")
      """, [hooks.path])
    #expect(listing.status == 0, "\(listing.stderr)")
    let rows = listing.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
    #expect(rows.map { $0[0] } == ["factlint", "factlint-fix", "factlint-system"])
    for row in rows {
      #expect(row[1] == "swift" || row[1] == "system")
      #expect(try NSRegularExpression(pattern: row[2]).firstMatch(in: "notes/a.md", range: NSRange(0..<10)) != nil)
      let folder = try TemporaryFolder()
      try folder.write("draft.md", wrong)
      // pre-commit appends the staged file names to the entry.
      let run = try ExternalTool.run("sh", ["-c", row[3] + " draft.md"], in: folder.url, environment: environment)
      if row[0] == "factlint-fix" {
        #expect(run.status == 0)
        #expect(try String(contentsOf: folder.url.appendingPathComponent("draft.md"), encoding: .utf8).contains("92 %"))
      } else {
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("draft.md:1:17: error: [figure-mismatch]"))
      }
    }
  }

  @Test func gitHubActionCheckStepWritesSarifAndAnnotations() throws {
    let action = packageRoot.appendingPathComponent("action.yml")
    let step = try ExternalTool.python(
      """
      import sys, yaml
      action = yaml.safe_load(open(sys.argv[1]))
      assert action["runs"]["using"] == "composite"
      steps = action["runs"]["steps"]
      assert any("upload-sarif" in s.get("uses", "") for s in steps)
      print(next(s for s in steps if s.get("id") == "check")["run"])
      """, [action.path])
    #expect(step.status == 0, "\(step.stderr)")
    let folder = try TemporaryFolder()
    try folder.write("drafts/a.md", wrong)
    let output = try folder.write("github-output", "")
    var env = environment
    env.merge([
      "PATHS": "drafts", "FAIL_ON": "error", "FACTS": "", "ANNOTATIONS": "true", "SARIF_FILE": "factlint.sarif",
      "GITHUB_OUTPUT": output.path,
    ]) { $1 }
    let run = try ExternalTool.run("bash", ["-c", step.stdout], in: folder.url, environment: env)
    #expect(run.stdout.hasPrefix("::error file=drafts/a.md,line=1,col=17,"))
    #expect(try String(contentsOf: output, encoding: .utf8) == "status=1\n")
    let sarif = try Data(contentsOf: folder.url.appendingPathComponent("factlint.sarif"))
    let json = try #require(try JSONSerialization.jsonObject(with: sarif) as? [String: Any])
    #expect(json["version"] as? String == "2.1.0")
  }
}
