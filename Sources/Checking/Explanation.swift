import Drafts
import FactBase
import Figures

/// Why each figure of a region is or is not checked: what was read, which facts were weighed, which won, and the
/// verdict's arithmetic. Built by `Explainer`; the CLI prints it, the language server hovers and returns it.
public struct Explanation: Sendable {
  public var language: Language
  public var sentences: [SentenceExplanation]

  public var figures: [FigureExplanation] { sentences.flatMap(\.figures) }
}

public struct SentenceExplanation: Sendable {
  /// UTF-8 span in the draft.
  public var span: Range<Int>
  public var text: String
  /// The sentence starts with a pronoun and was read with the previous sentence's terms.
  public var borrowedTerms: Bool
  /// Every fact with at least one term in the sentence.
  public var facts: [FactEvidence]
  public var figures: [FigureExplanation]
}

/// The terms of one fact found in a sentence, and whether they name it.
public struct FactEvidence: Sendable {
  public var factID: String
  /// "subject “Chine”", "context 1 “raffinée”", "exclude “PIB”".
  public var found: [String]
  /// What keeps the fact from being named: "no subject (Chine, chinois*, Pékin)", "no term of context group 2 (…)".
  public var missing: [String]
  /// The fact's terms are all here (subject and every context group).
  public var named: Bool
  /// Not named, but enough of its statement's measure words are here for its figures to be weighed.
  public var byMeasure: Bool
}

/// One fact weighed for one figure.
public struct Consideration: Sendable {
  public var factID: String
  /// Whether the figure could be a claim of the fact at all.
  public var candidate: Bool
  /// The pairing score when it is a candidate: lower is nearer.
  public var score: Int?
  /// In a sentence: why it was kept out, or how near its terms stand, and whether it won.
  public var reason: String
  public var chosen: Bool
}

/// The verdict on a claim: the two intervals and whether they meet.
public struct ClaimVerdict: Sendable {
  public var factID: String
  public var agrees: Bool
  /// The figure's values in the fact's unit, "[94.5, 95.5]", or the written date.
  public var figureReads: String
  /// The fact's values, "[91.5, 92.5]", or its date.
  public var factSays: String
  /// The figure as the fix would write it, when it contradicts.
  public var expected: String?
  /// A suppression comment silences this claim's findings.
  public var suppressed: Bool
  /// The figure agrees only read as the press rounds ("90 %" for 92 %), not to its last written digit.
  public var acceptedAsRounded = false
}

public struct FigureExplanation: Sendable {
  public var figure: Figure
  /// What the extractor read: "percent 95 (95 %)", "duration 3 day", "date 2025-10-28 (Tuesday)".
  public var reading: String
  public var considered: [Consideration]
  public var verdict: ClaimVerdict?
  /// One or two sentences for a hover: checked or not, and why.
  public var summary: String
}
