import Checking
import Drafts
import FactBase
import Foundation
import Workspace

/// `factlint check`: reads drafts, checks them, renders findings, and turns the worst one into an exit status.
enum CheckCommand {
  static let scanner = ArgumentScanner(
    valued: ["facts", "format", "lang", "stdin-filename", "color"], flags: ["help", "no-curated"],
    usage: Help.checkUsage)

  static func run(_ arguments: [String], console: Console) throws(UsageError) -> Int32 {
    let args = try scanner.parse(arguments)
    if args.has("help") {
      console.out(Help.check)
      return ExitCode.clean
    }
    let format =
      try ArgumentScanner.choice(args.last("format"), of: ["text", "json"], option: "format", usage: Help.checkUsage)
      ?? "text"
    let language = try languageChoice(args.last("lang"), usage: Help.checkUsage)
    let colorChoice =
      try ArgumentScanner.choice(
        args.last("color"), of: ["auto", "always", "never"], option: "color", usage: Help.checkUsage) ?? "auto"
    guard !args.positionals.isEmpty else {
      throw UsageError("no drafts given: name files or folders, or '-' for standard input", usage: Help.checkUsage)
    }
    if args.positionals.filter({ $0 == "-" }).count > 1 {
      throw UsageError("'-' (standard input) can be given once", usage: Help.checkUsage)
    }
    let color =
      colorChoice == "always"
      || (colorChoice == "auto" && console.stdoutIsTerminal
        && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    var renderer: any FindingRenderer = format == "json" ? JSONRenderer() : TextRenderer(color: color)
    let started = DispatchTime.now().uptimeNanoseconds
    var summary = CheckSummary()
    var failed = false

    let (files, missing) = DraftInput.collect(args.positionals)
    for problem in missing {
      console.err("error: \(problem.description)")
      summary.unreadable += 1
      failed = true
    }
    var projects = ProjectContexts(extraFacts: args.all("facts"), useCurated: !args.has("no-curated"))
    for path in files {
      let isStdin = path == "-"
      let displayPath = isStdin ? (args.last("stdin-filename") ?? "<stdin>") : path
      let directory =
        isStdin
        ? (args.last("stdin-filename").map { ($0 as NSString).deletingLastPathComponent } ?? ".")
        : (path as NSString).deletingLastPathComponent
      let context: ProjectContext
      switch projects.context(for: directory.isEmpty ? "." : directory) {
      case .success(let found): context = found
      case .failure(let error):
        for diagnostic in error.diagnostics { console.err(diagnostic.description) }
        console.err("error: the fact base or config could not be loaded; nothing was checked")
        return ExitCode.failure
      }
      if !isStdin && context.config?.ignores(path) == true { continue }
      let input = isStdin ? DraftInput.readStandardInput(displayName: displayPath) : DraftInput.readFile(path)
      let bytes: [UInt8]
      switch input {
      case .success(let read): bytes = read
      case .failure(let error):
        console.err("error: \(error.description)")
        summary.unreadable += 1
        failed = true
        continue
      }
      let draft = Draft(bytes: bytes, format: DraftFormat(path: displayPath))
      let report = context.checker.check(draft, language: language ?? context.config?.language ?? .auto)
      summary.files += 1
      summary.count(report.findings)
      renderer.file(CheckedFile(path: displayPath, report: report), console: console)
    }
    summary.milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
    renderer.finish(summary, console: console)
    console.flush()
    console.err(summary.line)
    if failed { return ExitCode.failure }
    return summary.errors > 0 ? ExitCode.findings : ExitCode.clean
  }

  static func languageChoice(_ value: String?, usage: String) throws(UsageError) -> LanguageChoice? {
    guard let value else { return nil }
    guard let choice = LanguageChoice(argument: value) else {
      throw UsageError("invalid value '\(value)' for '--lang' (expected one of: auto, fr, en)", usage: usage)
    }
    return choice
  }
}
