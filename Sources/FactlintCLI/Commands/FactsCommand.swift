import Checking
import Drafts
import FactBase
import Foundation
import JSONOutput
import Workspace

/// `factlint facts list|validate|test`.
enum FactsCommand {
  static let scanner = ArgumentScanner(
    valued: ["facts", "format"], flags: ["help", "no-curated"], usage: Help.factsUsage)

  static func run(_ arguments: [String], console: Console) throws(UsageError) -> Int32 {
    let args = try scanner.parse(arguments)
    guard let action = args.positionals.first, !args.has("help") else {
      if args.has("help") {
        console.out(Help.facts)
        return ExitCode.clean
      }
      throw UsageError("missing subcommand: list, validate or test", usage: Help.factsUsage)
    }
    let paths = Array(args.positionals.dropFirst())
    switch action {
    case "list", "test":
      guard paths.isEmpty else {
        throw UsageError("'facts \(action)' takes no paths; use --facts", usage: Help.factsUsage)
      }
      let base: FactBase
      switch loadBase(args) {
      case .success(let loaded): base = loaded
      case .failure(let error):
        for diagnostic in error.diagnostics { console.err(diagnostic.description) }
        return ExitCode.failure
      }
      if action == "list" {
        let format =
          try ArgumentScanner.choice(
            args.last("format"), of: ["text", "json"], option: "format", usage: Help.factsUsage)
          ?? "text"
        list(base, json: format == "json", console: console)
        return ExitCode.clean
      }
      return test(base, console: console)
    case "validate":
      return validate(paths.isEmpty ? nil : paths, args: args, console: console)
    default:
      throw UsageError("unknown facts subcommand '\(action)' (expected list, validate or test)", usage: Help.factsUsage)
    }
  }

  static func loadBase(_ args: ArgumentScanner.Parsed) -> Result<FactBase, FactBaseError> {
    do {
      let configPath = ProjectConfig.find(from: FileManager.default.currentDirectoryPath)
      let config = try configPath.map { path throws(FactBaseError) in try ProjectConfig.load(path: path) }
      return .success(try FactFiles.base(config: config, extra: args.all("facts"), useCurated: !args.has("no-curated")))
    } catch {
      return .failure(error)
    }
  }

  static func list(_ base: FactBase, json: Bool, console: Console) {
    if json {
      var out = JSONBytes(indent: 2)
      out.beginObject()
      out.array("facts") { out in
        for fact in base.facts {
          out.beginObject()
          out.member("id", fact.id)
          out.member("unit", fact.unit.rawValue)
          out.key("expected")
          out.beginObject()
          for language in Language.allCases {
            out.key(language.rawValue)
            out.string(ExpectedValue.text(fact, in: language))
          }
          out.endObject()
          out.key("statement")
          out.beginObject()
          for (language, text) in fact.statement.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            out.key(language.rawValue)
            out.string(text)
          }
          out.endObject()
          out.key("source")
          FindingRecord.source(fact.source, to: &out)
          out.member("file", fact.location.path)
          out.member("line", fact.location.start.line + 1)
          out.endObject()
        }
      }
      out.endObject()
      console.out(bytes: out.bytes + [0x0A])
      return
    }
    let width = base.facts.map(\.id.count).max() ?? 0
    for fact in base.facts {
      let padding = String(repeating: " ", count: width - fact.id.count)
      console.outLine("\(fact.id)\(padding)  \(ExpectedValue.text(fact, in: .en))  — \(fact.statement(in: .en))")
    }
  }

  static func validate(_ paths: [String]?, args: ArgumentScanner.Parsed, console: Console) -> Int32 {
    let result: Result<FactBase, FactBaseError>
    if let paths {
      do { result = .success(try FactFiles.load(paths)) } catch { result = .failure(error) }
    } else {
      result = loadBase(args)
    }
    switch result {
    case .success(let base):
      console.err("\(base.facts.count) facts, no problems")
      return ExitCode.clean
    case .failure(let error):
      for diagnostic in error.diagnostics { console.outLine(diagnostic.description) }
      console.err("\(error.diagnostics.count) problem\(error.diagnostics.count == 1 ? "" : "s") found")
      return ExitCode.failure
    }
  }

  static func test(_ base: FactBase, console: Console) -> Int32 {
    let outcome = FactExampleRunner(checker: Checker(base: base)).run()
    for failure in outcome.failures {
      let location = failure.example.location
      console.outLine(
        "\(location.path):\(location.start.line + 1):\(location.start.column + 1): error: [\(failure.fact.id)] "
          + "\(failure.example.expectation.rawValue) example failed: \(failure.reason)\n    \(failure.example.text)"
      )
    }
    let passed = outcome.examples - outcome.failures.count
    console.outLine("\(passed) passed, \(outcome.failures.count) failed")
    return outcome.failures.isEmpty ? ExitCode.clean : ExitCode.findings
  }
}
