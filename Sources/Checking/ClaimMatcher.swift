import Drafts
import FactBase
import Figures

/// A figure of a block paired with the fact it speaks of: what a matcher decides, before any verdict.
struct ClaimMatch: Sendable {
  var figure: Figure
  /// The fact's index in the base.
  var fact: Int
  /// How to read the figure in the fact's unit (days per week for "trois semaines" against a fact in days).
  var scale: Double
  /// The sentence the figure stands in, where a fix is read back.
  var sentence: Range<Int>
}

/// The seam between "the figures and words of a block" and "claims": which figure speaks of which fact.
///
/// The checker owns everything after it (verdicts, fixes, findings, the cache), so a new way of matching replaces
/// `ClaimFinder` in `Checker.matcher(language:)` and nowhere else. `trace`, when given, records what was weighed,
/// for `factlint explain`.
protocol ClaimMatcher {
  func matches(in draft: Draft, block: Block, trace: ClaimTrace?) -> [ClaimMatch]
}
