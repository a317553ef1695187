import Checking
import Drafts
import FactBase
import Testing

@testable import Evaluation

/// The scoring arithmetic on the curated base, one kind of outcome a case.
@Suite struct PassageScoreTests {
  let checker = Checker(base: FactBase.curated)

  private func score(_ text: String, _ labels: String) throws -> PassageScore {
    let file = try LabelFile.parse("source: https://example.org\npublished: 2025-10-28\n" + labels, path: "p")
    let bytes = Array(text.utf8)
    let locator = ContextLocator(bytes: bytes)
    var located: [(label: Label, span: Range<Int>)] = []
    for label in file.labels {
      guard case .found(let span) = locator.locate(label) else {
        Issue.record("label not found: \(label.context)")
        continue
      }
      located.append((label, span))
    }
    let report = checker.check(Draft(bytes: bytes, format: .plainText), language: .fixed(.fr))
    return PassageScore(report: report, labels: located, edited: file.isEdited)
  }

  @Test func aFlaggedContradictionIsATruePositive() throws {
    let s = try score(
      "La Chine assure 95 % de la production raffinée de terres rares.",
      "contradicts china-rare-earth-refining-share: assure [[95 %]] de")
    #expect(s.tally.truePositives == 1 && s.tally.misses == 0 && s.tally.falseAlarms == 0)
    #expect(s.tally.precision == 1 && s.tally.recall == 1 && s.tally.f1 == 1)
  }

  @Test func anUnflaggedContradictionIsAMiss() throws {
    // Nothing in this sentence says refining: factlint cannot see the claim the label asserts.
    let s = try score(
      "Pékin contrôle 95 % du secteur des terres rares.",
      "contradicts china-rare-earth-refining-share: contrôle [[95 %]] du")
    #expect(s.tally.truePositives == 0 && s.tally.misses == 1 && s.tally.falseAlarms == 0)
    #expect(s.tally.recall == 0)
    #expect(s.tally.precision == nil)
    #expect(s.items.map(\.kind) == [.miss])
  }

  @Test func flagsOnAgreeingNotAClaimAndUnlabelledFiguresAreFalseAlarms() throws {
    let text =
      "La Chine assure 95 % de la production raffinée de terres rares. "
      + "La Chine assure 80 % de la production raffinée de terres rares en volume."
    let onAgrees = try score(
      text, "agrees china-rare-earth-refining-share: assure [[95 %]] de la production raffinée de terres rares.")
    #expect(
      onAgrees.items.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [
        .falseAlarmOnAgrees, .falseAlarmUnlabelled, .notUnderstood,
      ])
    #expect(onAgrees.tally.falseAlarms == 2)
    #expect(onAgrees.tally.precision == 0)
    #expect(onAgrees.tally.recall == nil)
    let onNotAClaim = try score(text, "not-a-claim: assure [[80 %]] de")
    #expect(onNotAClaim.items.map(\.kind).contains(.falseAlarmOnNotAClaim))
  }

  @Test func aFlagNamingAnotherFactIsAFalseAlarmAndAMiss() throws {
    let s = try score(
      "La Chine assure 95 % de la production raffinée de terres rares.",
      "contradicts china-rare-earth-magnet-share: assure [[95 %]] de")
    #expect(s.tally.truePositives == 0)
    #expect(s.tally.misses == 1)
    #expect(s.tally.falseAlarms == 1)
    #expect(s.items.map(\.kind).contains(.falseAlarmWrongFact))
    #expect(s.perFact["china-rare-earth-refining-share"]?.falseAlarms == 1)
    #expect(s.perFact["china-rare-earth-magnet-share"]?.misses == 1)
  }

  @Test func anAgreeingClaimIsUnderstood() throws {
    let s = try score(
      "La Chine assure 92 % de la production raffinée de terres rares.",
      "agrees china-rare-earth-refining-share: assure [[92 %]] de")
    #expect(s.tally.understood == 1 && s.tally.agrees == 1 && s.tally.understoodShare == 1)
    #expect(s.tally.falseAlarms == 0)
  }

  @Test func talliesAddUp() throws {
    var total = EvalTally()
    total += try score(
      "La Chine assure 95 % de la production raffinée de terres rares.",
      "contradicts china-rare-earth-refining-share: assure [[95 %]] de"
    ).tally
    total += try score(
      "Pékin contrôle 95 % du secteur des terres rares.",
      "contradicts china-rare-earth-refining-share: contrôle [[95 %]] du"
    ).tally
    #expect(total.passages == 2 && total.truePositives == 1 && total.misses == 1)
    #expect(total.recall == 0.5 && total.precision == 1)
    #expect(abs((total.f1 ?? 0) - 2.0 / 3.0) < 1e-12)
  }
}
