import Drafts
import FactBase
import Figures

/// What the claim finder weighed, sentence by sentence: the raw record behind `factlint explain`.
///
/// Filled only when explaining; the checker passes none, and each recording point is one nil test.
final class ClaimTrace {
  /// Why a figure is or is not a candidate claim of one fact.
  enum Weighing: Sendable, Hashable {
    case unitDoesNotFit
    case otherCurrency
    /// A figure twenty times larger or smaller than the fact's level, or negative for a positive one.
    case otherMagnitude
    /// The figure stands in a clause counted back from now ("il y a dix ans").
    case countedBack(clause: Range<Int>)
    /// Another figure of the sentence is a year outside the fact's period.
    case yearInSentence(Int)
    /// The figure's sentence names no year; an earlier sentence of its paragraph sets it in another year.
    case yearInParagraph(Int)
    /// The figure itself is dated outside the fact's period.
    case figureYear(Int)
    /// An exclude term stands nearer than the subject (distances in bytes).
    case excludeNearer(exclude: Int, subject: Int)
    /// The figure's clause names another country (its name as written) than the fact's.
    case otherCountry(String)
    /// The figure's clause asserts it otherwise than the fact (a change, a forecast, a demand…).
    case otherAssertion(figure: FactFrame.AssertionMode, fact: FactFrame.AssertionMode)
    /// Another figure of the sentence is an earlier level set in the fact's year: this one is a later time.
    case laterThan(Int)
    /// The figure is an earlier level compared with ("contre 1,68", "up from 0.72"), not the fact's time.
    case earlierLevel
    /// Too little of the fact's measure stands around the figure (0…1), against the share its case needs.
    case thinMeasure(Float, needed: Float)
    /// Read by its measure words alone, and the fact's country is named neither here nor earlier in the paragraph.
    case entityNotNamed
    /// A candidate read by its measure words: how much of the measure (0…1), and the nearest word's distance.
    case measured(Float, distance: Int)
    /// The figure complements a noun (as written) that is none of the fact's words.
    case otherMeasure(String)
    /// The figure's clause names a part of a year; the fact is a whole year's.
    case partOfYear
    /// The sentence sets its figures in a period (as written) across two calendar years; the fact is one year's.
    case straddlingPeriod(String)
    /// Another fact is as likely for this figure: nothing is said.
    case abstained(rival: Int)
    /// A candidate: the pairing score (lower is nearer), the subject's distance, and each context group's
    /// distance (nil for a group whose words are shared with another candidate fact).
    case scored(Int, subject: Int, context: [Int?])
  }

  struct Sentence {
    var range: Range<Int>
    var hits: [TermHit]
    /// The sentence starts with a pronoun and borrowed the previous sentence's terms.
    var borrowed: Bool
    /// Facts whose subject and every context group are present.
    var named: [Int]
    var figures: [Figure] = []
    var weighings: [(figure: Int, fact: Int, weighing: Weighing)] = []
    /// Figures read as years that set the sentence in time, not as quantities.
    var yearFigures: [Int] = []
    var matches: [ClaimMatch] = []
  }

  private(set) var sentences: [Sentence] = []

  func begin(sentence: Range<Int>, hits: [TermHit], borrowed: Bool, named: [Int]) {
    sentences.append(Sentence(range: sentence, hits: hits, borrowed: borrowed, named: named))
  }

  func weigh(figure: Int, fact: Int, _ weighing: Weighing) {
    sentences[sentences.count - 1].weighings.append((figure, fact, weighing))
  }

  func yearOnly(figure: Int) { sentences[sentences.count - 1].yearFigures.append(figure) }

  func finish(figures: [Figure], matches: [ClaimMatch]) {
    sentences[sentences.count - 1].figures = figures
    sentences[sentences.count - 1].matches = matches
  }
}
