import Checking
import Foundation
import Testing

/// The registry is the one list of rules: the README's table, SARIF's rules table and config validation read it.
@Suite struct RuleRegistryTests {
  @Test func theReadmeTableIsTheRegistry() throws {
    let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let section = try #require(readme.components(separatedBy: "### Rules\n").dropFirst().first)
    let rows = section.components(separatedBy: "\n\n")[0].split(separator: "\n").dropFirst(2)
    let documented = rows.map { row in
      row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
    let registered = RuleRegistry.all.map { ["`\($0.id)`", $0.defaultSeverity.rawValue, $0.summary] }
    #expect(documented == registered)
  }

  @Test func idsAreUniqueAndStable() {
    let ids = RuleRegistry.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(ids.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
    #expect(Rule.all == ids)
    #expect(RuleRegistry.rule(id: "figure-mismatch")?.defaultSeverity == .error)
  }
}
