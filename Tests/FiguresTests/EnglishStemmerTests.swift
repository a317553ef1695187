import Foundation
import Testing

@testable import Figures

/// Snowball's published English vocabulary (42,649 words and their stems) stems exactly as Snowball does.
@Suite struct EnglishStemmerTests {
  @Test func theSnowballVocabularyStemsAsPublished() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Snowball/english.tsv")
    let pairs = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(pairs.count == 42_649)
    var wrong: [String] = []
    for pair in pairs where pair.count == 2 {
      let got = EnglishStemmer.stem(pair[0])
      if got != pair[1] { wrong.append("\(pair[0]): \(got), expected \(pair[1])") }
    }
    #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(30).joined(separator: "; "))")
  }

  /// Word forms the matcher needs to meet ("economy" is "economi": a stem alone does not join it to "econom").
  @Test func relatedFormsMeet() {
    #expect(EnglishStemmer.stem("economic") == EnglishStemmer.stem("economical"))
    #expect(EnglishStemmer.stem("refined") == EnglishStemmer.stem("refining"))
    #expect(EnglishStemmer.stem("production") == EnglishStemmer.stem("productions"))
  }
}
