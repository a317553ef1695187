import Drafts
import TestSupport
import Testing

/// The answer the directives give, read the slow and obvious way: every directive in order.
func referenceSuppressed(_ directives: [SuppressionDirective], line: Int, factId: String) -> Bool {
  var disabled = false
  for directive in directives where directive.factIds.isEmpty || directive.factIds.contains(factId) {
    switch directive.kind {
    case .disableNextLine: if directive.line + 1 == line { return true }
    case .disable: if directive.line <= line { disabled = true }
    case .enable: if directive.line <= line { disabled = false }
    }
  }
  return disabled
}

@Suite struct SuppressionsTests {
  /// The index answers as the directives read in order do, on random drafts' worth of directives.
  @Test(arguments: [UInt64(11), 12, 13, 14])
  func indexAgreesWithReadingInOrder(seed: UInt64) {
    var random = SeededGenerator(seed: seed)
    let facts = ["a", "b", "c"]
    var directives: [SuppressionDirective] = []
    var line = 0
    for _ in 0..<60 {
      line += Int(random.next() % 4)
      let kind: SuppressionDirective.Kind = [.disable, .enable, .disableNextLine][Int(random.next() % 3)]
      let ids = random.next() % 3 == 0 ? [] : [facts[Int(random.next() % 3)]]
      directives.append(SuppressionDirective(kind: kind, line: line, factIds: ids))
    }
    let suppressions = Suppressions(directives: directives)
    for query in 0...(line + 2) {
      for fact in facts + ["other"] {
        #expect(
          suppressions.isSuppressed(line: query, factId: fact)
            == referenceSuppressed(directives, line: query, factId: fact), "line \(query), fact \(fact)")
      }
    }
  }

  /// 100,000 `disable-next-line` directives asked about 100,000 lines: once 10¹⁰ steps, now a look-up each.
  @Test func manyDirectivesStayCheap() {
    let directives = (0..<100_000).map {
      SuppressionDirective(kind: .disableNextLine, line: 2 * $0, factIds: ["fact-\($0 % 7)"])
    }
    let count = finishing(within: 20) {
      let suppressions = Suppressions(directives: directives)
      return (0..<200_000).filter { suppressions.isSuppressed(line: $0, factId: "fact-\(($0 / 2) % 7)") }.count
    }
    #expect(count == 100_000, "did not finish within 20 s, or answered wrong")
  }
}
