import Drafts
import Figures
import TestSupport
import Testing

/// Mutated sentences full of figures, any sub-range, both languages: in the debug build every index is checked,
/// so a read past a token or a range shows up as a crash here rather than in a user's editor.
@Suite struct ExtractionFuzzTests {
  static let seeds = [
    "La Chine assure 92 % de la production raffinée, 3 305 milliards d’euros, le mardi 28 octobre 2025.",
    "Japan will spend 2% of GDP — $4.5bn, up to 4,000%, from 400 to 600% — within six months, since Oct. 22.",
    "Environ 1,5 million de personnes, plus de 60 %, entre 10 et 20 milliards de dollars, il y a dix ans.",
    "quatre-vingt-douze pour cent, la moitié, un tiers, twenty-one, 1er novembre, 31/12/2025, 2025-02-28",
  ]

  @Test(arguments: [UInt64(301), 302, 303, 304])
  func figuresStayInsideTheirRangeAndReadTheirOwnBytes(seed: UInt64) {
    var mutator = Mutator(seed: seed)
    let extractors = [FigureExtractor(language: .fr), FigureExtractor(language: .en)]
    for round in 0..<400 {
      var bytes = Array(Self.seeds[round % Self.seeds.count].utf8)
      for _ in 0..<(1 + mutator.int(4)) { bytes = mutator.mutate(bytes) }
      let lower = mutator.int(bytes.count + 1)
      let upper = lower + mutator.int(bytes.count - lower + 1)
      for extractor in extractors {
        for figure in extractor.figures(in: bytes, range: lower..<upper) {
          #expect(
            figure.span.lowerBound >= lower && figure.span.upperBound <= upper, "\(figure.span) ∉ \(lower)..<\(upper)")
          #expect(figure.numberSpan.lowerBound >= figure.span.lowerBound)
          #expect(figure.numberSpan.upperBound <= figure.span.upperBound)
          if let value = figure.value { #expect(!value.isNaN) }
        }
      }
      for sentence in SentenceSplitter.sentences(in: bytes, range: lower..<upper) {
        #expect(sentence.lowerBound >= lower && sentence.upperBound <= upper)
      }
    }
  }
}
