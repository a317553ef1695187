import Drafts
import FactBase

/// Runs each fact's own examples: sentences that must pass and sentences that must be flagged for that fact.
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
        let flagged = report.findings.contains { $0.fact.id == fact.id && $0.rule == Rule.figureMismatch }
        if example.shouldFlag && !flagged {
          let claims = report.claims.filter { $0.fact.id == fact.id }
          let reason =
            claims.isEmpty
            ? "expected a figure-mismatch, but no figure was read as a claim about this fact"
            : "expected a figure-mismatch, but “\(claims[0].figure.text)” agrees with \(claims[0].expected)"
          failures.append(Failure(fact: fact, example: example, reason: reason))
        } else if !example.shouldFlag, let finding = report.findings.first {
          failures.append(
            Failure(
              fact: fact, example: example, reason: "expected no finding, got [\(finding.rule)] \(finding.message)"))
        }
      }
    }
    return Outcome(examples: count, failures: failures)
  }
}
