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

  /// "9‍5 %" shows as "95 %": read as "5 %", its fix wrote "9‍92 %", shown "992 %". Nothing is read from it, and
  /// no fix may keep the stray "9".
  @Test(arguments: ["\u{200D}", "\u{200B}", "\u{200C}", "\u{2060}", "\u{00AD}", "\u{0301}", "\u{200F}", "\u{FEFF}"])
  func aNumberWithAnInvisibleCharacterInsideGetsNoFinding(invisible: String) {
    for (text, language) in [
      ("La Chine assure 9\(invisible)5 % de la production raffinée de terres rares.", Language.fr),
      ("La Chine assure 1,\(invisible)5 % de la production raffinée de terres rares.", .fr),
      ("China accounts for 9\(invisible)5% of refined rare earth production.", .en),
    ] {
      let found = findings(text, language)
      #expect(found.isEmpty, "\(text): \(found.map(\.message))")
      let fixed = applyingFixes(text, found)
      #expect(!fixed.contains("\(invisible)92"), "\(fixed)")
    }
  }

  /// A bidi control after a full stop merged two sentences, and the wrong figure of the second went unreported.
  @Test(arguments: ["\u{200E}", "\u{200F}", "\u{202B}", "\u{202E}", "\u{2067}", "\u{2069}", "\u{FEFF}"])
  func aBidiControlAfterAFullStopHidesNoFigure(format: String) throws {
    for text in [
      "La Chine assure 92 % de la production raffinée de terres rares.\(format) Elle en assure 95 %.",
      "La Chine assure 92 % de la production raffinée de terres rares. \(format)Elle en assure 95 %.",
      "La Chine raffine 92 % des terres rares !\(format) Elle assure 95 % de leur raffinage.",
    ] {
      let found = findings(text, .fr)
      #expect(found.map(\.found) == ["95 %"], "\(text)")
    }
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
