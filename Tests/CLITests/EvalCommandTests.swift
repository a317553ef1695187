import Foundation
import Testing

private let labelsHeader = "source: https://example.org/a\npublished: 2025-10-28\n"

/// A small corpus: one true positive, one false alarm on a figure labelled not-a-claim, one understood figure.
private func smallCorpus() throws -> TemporaryFolder {
  let folder = try TemporaryFolder()
  try folder.write(
    "corpus/subject/dev/a.md",
    "La Chine assure 95 % de la production raffinée de terres rares. Le groupe Zorglub raffine 30 % du lithium, la Chine "
      + "92 % des terres rares.\n")
  try folder.write(
    "corpus/subject/dev/a.labels",
    labelsHeader + "contradicts china-rare-earth-refining-share: assure [[95 %]] de la\n"
      + "not-a-claim china-refining-share-critical-minerals: raffine [[30 %]] du lithium\n"
      + "agrees china-rare-earth-refining-share: la Chine [[92 %]] des\n")
  try folder.write("corpus/subject/test/b.md", "Pékin contrôle 95 % du secteur des terres rares.\n")
  try folder.write(
    "corpus/subject/test/b.labels",
    labelsHeader + "edited: 92 % → 95 %\n"
      + "contradicts china-rare-earth-refining-share: contrôle [[95 %]] du\n")
  try folder.write("corpus/subject/.factlint.json", "{}")
  try folder.write("corpus/README.md", "A corpus README is documentation, not a passage: 95 %.\n")
  return folder
}

@Suite struct EvalCommandTests {
  @Test func scoresEachSplitAndTheWhole() throws {
    let folder = try smallCorpus()
    let result = try Factlint.run(["eval", "--format", "json", "corpus"], in: folder.url)
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(result.json)
    let total = try #require(json["total"] as? [String: Any])
    #expect(total["passages"] as? Int == 2)
    #expect(total["edited"] as? Int == 1)
    #expect(total["labelled"] as? Int == 4)
    #expect(total["truePositives"] as? Int == 1)
    #expect(total["misses"] as? Int == 1)
    #expect(total["falseAlarms"] as? Int == 1)
    #expect(total["understood"] as? Int == 1)
    #expect(total["precision"] as? Double == 0.5)
    #expect(total["recall"] as? Double == 0.5)
    let splits = try #require(json["splits"] as? [String: [String: Any]])
    #expect(splits["dev"]?["recall"] as? Double == 1)
    #expect(splits["test"]?["recall"] as? Double == 0)
    #expect(splits["test"]?["precision"] is NSNull)
  }

  @Test func verboseListsEachMissAndFalseAlarmWithItsSentence() throws {
    let folder = try smallCorpus()
    let result = try Factlint.run(["eval", "--verbose", "corpus"], in: folder.url)
    #expect(result.stdout.contains("per fact"))
    #expect(
      result.stdout.contains(
        "corpus/subject/dev/a.md:1:91: false alarm on a figure labelled not-a-claim "
          + "[china-refining-share-critical-minerals]: “30 %”"))
    #expect(result.stdout.contains("    Le groupe Zorglub raffine 30 % du lithium, la Chine 92 % des terres rares."))
    #expect(result.stdout.contains("corpus/subject/test/b.md:1:16: miss [china-rare-earth-refining-share]: “95 %”"))
  }

  @Test func thresholdsSetTheExitStatus() throws {
    let folder = try smallCorpus()
    #expect(
      try Factlint.run(["eval", "--min-precision", "0.5", "--min-recall", "0.5", "corpus"], in: folder.url).status == 0)
    let below = try Factlint.run(["eval", "--min-recall", "0.6", "corpus"], in: folder.url)
    #expect(below.status == 1)
    #expect(below.stderr.contains("recall 0.500 is below --min-recall 0.6"))
    #expect(try Factlint.run(["eval", "--min-recall", "1.5", "corpus"], in: folder.url).status == 64)
    // Only the dev part: one true positive, one false alarm.
    let dev = try Factlint.run(["eval", "--split", "dev", "--min-recall", "1", "corpus"], in: folder.url)
    #expect(dev.status == 0)
  }

  @Test func aBrokenLabelIsAnErrorWithItsPlaceAndNothingIsScored() throws {
    let folder = try smallCorpus()
    try folder.write(
      "corpus/subject/dev/a.labels",
      labelsHeader + "contradicts china-rare-earth-refining-share: assure [[96 %]] de la\n"
        + "agrees no-such-fact: la Chine [[92 %]] des\n" + "agrees china-rare-earth-refining-share: [[%]]\n")
    try folder.write("corpus/subject/dev/unlabelled.md", "Rien.\n")
    let result = try Factlint.run(["eval", "corpus"], in: folder.url)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.contains("corpus/subject/dev/a.labels:3:1: error: context not found in corpus/subject/dev/a.md"))
    #expect(result.stderr.contains("corpus/subject/dev/a.labels:4:1: error: unknown fact id 'no-such-fact'"))
    #expect(result.stderr.contains("corpus/subject/dev/a.labels:5:1: error: context found 3 times"))
    #expect(result.stderr.contains("corpus/subject/dev/unlabelled.md: no labels file"))
  }
}
