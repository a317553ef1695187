import Checking
import Drafts
import FactBase
import Foundation
import Workspace

/// `factlint check`: reads drafts, checks them, renders findings, and turns the worst one into an exit status.
enum CheckCommand {
  static let scanner = ArgumentScanner(
    valued: ["facts", "format", "lang", "messages", "date", "stdin-filename", "color", "fail-on", "max-draft-size"],
    flags: ["help", "no-curated", "fix", "dry-run", "force"], usage: Help.checkUsage)

  static let formats = ["text", "json", "sarif", "github", "checkstyle", "junit"]

  static func run(_ arguments: [String], console: Console) throws(UsageError) -> Int32 {
    let args = try scanner.parse(arguments)
    if args.has("help") {
      console.out(Help.check)
      return ExitCode.clean
    }
    let format =
      try ArgumentScanner.choice(args.last("format"), of: formats, option: "format", usage: Help.checkUsage) ?? "text"
    let failOn =
      try ArgumentScanner.choice(
        args.last("fail-on"), of: FailLevel.allCases.map(\.rawValue), option: "fail-on", usage: Help.checkUsage
      ).flatMap(FailLevel.init(rawValue:)) ?? .error
    let language = try languageChoice(args.last("lang"), usage: Help.checkUsage)
    let messages = try messageLanguage(args.last("messages"), usage: Help.checkUsage)
    let colorChoice =
      try ArgumentScanner.choice(
        args.last("color"), of: ["auto", "always", "never"], option: "color", usage: Help.checkUsage) ?? "auto"
    var maxDraftBytes: Int?
    if let text = args.last("max-draft-size") {
      guard let mib = Int(text), (1...4096).contains(mib) else {
        throw UsageError("'--max-draft-size' takes a whole number of MiB from 1 to 4096", usage: Help.checkUsage)
      }
      maxDraftBytes = mib << 20
    }
    guard !args.positionals.isEmpty else {
      throw UsageError("no drafts given: name files or folders, or '-' for standard input", usage: Help.checkUsage)
    }
    if args.positionals.filter({ $0 == "-" }).count > 1 {
      throw UsageError("'-' (standard input) can be given once", usage: Help.checkUsage)
    }
    let fixing = args.has("fix")
    let dryRun = args.has("dry-run")
    if dryRun && !fixing {
      throw UsageError("'--dry-run' goes with '--fix'", usage: Help.checkUsage)
    }
    if fixing && !dryRun && args.positionals.contains("-") {
      throw UsageError(
        "'--fix' cannot rewrite standard input (use '--fix --dry-run' for a diff)", usage: Help.checkUsage)
    }
    if args.has("force") && (!fixing || dryRun) {
      throw UsageError("'--force' goes with '--fix'", usage: Help.checkUsage)
    }
    let rewriteOptions = RewriteOptions(force: args.has("force"))
    if fixing {
      // A file-size limit must make the write fail (and the draft stay untouched), not kill the process.
      signal(SIGXFSZ, SIG_IGN)
      if !dryRun { PendingTemporaryFile.installHandlers() }
    }
    let color =
      colorChoice == "always"
      || (colorChoice == "auto" && console.stdoutIsTerminal
        && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    var renderer = makeRenderer(format, color: color, failOn: failOn)
    let started = DispatchTime.now().uptimeNanoseconds
    var summary = CheckSummary()
    let today = try Self.draftDate(args.last("date"), usage: Help.checkUsage)
    var fixes = FixTally()
    var failed = false

    let (files, missing) = DraftInput.collect(args.positionals)
    for problem in missing {
      console.err("error: \(problem.description)")
      summary.unreadable += 1
      failed = true
    }
    var projects = ProjectLoader(extraFacts: args.all("facts"), useCurated: !args.has("no-curated"))
    for path in files {
      // The reader is gone or the disk is full: the rest would be checked for nobody.
      if console.outputFailed { break }
      let isStdin = path == "-"
      let displayPath = isStdin ? (args.last("stdin-filename") ?? "<stdin>") : path
      let directory =
        isStdin
        ? (args.last("stdin-filename").map { ($0 as NSString).deletingLastPathComponent } ?? ".")
        : (path as NSString).deletingLastPathComponent
      let context: Project
      switch projects.project(for: directory.isEmpty ? "." : directory) {
      case .success(let found): context = found
      case .failure(let error):
        for diagnostic in error.diagnostics { console.err(diagnostic.description) }
        console.err("error: the fact base or config could not be loaded; nothing was checked")
        return ExitCode.failure
      }
      if !isStdin && context.ignores(path) { continue }
      // Stamped before reading, so an edit made while factlint works is caught before the fix is written.
      let stamp = fixing && !isStdin ? FileStamp(path: path) : nil
      let limit = maxDraftBytes ?? context.config?.maxDraftBytes ?? RegularFile.defaultDraftLimit
      let input =
        isStdin
        ? DraftInput.readStandardInput(displayName: displayPath, limit: limit) : DraftInput.readFile(path, limit: limit)
      let bytes: [UInt8]
      switch input {
      case .success(let read): bytes = read
      case .failure(let error):
        console.err("error: \(error.description)")
        summary.unreadable += 1
        failed = true
        continue
      }
      let draftFormat = DraftFormat(path: displayPath)
      let draftLanguage = context.language(overriding: language)
      let messageLanguage = context.messages(overriding: messages)
      var report = context.checker.check(
        Draft(bytes: bytes, format: draftFormat).dated(today), language: draftLanguage, messages: messageLanguage)
      if fixing {
        let outcome = FixApplier.apply(report.findings.compactMap(\.fix), to: bytes)
        if !outcome.applied.isEmpty {
          if dryRun {
            console.out(UnifiedDiff.render(path: displayPath, original: bytes, applied: outcome.applied))
          } else {
            do throws(RewriteError) {
              guard let stamp else { throw RewriteError(path: path, reason: "cannot stat the file") }
              try DraftRewriter.replace(
                path, original: bytes, stamp: stamp, with: outcome.bytes, options: rewriteOptions)
            } catch {
              console.err("error: \(error.description)")
              failed = true
              summary.files += 1
              summary.count(report.findings)
              renderer.file(CheckedFile(path: displayPath, report: report), console: console)
              continue
            }
          }
          fixes.figures += outcome.applied.count
          fixes.files += 1
          // What is left to report is measured on the fixed text, so positions match the file as written.
          report = context.checker.check(
            Draft(bytes: outcome.bytes, format: draftFormat).dated(today), language: draftLanguage,
            messages: messageLanguage)
        }
      }
      summary.files += 1
      summary.count(report.findings)
      if !dryRun { renderer.file(CheckedFile(path: displayPath, report: report), console: console) }
    }
    summary.milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
    if !dryRun { renderer.finish(summary, console: console) }
    console.flush()
    if fixing { console.err(fixes.line(dryRun: dryRun)) }
    console.err(summary.line)
    if failed { return ExitCode.failure }
    return failOn.fails(summary) ? ExitCode.findings : ExitCode.clean
  }

  static func makeRenderer(_ format: String, color: Bool, failOn: FailLevel) -> any FindingRenderer {
    switch format {
    case "json": JSONRenderer()
    case "sarif": SarifRenderer()
    case "github": GitHubRenderer()
    case "checkstyle": CheckstyleRenderer()
    case "junit": JUnitRenderer(failOn: failOn)
    default: TextRenderer(color: color)
    }
  }

  /// `--date`: the day drafts are written for; today when not given.
  static func draftDate(_ value: String?, usage: String) throws(UsageError) -> DraftDate {
    guard let value else { return .today() }
    guard let date = DraftDate(iso: Substring(value)), value.utf8.count == 10 else {
      throw UsageError("--date takes a day as YYYY-MM-DD, not '\(value)'", usage: usage)
    }
    return date
  }

  static func languageChoice(_ value: String?, usage: String) throws(UsageError) -> LanguageChoice? {
    guard let value else { return nil }
    guard let choice = LanguageChoice(argument: value) else {
      throw UsageError("invalid value '\(value)' for '--lang' (expected one of: auto, fr, en)", usage: usage)
    }
    return choice
  }

  static func messageLanguage(_ value: String?, usage: String) throws(UsageError) -> MessageLanguage? {
    guard let value else { return nil }
    guard let choice = MessageLanguage(argument: value) else {
      throw UsageError("invalid value '\(value)' for '--messages' (expected one of: draft, fr, en)", usage: usage)
    }
    return choice
  }
}
