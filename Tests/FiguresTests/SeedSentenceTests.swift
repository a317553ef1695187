import Drafts
import Figures
import Testing

/// Sentences from the two seed articles, with the figures a checker needs from them (typographic apostrophes).
@Suite struct SeedSentenceTests {
  @Test func defenceBudget() {
    let found = figures(
      "porterait à [[2 %]] de son produit intérieur brut le budget de défense dès l’exercice fiscal actuel, qui "
        + "s’achèvera le [[31 mars]] prochain, avec [[deux ans]] d’avance", .fr)
    #expect(found.map(\.kind) == [.percent, .date, .duration])
    #expect(found.first?.value == 2)
    #expect(found[1].date == CalendarDate(year: nil, month: 3, day: 31))
    #expect(found[2].value == 2)
    #expect(found[2].unit == "year")
  }

  @Test func criticalMinerals() {
    let found = figures(
      "La Chine assure [[plus de 60 %]] de l’extraction minière des terres rares et [[92 %]] de leur production "
        + "raffinée", .fr)
    #expect(found.map(\.value) == [60, 92])
    #expect(found.first?.qualifier == .moreThan)
    #expect(figure("dont la Chine assure [[90 %]] de la production mondiale", .fr)?.value == 90)
    let half = figure("[[plus de la moitié]] du cobalt", .fr)
    #expect(half?.value == 0.5)
    #expect(half?.qualifier == .moreThan)
  }

  @Test func datesAndDurations() {
    #expect(figure("Donald Trump a assuré, [[mardi 28 octobre]], que", .fr)?.date?.weekday == 2)
    #expect(figure("à Tokyo, le [[28 octobre 2025]].", .fr)?.date?.year == 2025)
    let week = figure("Sanae Takaichi, en poste depuis [[une semaine]].", .fr)
    #expect(week?.value == 1)
    #expect(week?.unit == "week")
    #expect(figure("dans les [[six prochains mois]]", .fr)?.unit == "month")
    #expect(figure("une visite officielle de [[trois jours]]", .fr)?.value == 3)
  }

  @Test func increasesAndCounts() {
    let found = figures(
      "une augmentation potentielle [[de 400 à 600 %]] de la demande et même un bond de [[4000 %]] pour le lithium",
      .fr)
    #expect(found.first?.lower == 400)
    #expect(found.first?.upper == 600)
    #expect(found.last?.value == 4000)
    #expect(figure("[[deux]] protocoles d’accord", .fr)?.value == 2)
    #expect(figure("Chaque matin, retrouvez notre sélection de [[20]] articles", .fr)?.value == 20)
    figures("lors du sommet du G7", .fr)
  }
}
