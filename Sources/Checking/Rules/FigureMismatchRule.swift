import Drafts
import FactBase

/// A figure read as a claim of a fact whose value it contradicts; the finding carries the fix.
public struct FigureMismatchRule: FindingRule {
  public static let id = "figure-mismatch"
  public var id: String { Self.id }
  public var name: String { "FigureMismatch" }
  public var defaultSeverity: Severity { .error }
  public var summary: String { "a figure that is a claim about a fact contradicts it; carries the fix" }
  public var help: String {
    "The figure is read as a claim about a fact of the fact base (its sentence names the fact's subject and "
      + "context and the unit fits) and its value does not meet the fact's value. Replace it with the "
      + "expected value (the fix does it), or, if the draft is right and the base is out of date, update "
      + "the fact and its source. Suppress one line with `<!-- factlint-disable-next-line FACT-ID -->`."
  }
  public var documentation: String { RuleRegistry.documentation }

  public init() {}

  public func findings(in input: RuleInput, severity: Severity) -> [Finding] {
    input.claims.compactMap { claim in
      guard !claim.agrees else { return nil }
      let fact = claim.fact
      let figure = claim.figure
      let expected = claim.expected
      let message =
        input.messages.contradicts(
          figure.text, expected, fact.source.publisher, fact.source.title, fact.source.published) + " [\(fact.id)]"
      return Finding(
        rule: id, severity: severity, message: message, span: figure.span, found: figure.text, expected: expected,
        fact: fact, fix: claim.fix)
    }
  }
}
