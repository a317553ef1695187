import Foundation
import Testing

@testable import Figures

@Suite struct FrenchStemmerTests {
  /// Every pair of Snowball's published French vocabulary (voc.txt, output.txt).
  @Test func snowballVocabulary() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Snowball/french.tsv")
    let text = try String(contentsOf: url, encoding: .utf8)
    var count = 0
    var mismatches: [String] = []
    var mismatchCount = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 2 else { continue }
      count += 1
      let word = String(fields[0])
      let expected = String(fields[1])
      let got = FrenchStemmer.stem(word)
      if got != expected {
        mismatchCount += 1
        if mismatches.count < 20 { mismatches.append("\(word): expected \(expected), got \(got)") }
      }
    }
    #expect(count == 21_655)
    #expect(mismatchCount == 0, "\(mismatchCount) mismatches:\n\(mismatches.joined(separator: "\n"))")
  }

  @Test func wordsThatMatterToFactlint() {
    #expect(FrenchStemmer.stem("économie") == FrenchStemmer.stem("économique"))
    #expect(FrenchStemmer.stem("raffinée") == "raffin")
    #expect(FrenchStemmer.stem("raffiné") == "raffin")
    #expect(FrenchStemmer.stem("raffinés") == "raffin")
    // Snowball has no -age rule (its own data: alliage → alliag, avantage → avantag), so the noun of the
    // process keeps its -ag and does not meet the participle.
    #expect(FrenchStemmer.stem("raffinage") == "raffinag")
    #expect(FrenchStemmer.stem("production") == FrenchStemmer.stem("productions"))
    #expect(FrenchStemmer.stem("l'économie") == FrenchStemmer.stem("économie"))
    #expect(FrenchStemmer.stem("") == "")
  }
}
