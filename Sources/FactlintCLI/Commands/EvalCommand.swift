import Checking
import Drafts
import Evaluation
import FactBase
import Foundation
import Workspace

/// `factlint eval`: scores factlint's flags against labelled passages (format: `docs/corpus.md`).
enum EvalCommand {
  static let scanner = ArgumentScanner(
    valued: ["facts", "format", "min-precision", "min-recall", "split"],
    flags: ["help", "no-curated", "verbose"], usage: Help.evalUsage)

  /// One scored passage, with what groups it.
  struct ScoredPassage {
    var path: String
    var subject: String
    var split: String?
    var report: CheckReport
    var score: PassageScore
  }

  static func run(_ arguments: [String], console: Console) throws(UsageError) -> Int32 {
    let args = try scanner.parse(arguments)
    if args.has("help") {
      console.out(Help.eval)
      return ExitCode.clean
    }
    let format =
      try ArgumentScanner.choice(args.last("format"), of: ["text", "json"], option: "format", usage: Help.evalUsage)
      ?? "text"
    let split = try ArgumentScanner.choice(
      args.last("split"), of: ["dev", "test"], option: "split", usage: Help.evalUsage)
    let minPrecision = try threshold(args.last("min-precision"), option: "min-precision")
    let minRecall = try threshold(args.last("min-recall"), option: "min-recall")
    guard !args.positionals.isEmpty else {
      throw UsageError("no corpus given: name one or more corpus folders", usage: Help.evalUsage)
    }
    if args.positionals.contains("-") {
      throw UsageError("a corpus is a folder of passages and labels, not standard input", usage: Help.evalUsage)
    }
    var problems: [String] = []
    let (files, missing) = DraftInput.collect(args.positionals)
    problems += missing.map { "error: \($0.description)" }
    var projects = ProjectLoader(extraFacts: args.all("facts"), useCurated: !args.has("no-curated"))
    var passages: [ScoredPassage] = []
    for path in files.sorted() where !isDocumentation(path) {
      let passageSplit = splitName(of: path)
      if let split, passageSplit != split { continue }
      switch score(path, split: passageSplit, projects: &projects) {
      case .success(let passage): passages.append(passage)
      case .failure(let errors): problems += errors.lines
      }
    }
    if passages.isEmpty && problems.isEmpty {
      problems.append("error: no passages found in \(args.positionals.joined(separator: ", "))")
    }
    guard problems.isEmpty else {
      for problem in problems { console.err(problem) }
      console.err(
        "error: the corpus has \(problems.count) problem\(problems.count == 1 ? "" : "s"); nothing was scored")
      return ExitCode.failure
    }
    let summary = EvalSummary(passages)
    if format == "json" {
      console.out(bytes: summary.json(verbose: args.has("verbose")) + [0x0A])
    } else {
      console.out(summary.text(verbose: args.has("verbose")))
    }
    var below: [String] = []
    if let minPrecision, let precision = summary.total.precision, precision < minPrecision {
      below.append("precision \(EvalSummary.format(precision)) is below --min-precision \(minPrecision)")
    }
    if let minRecall, let recall = summary.total.recall, recall < minRecall {
      below.append("recall \(EvalSummary.format(recall)) is below --min-recall \(minRecall)")
    }
    for line in below { console.err("factlint eval: \(line)") }
    return below.isEmpty ? ExitCode.clean : ExitCode.findings
  }

  /// Reads, checks and scores one passage; every problem with its labels is returned, none skipped.
  static func score(_ path: String, split: String?, projects: inout ProjectLoader) -> Result<
    ScoredPassage, CorpusProblems
  > {
    let labelsPath = ((path as NSString).deletingPathExtension as NSString).appendingPathExtension("labels") ?? path
    guard FileManager.default.fileExists(atPath: labelsPath) else {
      return .failure(
        CorpusProblems(lines: ["error: \(path): no labels file (\(labelsPath)); every passage of a corpus is labelled"])
      )
    }
    let bytes: [UInt8]
    switch DraftInput.readFile(path) {
    case .success(let read): bytes = read
    case .failure(let error): return .failure(CorpusProblems(lines: ["error: \(error.description)"]))
    }
    let labelFile: LabelFile
    switch DraftInput.readFile(labelsPath) {
    case .success(let read):
      do {
        labelFile = try LabelFile.parse(String(decoding: read, as: UTF8.self), path: labelsPath)
      } catch {
        return .failure(CorpusProblems(lines: error.diagnostics.map(\.description)))
      }
    case .failure(let error): return .failure(CorpusProblems(lines: ["error: \(error.description)"]))
    }
    let directory = (path as NSString).deletingLastPathComponent
    let context: Project
    switch projects.project(for: directory.isEmpty ? "." : directory) {
    case .success(let found): context = found
    case .failure(let error): return .failure(CorpusProblems(lines: error.diagnostics.map(\.description)))
    }
    // A passage is checked as on the day it was published: "last year" is the year before that.
    var draft = Draft(bytes: bytes, format: DraftFormat(path: path))
    if let published = DraftDate(iso: Substring(labelFile.published)) { draft = draft.dated(published) }
    let locator = ContextLocator(bytes: bytes)
    var located: [(label: Label, span: Range<Int>)] = []
    var errors: [String] = []
    let known = Set(context.checker.base.facts.map(\.id))
    for label in labelFile.labels {
      let place = "\(labelsPath):\(label.line):\(label.column)"
      if let id = label.factID, !known.contains(id) {
        errors.append("\(place): error: unknown fact id '\(id)' (not in the fact base this passage is checked with)")
        continue
      }
      switch locator.locate(label) {
      case .found(let span):
        if let other = located.first(where: { $0.span.overlaps(span) }) {
          errors.append("\(place): error: this figure is already labelled on line \(other.label.line)")
        } else {
          located.append((label, span))
        }
      case .notFound:
        errors.append("\(place): error: context not found in \(path): \(quoted(label.context))")
      case .ambiguous(let count):
        errors.append(
          "\(place): error: context found \(count) times in \(path); make it longer: \(quoted(label.context))")
      }
    }
    guard errors.isEmpty else { return .failure(CorpusProblems(lines: errors)) }
    let language = context.language(overriding: labelFile.language.map { .fixed($0) })
    let report = context.checker.check(draft, language: language)
    let subject = context.config.map { ($0.directory as NSString).lastPathComponent } ?? "(no config)"
    return .success(
      ScoredPassage(
        path: path, subject: subject, split: split, report: report,
        score: PassageScore(report: report, labels: located, edited: labelFile.isEdited)))
  }

  /// Everything wrong with one passage or its labels, one message a line.
  struct CorpusProblems: Error {
    var lines: [String]
  }

  /// The nearest folder of the path named `dev` or `test`.
  static func splitName(of path: String) -> String? {
    path.split(separator: "/").dropLast().reversed().first { $0 == "dev" || $0 == "test" }.map(String.init)
  }

  /// A corpus folder may explain itself in a README; that is not a passage.
  static func isDocumentation(_ path: String) -> Bool {
    ["readme.md", "readme.txt", "readme.markdown"].contains((path as NSString).lastPathComponent.lowercased())
  }

  private static func quoted(_ text: String) -> String { "“\(text)”" }

  private static func threshold(_ value: String?, option: String) throws(UsageError) -> Double? {
    guard let value else { return nil }
    guard let number = Double(value), (0...1).contains(number) else {
      throw UsageError(
        "invalid value '\(value)' for '--\(option)' (expected a number from 0 to 1)", usage: Help.evalUsage)
    }
    return number
  }
}
