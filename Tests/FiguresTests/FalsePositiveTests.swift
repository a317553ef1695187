import Drafts
import Figures
import Testing

/// Digits that are no figures: a fact checker that cries wolf on "G7" is not read.
@Suite struct FalsePositiveTests {
  @Test(arguments: [Language.fr, Language.en])
  func identifiersAreNoFigures(language: Language) {
    let texts = [
      "Le G7 et le G20 se réunissent.", "Le F-35 et l’A320 volent.", "La COVID-19 recule.",
      "Voir https://example.com/page?id=30%25&y=2024 et www.site2.fr/a1.", "Écrire à jean.dupont2@example.com.",
      "Version v1.2.3 ou 1.2.3, adresse 192.168.1.2.", "Appeler le +33 6 12 34 56 78 ou le 06 12 34 56 78.",
      "Le code 0x1F4A et MP3, H2O.", "Le match a fini sur un 24/7 et un 3-0.", "Il est 10:30 ou 10h30.",
    ]
    for text in texts {
      let found = FigureExtractor(language: language).figures(in: text)
      #expect(found.isEmpty, "\(text): \(found.map(\.text))")
    }
  }

  @Test func referencesAreSkipped() {
    figures("L’article 9 et le chapitre 3 de la loi, page 12.", .fr)
    figures("Article 9 of the treaty, section 3.", .en)
  }

  @Test func ordinalsAndCompoundsAreNoFigures() {
    figures("Au 20e siècle, le 27e étage, un deux-roues, le vingt-cinquième anniversaire.", .fr)
    figures("The 27th floor, a one-time deal, the twenty-fifth anniversary.", .en)
  }

  @Test func spansAreSortedAndDisjoint() {
    let text =
      "Entre 2010 et 2015, plus de 60 % des 4 000 soldats, soit deux tiers, ont coûté 2,5 milliards d’euros "
      + "le 31 mars 2024 ; de 400 à 600 %."
    let found = FigureExtractor(language: .fr).figures(in: text)
    #expect(found.count == 7)
    for (a, b) in zip(found, found.dropFirst()) { #expect(a.span.upperBound <= b.span.lowerBound) }
  }

  @Test func rangesAreAbsoluteOffsets() {
    let text = "Préambule. La Chine assure 92 % de la production."
    let bytes = Array(text.utf8)
    let start = 11
    let found = FigureExtractor(language: .fr).figures(in: bytes, range: start..<bytes.count)
    #expect(found.count == 1)
    #expect(found.first.map { String(decoding: bytes[$0.span], as: UTF8.self) } == "92 %")
    #expect(FigureExtractor(language: .fr).figures(in: bytes, range: 0..<20).isEmpty)
  }
}
