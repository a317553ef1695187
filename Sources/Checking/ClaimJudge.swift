import Drafts
import FactBase
import Figures

/// Turns matches into claims: the verdict by interval (or by day and weekday) and, for a contradiction, the fix.
///
/// Kept out of the matcher so that any matcher gets the same verdicts and the same read-back-checked fixes.
struct ClaimJudge {
  let base: FactBase
  let language: Language
  let extractor: FigureExtractor

  init(base: FactBase, language: Language) {
    self.base = base
    self.language = language
    self.extractor = FigureExtractor(language: language)
  }

  func claims(of matches: [ClaimMatch], in draft: Draft) -> [Claim] {
    matches.map { claim(of: $0, in: draft) }
  }

  func claim(of match: ClaimMatch, in draft: Draft) -> Claim {
    let shared = base.shared[match.fact]
    let fact = shared.fact
    let agrees = UnitFit.agrees(match.figure, with: fact, scale: match.scale)
    let fix =
      agrees
      ? nil
      : ExpectedText(language: language).fix(
        fact, for: match.figure, draft: draft, sentence: match.sentence, extractor: extractor)
    return Claim(figure: match.figure, shared: shared, agrees: agrees, language: language, fix: fix)
  }
}
