import Checking
import Drafts
import FactBase
import Figures
import Testing

/// Hostile drafts (issue 9) checked end to end: what the extractor leaves unread must give no claim, and no
/// finding or fix built on a misread figure.
@Suite struct HostileDraftTests {
  func report(_ text: String, _ fact: Fact, _ language: Language = .fr) -> CheckReport {
    Checker(base: FactBase(facts: [fact])).check(text: text, format: .plainText, language: .fixed(language))
  }

  /// 99999999999999999999 is 1.0000000000000002e20 as a Double and 100000000000000000001 is 1e20: neither may be
  /// judged against a fact of exactly 1e20, in agreement or not.
  @Test(arguments: ["99999999999999999999", "100000000000000000001", "100 000 000 000 000 000 001"])
  func numbersLongerThanADoubleAreNotJudged(written: String) {
    let fact = zorglubFact(.exact(1e20, tolerance: 0), unit: .count)
    let checked = report("Zorglub compte \(written) habitants.", fact)
    #expect(checked.claims.isEmpty, "\(checked.claims.map(\.figure.text))")
    #expect(checked.findings.isEmpty, "\(checked.findings.map(\.message))")
  }

  @Test func numbersADoubleHoldsAreStillJudged() {
    let fact = zorglubFact(.exact(3_305e9, tolerance: 0), unit: .count)
    #expect(report("Zorglub compte 3 305 milliards de bidules.", fact).claims.map(\.agrees) == [true])
    #expect(report("Zorglub compte 3 306 milliards de bidules.", fact).claims.map(\.agrees) == [false])
    let exact = zorglubFact(.exact(999_999_999_999_999, tolerance: 0), unit: .count)
    #expect(report("Zorglub compte 999999999999999 habitants.", exact).claims.map(\.agrees) == [true])
  }
}
