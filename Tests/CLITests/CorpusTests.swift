import Foundation
import Testing

/// The project's own corpus stays scoreable: every passage labelled, every label placed, every fact id known.
@Suite struct CorpusTests {
  @Test func theRealTextCorpusIsWellFormedAndLargeEnough() throws {
    let result = try Factlint.run(["eval", "--format", "json", "corpus"], in: packageRoot, timeout: 300)
    #expect(result.status == 0, "\(result.stderr)")
    let total = try #require(result.json?["total"] as? [String: Any])
    #expect((total["passages"] as? Int ?? 0) >= 80)
    #expect((total["labelled"] as? Int ?? 0) >= 400)
    let subjects = Set((result.json?["subjects"] as? [[String: Any]] ?? []).compactMap { $0["subject"] as? String })
    #expect(subjects.count >= 3)
  }
}
