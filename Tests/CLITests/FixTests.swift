import Foundation
import Testing

@testable import FactlintCLI

/// A draft with everything a careless rewrite would lose: a byte-order mark, CRLF line endings, no-break
/// spaces, a tab, an emoji and no line feed at the end.
private let trickyDraft: [UInt8] =
  [0xEF, 0xBB, 0xBF]
  + Array(
    ("# Terres rares 😀\r\n\r\nLa Chine assure 95\u{A0}% de la production raffinée de terres rares.\r\n"
      + "\tUn détail sans chiffre.\r\n\r\nFin du texte, sans saut de ligne final").utf8)

private func replacing(_ bytes: [UInt8], _ old: String, with new: String) -> [UInt8] {
  let text = String(decoding: bytes, as: UTF8.self)
  return Array(text.replacingOccurrences(of: old, with: new).utf8)
}

private func permissions(_ url: URL) throws -> Int {
  try (FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) ?? -1
}

private func leftovers(in folder: URL) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".factlint-") }
}

@Suite struct FixTests {
  @Test func fixRewritesOnlyTheFiguresAndKeepsEverythingElse() throws {
    let folder = try TemporaryFolder()
    let draft = try folder.write("draft.md", Data(trickyDraft))
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: draft.path)
    let result = try Factlint.run(["check", "--fix", draft.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("fixed 1 figure in 1 file"))
    let fixed = [UInt8](try Data(contentsOf: draft))
    #expect(fixed == replacing(trickyDraft, "assure 95\u{A0}%", with: "assure 92\u{A0}%"))
    #expect(fixed.starts(with: [0xEF, 0xBB, 0xBF]))
    #expect(try permissions(draft) == 0o640)
    #expect(try leftovers(in: folder.url).isEmpty)
    // Fixed drafts check clean; a second --fix has nothing to do.
    let again = try Factlint.run(["check", "--fix", draft.path])
    #expect(again.status == 0)
    #expect(again.stderr.contains("fixed 0 figures in 0 files"))
    #expect([UInt8](try Data(contentsOf: draft)) == fixed)
  }

  @Test func fixRewritesTheTargetOfASymbolicLink() throws {
    let folder = try TemporaryFolder()
    let target = try folder.write("real/draft.md", "La Chine assure 95 % de la production raffinée de terres rares.\n")
    let link = folder.url.appendingPathComponent("link.md")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    #expect(try Factlint.run(["check", "--fix", link.path]).status == 0)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
    #expect(try String(contentsOf: target, encoding: .utf8).contains("assure 92 %"))
  }

  @Test func fixReportsWhatRemainsAtThePositionsOfTheFixedFile() throws {
    let folder = try TemporaryFolder()
    let draft = try folder.write(
      "mixed.md",
      "La Chine assure 95 % de la production raffinée de terres rares.\n\n"
        + "La Chine assure 70 % de l’extraction minière des terres rares.\n\n"
        + "Plus loin, la Chine assure 65 % de l’extraction minière des terres rares.\n")
    let result = try Factlint.run(["check", "--fix", "--format", "json", draft.path])
    #expect(result.status == 0)
    let findings = try #require(((result.json?["files"] as? [[String: Any]])?.first?["findings"]) as? [[String: Any]])
    #expect(findings.map { $0["rule"] as? String } == ["figure-inconsistent"])
    #expect(findings.first?["line"] as? Int == 5)
    #expect(try String(contentsOf: draft, encoding: .utf8).hasPrefix("La Chine assure 92 %"))
  }

