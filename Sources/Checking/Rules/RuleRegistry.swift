/// Every rule factlint runs, in the order findings of one figure are reported; the one list the CLI, the server,
/// SARIF, config validation and the README's table read.
public enum RuleRegistry {
  public static let all: [any FindingRule] = [FigureMismatchRule(), FigureInconsistentRule()]

  /// The README's rules section, where every rule is described (the table there is tested against this list).
  public static let documentation = "README.md#rules"

  public static func rule(id: String) -> (any FindingRule)? { index[id].map { all[$0] } }

  /// Each rule's place in `all`: SARIF's `ruleIndex`, and the order of findings at one place.
  public static let index: [String: Int] = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.id, $0) })
}
