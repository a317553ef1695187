import Foundation
import Testing

/// `factlint explain` on the examples of `facts/README.md`: each says why it is or is not checked.
@Suite struct ExplainCommandTests {
  private func summaries(_ text: String) throws -> [String: String] {
    let result = try Factlint.run(["explain", "--format", "json", "--text", text])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(result.json)
    var found: [String: String] = [:]
    for sentence in json["sentences"] as? [[String: Any]] ?? [] {
      for figure in sentence["figures"] as? [[String: Any]] ?? [] {
        found[figure["text"] as? String ?? ""] = figure["summary"] as? String
      }
    }
    return found
  }

  @Test func aContradictionShowsBothIntervalsAndTheExpectedValue() throws {
    let found = try summaries("La Chine assure 95 % du raffinage des terres rares.")
    #expect(
      found["95 %"]
        == "Checked against china-rare-earth-refining-share: contradicts ([94.5, 95.5] does not meet [91.5, 92.5]); "
        + "expected 92 %.")
  }

  @Test func pairingSaysWhichFactEachFigureWentTo() throws {
    let result = try Factlint.run([
      "explain", "--text",
      "Selon l’AIE, la Chine assure 61 % de l’extraction minière et 91 % du raffinage des terres rares.",
    ])
    #expect(result.stdout.contains("✓ china-rare-earth-mining-share: candidate"))
    // What each figure's complement names ("de l'extraction minière", "du raffinage") keeps the other fact away.
    #expect(
      result.stdout.contains("china-rare-earth-mining-share: it quantifies “raffinage”, none of the fact's words"))
    #expect(result.stdout.contains("→ Checked against china-rare-earth-refining-share: agrees ([90.5, 91.5] meets"))
    #expect(result.stdout.contains("context 2 shared with another fact, not counted"))
  }

  @Test func everyReasonToStayQuietIsNamed() throws {
    let exclusion = try summaries(
      "Les États-Unis raffinent moins de 1 % des terres rares mondiales, contre 92 % pour la Chine.")
    // The United States' figure: its clause names another country than the fact's.
    #expect(exclusion["moins de 1 %"]?.contains("names another country (“États-Unis”) than the fact's") == true)
    #expect(exclusion["92 %"]?.hasPrefix("Checked against china-rare-earth-refining-share: agrees") == true)
    let year = try summaries("En 2015, la Chine raffinait 85 % des terres rares.")
    #expect(year["2015"] == "Not checked: read as a year that sets the sentence in time.")
    #expect(year["85 %"]?.contains("a year in this sentence (2015) sets it outside the fact's period") == true)
    let past = try summaries("Le Japon, qui consacrait 1 % de son PIB à sa défense il y a dix ans, passera à 2 %.")
    #expect(past["1 %"]?.contains("its clause is counted back from now") == true)
    let unrelated = try summaries("La Chine pèse 17 % du PIB mondial.")
    #expect(unrelated["17 %"]?.hasPrefix("Not checked: ") == true)
    let nothing = try summaries("Zorglub a 30 ans.")
    #expect(nothing["30 ans"] ?? nothing["30"] == "Not checked: no fact's terms in this sentence.")
  }

  @Test func aWrongWeekdayIsExplained() throws {
    let found = try summaries("Le mercredi 28 octobre 2025, Trump et Takaichi ont signé l'accord-cadre à Tokyo.")
    #expect(
      found["mercredi 28 octobre 2025"]?.contains("2025-10-28 (Wednesday) does not meet 2025-10-28 (Tuesday)") == true)
  }

  @Test func aLineAndColumnSelectOneSentence() throws {
    let folder = try TemporaryFolder()
    let draft = try folder.write(
      "draft.md",
      "# Titre\n\nLa Chine assure 95 % de la production raffinée de terres rares. Le Japon vise 2 % du PIB.\n")
    let one = try Factlint.run(["explain", "\(draft.path):3:20"])
    #expect(one.status == 0)
    #expect(one.stdout.hasPrefix("\(draft.path):3:1: La Chine assure 95 %"))
    #expect(!one.stdout.contains("Le Japon"))
    let line = try Factlint.run(["explain", "\(draft.path):3"])
    #expect(line.stdout.contains("Le Japon vise 2 %"))
    let missing = try Factlint.run(["explain", "\(draft.path):9"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("there is no line 9"))
    #expect(try Factlint.run(["explain", "--text", "x", draft.path]).status == 64)
    #expect(try Factlint.run(["explain"]).status == 64)
    #expect(try Factlint.run(["explain", "\(draft.path):0"]).status == 64)
  }
}
