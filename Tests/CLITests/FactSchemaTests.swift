import Foundation
import Testing

/// `facts/schema.json` is what editors validate facts files with: it must accept the curated files and reject
/// what `factlint facts validate` rejects.
@Suite struct FactSchemaTests {
  let validator = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in sys.argv[2:]:
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(path))))
        print(path, "valid" if not errors else "invalid: " + errors[0].message)
    """

  @Test func curatedFilesValidateAndBrokenOnesDoNot() throws {
    let facts = packageRoot.appendingPathComponent("facts")
    let curated = try FileManager.default.contentsOfDirectory(atPath: facts.path)
      .filter { $0.hasSuffix(".json") && $0 != "schema.json" }.sorted().map { facts.appendingPathComponent($0).path }
    let folder = try TemporaryFolder()
    let broken = try folder.write(
      "broken.json",
      """
      {"facts": [{"id": "x", "statement": {"en": "x"}, "value": {"exact": 1}, "unit": "furlongs",
        "terms": {"en": {"subject": ["a"]}},
        "source": {"publisher": "p", "title": "t", "url": "https://e.org", "published": "2025-01-01"}}]}
      """)
    let result = try ExternalTool.python(
      validator, [facts.appendingPathComponent("schema.json").path] + curated + [broken.path])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == curated.count + 1)
    #expect(lines.dropLast().allSatisfy { $0.hasSuffix(" valid") }, "\(result.stdout)")
    #expect(lines.last?.contains("invalid") == true)
    // factlint agrees with the schema about the broken file.
    #expect(try Factlint.run(["facts", "validate", broken.path]).status == 2)
  }
}
