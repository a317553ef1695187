import Drafts
import FactBase

/// A check run on every draft: what it is called, how loud it is by default, how to explain it, what it finds.
///
/// Each rule is a type in its own file beside this one and is listed in `RuleRegistry`; SARIF's rules table, the
/// config's `severity` keys and the README's rules table all come from there.
public protocol FindingRule: Sendable {
  /// Stable, English, kebab-case: findings, suppressions, configs and SARIF name the rule by it.
  var id: String { get }
  /// PascalCase, as SARIF wants a rule's `name`.
  var name: String { get }
  var defaultSeverity: Severity { get }
  /// One line: what fires the rule.
  var summary: String { get }
  /// What to do about a finding, in a few sentences.
  var help: String { get }
  /// Where the rule is documented, relative to the repository's root.
  var documentation: String { get }
  /// The findings in a checked draft, before suppressions; `severity` is the one configured (never "off").
  func findings(in draft: RuleInput, severity: Severity) -> [Finding]
}

/// What a rule reads: the draft, the claims read in it (in text order) and the words to write findings with.
public struct RuleInput: Sendable {
  public var draft: Draft
  public var claims: [Claim]
  public var messages: FindingMessages
}
