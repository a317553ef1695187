import Drafts
import FactBase

/// Runs each fact's own examples: sentences read as agreeing claims, flagged, or left alone by that fact.
public struct FactExampleRunner: Sendable {
  public struct Failure: Sendable, Hashable {
    public var fact: Fact
    public var example: FactExample
    /// What went wrong, in a sentence.
    public var reason: String
  }

  public struct Outcome: Sendable {
    public var examples: Int
    public var failures: [Failure]
  }

  public let checker: Checker

  public init(checker: Checker) { self.checker = checker }

  public func run() -> Outcome {
    var count = 0
    var failures: [Failure] = []
    for fact in checker.base.facts {
      for example in fact.examples {
        count += 1
        let report = checker.check(text: example.text, format: .plainText, language: .fixed(example.language))
        let flagged = report.findings.contains { $0.factId == fact.id && $0.rule == Rule.figureMismatch }
        let claims = report.claims.filter { $0.fact.id == fact.id }
        var reason: String?
        switch example.expectation {
        case .flag where !flagged:
          reason =
            claims.isEmpty
            ? "expected a figure-mismatch, but no figure was read as a claim about this fact"
            : "expected a figure-mismatch, but “\(claims[0].figure.text)” agrees with \(claims[0].expected)"
        case .agree where !claims.contains(where: \.agrees):
          reason =
            claims.isEmpty
            ? "expected an agreeing claim of this fact, but no figure was read as one"
            : "expected an agreeing claim of this fact, but “\(claims[0].figure.text)” contradicts it"
        case .quiet where !claims.isEmpty:
          reason = "expected no claim of this fact, but “\(claims[0].figure.text)” was read as one"
        default: break
        }
        if reason == nil, example.expectation != .flag, let finding = report.findings.first {
          reason = "expected no finding, got [\(finding.rule)] \(finding.message)"
        }
        if let reason { failures.append(Failure(fact: fact, example: example, reason: reason)) }
      }
    }
    return Outcome(examples: count, failures: failures)
  }
}
