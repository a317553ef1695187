import Checking
import Drafts
import FactBase
import Foundation
import TestSupport
import Testing
import Workspace

@Suite struct ProjectConfigTests {
  @Test func parsesEveryKey() throws {
    let json = """
      {"facts": ["extra/", "more.json"], "curatedFacts": false, "language": "en", "messages": "fr",
       "severity": {"figure-inconsistent": "error", "figure-mismatch": "off"}, "ignore": ["drafts/old/**", "*.tmp.md"]}
      """
    let config = try ProjectConfig.parse(bytes: Array(json.utf8), path: "/project/.factlint.json")
    #expect(config.factPaths == ["/project/extra", "/project/more.json"])
    #expect(config.useCuratedFacts == false)
    #expect(config.language == .fixed(.en))
    #expect(config.messages == .fixed(.fr))
    #expect(config.severities["figure-inconsistent"] == .some(.error))
    #expect(config.severities["figure-mismatch"] == .some(nil))
    #expect(config.ignores("/project/drafts/old/a.md"))
    #expect(config.ignores("/project/x/notes.tmp.md"))
    #expect(!config.ignores("/project/drafts/new/a.md"))
  }

  @Test func messagesAreTheDraftsUnlessTheConfigOrTheCallerSays() throws {
    let draft = try ProjectConfig.parse(bytes: Array(#"{"messages": "draft"}"#.utf8), path: "/p/.factlint.json")
    #expect(draft.messages == .draft)
    let english = try ProjectConfig.parse(bytes: Array(#"{"messages": "en"}"#.utf8), path: "/p/.factlint.json")
    let project = Project(config: english, checker: Checker(base: .curated))
    #expect(project.messages(overriding: nil) == .fixed(.en))
    #expect(project.messages(overriding: .draft) == .draft)
    #expect(Project(config: nil, checker: Checker(base: .curated)).messages(overriding: nil) == .draft)
    do {
      _ = try ProjectConfig.parse(bytes: Array(#"{"messages": "de"}"#.utf8), path: "c.json")
      Issue.record("expected an error")
    } catch {
      #expect(error.diagnostics.map(\.message) == [#""messages" is "draft", "fr" or "en""#])
    }
  }

  @Test func reportsMistakesWithPositions() {
    let json = "{\n  \"langage\": \"fr\",\n  \"severity\": {\"figure-mismatch\": \"loud\"}\n}"
    do {
      _ = try ProjectConfig.parse(bytes: Array(json.utf8), path: "c.json")
      Issue.record("expected errors")
    } catch {
      #expect(error.diagnostics.count == 2)
      #expect(error.diagnostics[0].line == 2)
      #expect(error.diagnostics[0].message.contains("unknown key \"langage\""))
      #expect(error.diagnostics[1].line == 3)
    }
  }

  @Test func findsTheNearestConfigWalkingUp() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-config-\(UUID().uuidString)")
    let nested = root.appendingPathComponent("a/b")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try Data("{}".utf8).write(to: root.appendingPathComponent(".factlint.json"))
    #expect(ProjectConfig.find(from: nested.path) == root.appendingPathComponent(".factlint.json").path)
  }
}

@Suite struct GlobTests {
  @Test func matchesShellPatterns() {
    #expect(Glob.matches(pattern: "*.md", path: "a/b/c.md"))
    #expect(Glob.matches(pattern: "drafts/**", path: "drafts/x/y.md"))
    #expect(Glob.matches(pattern: "drafts/", path: "drafts/y.md"))
    #expect(Glob.matches(pattern: "a/?.md", path: "a/b.md"))
    #expect(!Glob.matches(pattern: "a/?.md", path: "a/bc.md"))
    #expect(!Glob.matches(pattern: "drafts/*.md", path: "other/x.md"))
  }
}

@Suite struct FactFilesTests {
  @Test func loadsFoldersAndAddsToTheCuratedBase() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-facts-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let fact = """
      {"facts": [{"id": "local-fact", "statement": {"en": "x"}, "value": {"exact": 3}, "unit": "count",
        "terms": {"en": {"subject": ["widgets"]}},
        "source": {"publisher": "p", "title": "t", "url": "https://e.org", "published": "2025-01-01"}}]}
      """
    try Data(fact.utf8).write(to: root.appendingPathComponent("local.json"))
    try Data("{}".utf8).write(to: root.appendingPathComponent("schema.json"))
    let base = try FactFiles.base(config: nil, extra: [root.path])
    #expect(base.fact(id: "local-fact") != nil)
    #expect(base.fact(id: "china-rare-earth-refining-share") != nil)
    let alone = try FactFiles.base(config: nil, extra: [root.path], useCurated: false)
    #expect(alone.facts.map(\.id) == ["local-fact"])
    #expect(throws: FactBaseError.self) { try FactFiles.load([root.appendingPathComponent("missing").path]) }
  }
}

@Suite struct GlobComplexityTests {
  /// Patterns that took over a minute each with backtracking on every star; now pattern × path.
  @Test func manyStarsStayFast() {
    let name = String(repeating: "a", count: 40)
    let stars = "*a*a*a*a*a*a*a*a*a*a*b"
    let deep = Array(repeating: "x", count: 40).joined(separator: "/") + "/y.md"
    let globstars = String(repeating: "**/", count: 10) + "z.md"
    let answers = finishing(within: 10) {
      [
        Glob.matches(pattern: stars, path: name), Glob.matches(pattern: "dir/" + stars, path: "dir/" + name),
        Glob.matches(pattern: globstars, path: deep),
        Glob.matches(pattern: String(repeating: "**/", count: 10) + "y.md", path: deep),
      ]
    }
    #expect(answers == [false, false, false, true], "glob matching did not finish within 10 s, or answered wrong")
  }

  @Test func semanticsAreKept() {
    #expect(Glob.matches(pattern: "a/**/b.md", path: "a/b.md"))
    #expect(Glob.matches(pattern: "a/**/b.md", path: "a/x/y/b.md"))
    #expect(!Glob.matches(pattern: "a/**/b.md", path: "c/a/b.md"))
    #expect(Glob.matches(pattern: "drafts", path: "drafts/x/y.md"))
    #expect(Glob.matches(pattern: "dr*/old", path: "drafts/old/y.md"))
    #expect(Glob.matches(pattern: "*a*b", path: "xaab"))
    #expect(!Glob.matches(pattern: "*a*b", path: "xaabc"))
    #expect(Glob.matches(pattern: "**", path: "anything/at/all.md"))
  }
}

@Suite struct ConfigFuzzTests {
  /// Mutated configs parse or fail with positioned errors; none crashes, none is silently half-read.
  @Test(arguments: [UInt64(301), 302])
  func mutatedConfigsParseOrFailWithPositions(seed: UInt64) {
    var mutator = Mutator(seed: seed)
    let config = Array(
      """
      {"facts": ["extra/"], "curatedFacts": false, "language": "fr", "maxDraftSize": 8,
       "severity": {"figure-inconsistent": "error", "figure-mismatch": "off"}, "ignore": ["drafts/**", "*a*b*c"]}
      """.utf8)
    for round in 0..<300 {
      let bytes = mutator.mutate(config)
      do {
        let parsed = try ProjectConfig.parse(bytes: bytes, path: "/project/.factlint.json")
        _ = parsed.ignores("/project/drafts/x/aXbYc.md")
      } catch {
        #expect(!error.diagnostics.isEmpty, "seed \(seed) round \(round)")
        for diagnostic in error.diagnostics {
          #expect(diagnostic.line >= 1 && diagnostic.column >= 1, "seed \(seed) round \(round): \(diagnostic)")
        }
      }
    }
  }
}

@Suite struct ProjectLoaderTests {
  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url.appendingPathComponent("a/b"), withIntermediateDirectories: true)
    return url
  }

  @Test func oneProjectPerConfigAndOneLanguageRule() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(at: root) }
    try Data(#"{"language": "en"}"#.utf8).write(to: root.appendingPathComponent(".factlint.json"))
    var loader = ProjectLoader(extraFacts: [])
    let top = try loader.project(for: root.path).get()
    let nested = try loader.project(for: root.appendingPathComponent("a/b").path).get()
    // Drafts of every folder under one config share one base (and its cache identity).
    #expect(top.base.identity == nested.base.identity)
    #expect(top.language(overriding: nil) == .fixed(.en))
    #expect(top.language(overriding: .fixed(.fr)) == .fixed(.fr))
    #expect(Project(config: nil, checker: top.checker).language(overriding: nil) == .auto)
  }

  @Test func aBrokenConfigIsAPositionedLoadError() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(at: root) }
    try Data("{\n  \"language\": 3\n}".utf8).write(to: root.appendingPathComponent(".factlint.json"))
    var loader = ProjectLoader(extraFacts: [])
    guard case .failure(let error) = loader.project(for: root.path) else {
      Issue.record("the config should not load")
      return
    }
    #expect(error.diagnostics.first?.line == 2)
    #expect(error.description.contains(".factlint.json:2:"))
  }
}