  @Test func dryRunPrintsAUnifiedDiffThatPatchApplies() throws {
    let folder = try TemporaryFolder()
    var lines = (1...12).map { "Ligne \($0) sans chiffre.\n" }
    lines[1] = "La Chine assure 95 % de la production raffinée de terres rares.\n"
    lines[10] = "La Chine assure 97 % de la production raffinée de terres rares.\n"
    let original = lines.joined()
    try folder.write("doc.md", original)
    let result = try Factlint.run(["check", "--fix", "--dry-run", "doc.md"], in: folder.url)
    #expect(result.status == 0)
    #expect(result.stderr.contains("would fix 2 figures in 1 file"))
    #expect(try String(contentsOf: folder.url.appendingPathComponent("doc.md"), encoding: .utf8) == original)
    #expect(
      result.stdout == """
        --- a/doc.md
        +++ b/doc.md
        @@ -1,5 +1,5 @@
         Ligne 1 sans chiffre.
        -La Chine assure 95 % de la production raffinée de terres rares.
        +La Chine assure 92 % de la production raffinée de terres rares.
         Ligne 3 sans chiffre.
         Ligne 4 sans chiffre.
         Ligne 5 sans chiffre.
        @@ -8,5 +8,5 @@
         Ligne 8 sans chiffre.
         Ligne 9 sans chiffre.
         Ligne 10 sans chiffre.
        -La Chine assure 97 % de la production raffinée de terres rares.
        +La Chine assure 92 % de la production raffinée de terres rares.
         Ligne 12 sans chiffre.

        """)
  }

  @Test func dryRunDiffOfCRLFAndBOMAppliesToTheSameBytesAsFix() throws {
    let folder = try TemporaryFolder()
    try folder.write("a/draft.md", Data(trickyDraft))
    try folder.write("b/draft.md", Data(trickyDraft))
    let diff = try Factlint.run(
      ["check", "--fix", "--dry-run", "draft.md"], in: folder.url.appendingPathComponent("a"))
    #expect(diff.stdout.contains("\n\\ No newline at end of file\n"))
    let patch = try folder.write("fix.patch", diff.stdout)
    let applied = try ExternalTool.run(
      "git", ["apply", "--whitespace=nowarn", patch.path], in: folder.url.appendingPathComponent("a"))
    #expect(applied.status == 0, "\(applied.stderr)")
    #expect(try Factlint.run(["check", "--fix", "draft.md"], in: folder.url.appendingPathComponent("b")).status == 0)
    let patched = try Data(contentsOf: folder.url.appendingPathComponent("a/draft.md"))
    let fixed = try Data(contentsOf: folder.url.appendingPathComponent("b/draft.md"))
    #expect(patched == fixed)
    #expect(patched != Data(trickyDraft))
  }

  @Test func aFailedWriteLeavesTheDraftUntouched() throws {
    // Root ignores permission bits, so the failure comes from a file-size limit: the draft can be read, but
    // its fixed copy cannot be written past 512 bytes.
    let folder = try TemporaryFolder()
    let padding = String(repeating: "Un paragraphe sans chiffre, pour la longueur.\n\n", count: 30)
    let original = padding + "La Chine assure 95 % de la production raffinée de terres rares.\n"
    let draft = try folder.write("long.md", original)
    let result = try ExternalTool.run(
      "sh", ["-c", "ulimit -f 1 && exec \"$0\" check --fix long.md", Factlint.binary.path], in: folder.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("long.md: cannot write the temporary file"))
    #expect(result.stderr.contains("the file was left untouched"))
    #expect(try String(contentsOf: draft, encoding: .utf8) == original)
    #expect(try leftovers(in: folder.url).isEmpty)
  }

  @Test func aFolderReplacedByAFileStopsTheWrite() throws {
    let folder = try TemporaryFolder()
    let draft = try folder.write("sub/draft.md", "La Chine assure 95 % de la production raffinée de terres rares.\n")
    let original = [UInt8](try Data(contentsOf: draft))
    let stamp = try #require(FileStamp(path: draft.path))
    let moved = folder.url.appendingPathComponent("moved")
    try FileManager.default.moveItem(at: folder.url.appendingPathComponent("sub"), to: moved)
    try folder.write("sub", "now a file")
    #expect(throws: RewriteError.self) {
      try DraftRewriter.replace(draft.path, original: original, stamp: stamp, with: Array("fixed".utf8))
    }
    #expect([UInt8](try Data(contentsOf: moved.appendingPathComponent("draft.md"))) == original)
    #expect(try String(contentsOf: folder.url.appendingPathComponent("sub"), encoding: .utf8) == "now a file")
  }

  @Test func aFileChangedBetweenReadAndWriteIsNotOverwritten() throws {
    let folder = try TemporaryFolder()
    let draft = try folder.write("draft.md", "La Chine assure 95 % de la production raffinée de terres rares.\n")
    let original = [UInt8](try Data(contentsOf: draft))
    let stamp = try #require(FileStamp(path: draft.path))
    // Someone saves a new version while factlint works: same size, new content.
    let edited = "La Chine assure 96 % de la production raffinée de terres rares.\n"
    try Data(edited.utf8).write(to: draft)
    do {
      try DraftRewriter.replace(draft.path, original: original, stamp: stamp, with: Array("fixed".utf8))
      Issue.record("the rewrite should have been refused")
    } catch {
      #expect(error.changedOnDisk)
      #expect(error.description.contains("changed on disk since it was read"))
    }
    #expect(try String(contentsOf: draft, encoding: .utf8) == edited)
    #expect(try leftovers(in: folder.url).isEmpty)

    // Same bytes written again (a touch, an editor's save): the modification time alone is enough to refuse.
    let restamped = try #require(FileStamp(path: draft.path))
    Thread.sleep(forTimeInterval: 0.02)
    try Data(edited.utf8).write(to: draft)
    #expect(throws: RewriteError.self) {
      try DraftRewriter.replace(draft.path, original: Array(edited.utf8), stamp: restamped, with: Array("x".utf8))
    }
    #expect(try String(contentsOf: draft, encoding: .utf8) == edited)
  }

  @Test func fixNeverTouchesFilesItRefusesToRead() throws {
    let folder = try TemporaryFolder()
    var bytes = Array("La Chine assure 95 % de la production raffinée de terres rares.\n".utf8)
    bytes.insert(0xFF, at: 3)
    let draft = try folder.write("latin1.md", Data(bytes))
    let result = try Factlint.run(["check", "--fix", draft.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("not valid UTF-8"))
    #expect([UInt8](try Data(contentsOf: draft)) == bytes)
  }

  @Test func fixNeedsFilesAndDryRunNeedsFix() throws {
    let stdin = try Factlint.run(["check", "--fix", "-"], stdin: Data("x".utf8))
    #expect(stdin.status == 64)
    #expect(try Factlint.run(["check", "--dry-run", "x.md"]).status == 64)
    let diff = try Factlint.run(
      ["check", "--fix", "--dry-run", "--stdin-filename", "note.md", "-"],
      stdin: Data("La Chine assure 95 % de la production raffinée de terres rares.\n".utf8))
    #expect(diff.status == 0)
    #expect(diff.stdout.hasPrefix("--- a/note.md\n+++ b/note.md\n@@ -1 +1 @@\n"))
  }
}
