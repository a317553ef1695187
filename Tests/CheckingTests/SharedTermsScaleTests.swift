import Checking
import Drafts
import FactBase
import Figures
import TestSupport
import Testing

@Suite struct SharedTermsScaleTests {
  /// 40,000 facts that all use the same subject and context words: indexing them and checking a sentence that
  /// names those words once took 10 s and 35 s (each use compared with every other); now both stay linear.
  @Test func manyFactsSharingTermsStayLinear() {
    let facts = (0..<40_000).map { i in
      var fact = zorglubFact(.exact(Double(i), tolerance: 0), unit: .count)
      fact.id = "z\(i)"
      let terms = FactTerms(subject: [Term("Zorglub")], context: [[Term("bidule*")]], exclude: [])
      fact.terms = [.fr: terms, .en: terms]
      return fact
    }
    let answer = finishing(within: 60) { () -> (Int, Int) in
      let base = FactBase(facts: facts)
      let report = Checker(base: base).check(
        text: "Zorglub fabrique 7 bidules.", format: .plainText, language: .fixed(.fr))
      return (base.index.entries.first?.uses.count ?? 0, report.claims.count)
    }
    #expect(answer != nil, "indexing and checking did not finish within 60 s")
    // One use per fact and language for the shared subject; one figure, so one claim.
    #expect(answer?.0 == 80_000)
    #expect(answer?.1 == 1)
  }
}
