import Checking
import Drafts
import FactBase
import Foundation
import TestSupport
import Testing

/// Seeded fuzzing in the debug build (bounds checked): mutated drafts and facts files must never crash or hang the
/// engine, and what it returns must stay inside the text it was given.
@Suite struct FuzzTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func seed(_ relative: String) -> [UInt8] {
    (try? [UInt8](Data(contentsOf: root.appendingPathComponent(relative)))) ?? Array(relative.utf8)
  }

  @Test(arguments: [UInt64(101), 102, 103])
  func mutatedDraftsGiveFindingsInsideTheDraft(seed: UInt64) {
    var mutator = Mutator(seed: seed)
    let seeds = [Self.seed("examples/brouillon-terres-rares.md"), Self.seed("examples/rare-earths-draft.md")]
    let checker = Checker(base: .curated)
    for round in 0..<400 {
      let bytes = mutator.mutate(seeds[round % 2])
      // The engine takes what the front ends let through: valid UTF-8 (they refuse the rest).
      guard let text = String(validating: bytes, as: UTF8.self) else { continue }
      for format in [DraftFormat.markdown, .plainText] {
        let report = checker.check(text: text, format: format, language: round % 3 == 0 ? .auto : .fixed(.fr))
        let count = report.draft.bytes.count
        for finding in report.findings {
          #expect(finding.span.lowerBound >= 0 && finding.span.upperBound <= count, "seed \(seed) round \(round)")
          if let fix = finding.fix {
            #expect(fix.span.lowerBound >= 0 && fix.span.upperBound <= count, "seed \(seed) round \(round)")
          }
          _ = report.lineTable.position(ofOffset: finding.span.lowerBound, in: .utf16)
        }
      }
    }
  }

  @Test(arguments: [UInt64(201), 202, 203])
  func mutatedFactsFilesLoadOrFailWithPositions(seed: UInt64) {
    var mutator = Mutator(seed: seed)
    let seeds = ["facts/rare-earths.json", "facts/japan-defense.json", "facts/us-japan-framework.json"].map(Self.seed)
    let draft = String(decoding: Self.seed("examples/brouillon-terres-rares.md"), as: UTF8.self)
    for round in 0..<400 {
      let bytes = mutator.mutate(seeds[round % 3])
      do {
        let base = try FactBase.load(files: [(path: "f.json", bytes: bytes)])
        _ = Checker(base: base).check(text: draft, format: .markdown, language: .fixed(.fr))
        _ = base.facts.map { ExpectedValue.text($0, in: .fr) + ExpectedValue.text($0, in: .en) }
      } catch {
        for diagnostic in error.diagnostics {
          #expect(diagnostic.line >= 1 && diagnostic.column >= 1, "seed \(seed) round \(round): \(diagnostic)")
          #expect(diagnostic.path == "f.json")
        }
        #expect(!error.diagnostics.isEmpty)
      }
    }
  }
}
