import Drafts
import FactBase
import Figures

/// Two figures that agree with a fact but not with each other ("70 %" then "65 %" for "plus de 60 %").
public struct FigureInconsistentRule: FindingRule {
  public static let id = "figure-inconsistent"
  public var id: String { Self.id }
  public var name: String { "FigureInconsistent" }
  public var defaultSeverity: Severity { .warning }
  public var summary: String {
    "the draft gives two different values for the same fact, each agreeing with the base"
  }
  public var help: String {
    "Two figures of the same draft are claims about one fact and do not say the same thing, though each is "
      + "within the fact's tolerance. Pick one value and use it throughout the draft."
  }
  public var documentation: String { RuleRegistry.documentation }

  public init() {}

  public func findings(in input: RuleInput, severity: Severity) -> [Finding] {
    var findings: [Finding] = []
    var first: [String: Claim] = [:]
    let lines = input.draft.lineTable
    for claim in input.claims where claim.agrees {
      let fact = claim.fact
      let figure = claim.figure
      // The first agreeing figure not silenced on its line is the one later figures are compared with.
      if input.draft.suppressions.isSuppressed(line: lines.line(containing: figure.span.lowerBound), factId: fact.id) {
        continue
      }
      guard let earlier = first[fact.id] else {
        first[fact.id] = claim
        continue
      }
      guard !Self.sameValue(earlier.figure, figure) else { continue }
      let firstLine = ScalarRange(earlier.figure.span, in: lines).line
      let expected = claim.expected
      let message =
        input.messages.inconsistent(figure.text, earlier.figure.text, firstLine, expected) + " [\(fact.id)]"
      findings.append(
        Finding(
          rule: id, severity: severity, message: message, span: figure.span, found: figure.text, expected: expected,
          fact: fact, fix: nil))
    }
    return findings
  }

  /// Two figures that say the same thing ("92 %" and "quatre-vingt-douze pour cent").
  static func sameValue(_ a: Figure, _ b: Figure) -> Bool {
    if a.kind == .date || b.kind == .date {
      guard let x = a.date, let y = b.date else { return false }
      return x.month == y.month && (x.day == nil || y.day == nil || x.day == y.day)
        && (x.year == nil || y.year == nil || x.year == y.year)
    }
    guard let x = Tolerance.interval(of: a), let y = Tolerance.interval(of: b) else { return true }
    return x.meets(y) && a.unit == b.unit
  }
}
