import Checking
import Drafts
import FactBase
import Foundation
import Workspace

/// `factlint explain`: why each figure of a sentence, a line or a file is or is not checked, and the verdict.
enum ExplainCommand {
  static let scanner = ArgumentScanner(
    valued: ["facts", "format", "lang", "text", "date"], flags: ["help", "no-curated"], usage: Help.explainUsage)

  static func run(_ arguments: [String], console: Console) throws(UsageError) -> Int32 {
    let args = try scanner.parse(arguments)
    if args.has("help") {
      console.out(Help.explain)
      return ExitCode.clean
    }
    let format =
      try ArgumentScanner.choice(args.last("format"), of: ["text", "json"], option: "format", usage: Help.explainUsage)
      ?? "text"
    let language = try CheckCommand.languageChoice(args.last("lang"), usage: Help.explainUsage)
    let text = args.last("text")
    let day = try CheckCommand.draftDate(args.last("date"), usage: Help.explainUsage)
    if text != nil && !args.positionals.isEmpty {
      throw UsageError("give either --text or a FILE[:LINE[:COLUMN]], not both", usage: Help.explainUsage)
    }
    if text == nil && args.positionals.count != 1 {
      throw UsageError("name one FILE[:LINE[:COLUMN]], or give --text", usage: Help.explainUsage)
    }
    let target = text == nil ? try parseTarget(args.positionals[0]) : Target(path: "<text>")
    var projects = ProjectLoader(extraFacts: args.all("facts"), useCurated: !args.has("no-curated"))
    let directory = text == nil ? (target.path as NSString).deletingLastPathComponent : "."
    let context: Project
    switch projects.project(for: directory.isEmpty ? "." : directory) {
    case .success(let found): context = found
    case .failure(let error):
      for diagnostic in error.diagnostics { console.err(diagnostic.description) }
      console.err("error: the fact base or config could not be loaded; nothing was explained")
      return ExitCode.failure
    }
    let draft: Draft
    if let text {
      draft = Draft(text: text, format: .plainText).dated(day)
    } else {
      switch DraftInput.readFile(target.path) {
      case .success(let bytes): draft = Draft(bytes: bytes, format: DraftFormat(path: target.path)).dated(day)
      case .failure(let error):
        console.err("error: \(error.description)")
        return ExitCode.failure
      }
    }
    var region: Range<Int>?
    if let line = target.line {
      let lines = draft.lineTable
      guard line >= 1 && line <= lines.lineCount else {
        console.err("error: \(target.path) has \(lines.lineCount) lines; there is no line \(line)")
        return ExitCode.failure
      }
      let content = lines.contentRange(ofLine: line - 1)
      if let column = target.column {
        let offset = lines.offset(of: LinePosition(line: line - 1, column: column - 1), in: .scalars)
        region = offset..<offset
      } else {
        region = content
      }
    }
    let choice = context.language(overriding: language)
    let explanation = Explainer(checker: context.checker).explain(draft, language: choice, region: region)
    if format == "json" {
      console.outLine(explanation.json(lineTable: draft.lineTable))
    } else {
      console.out(render(explanation, path: target.path, draft: draft))
    }
    return ExitCode.clean
  }

  struct Target {
    var path: String
    var line: Int? = nil
    var column: Int? = nil
  }

  /// `FILE`, `FILE:LINE` or `FILE:LINE:COLUMN`; a path that itself ends in ":digits" wins when it exists.
  static func parseTarget(_ argument: String) throws(UsageError) -> Target {
    if FileManager.default.fileExists(atPath: argument) { return Target(path: argument) }
    var parts = argument.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    var numbers: [Int] = []
    while numbers.count < 2, parts.count > 1, let number = Int(parts.last!) {
      guard number >= 1 else {
        throw UsageError("lines and columns count from 1: '\(argument)'", usage: Help.explainUsage)
      }
      numbers.insert(number, at: 0)
      parts.removeLast()
    }
    return Target(path: parts.joined(separator: ":"), line: numbers.first, column: numbers.count > 1 ? numbers[1] : nil)
  }

  static func render(_ explanation: Explanation, path: String, draft: Draft) -> String {
    var out = ""
    let lines = draft.lineTable
    func place(_ offset: Int) -> String {
      let p = lines.position(ofOffset: offset, in: .scalars)
      return "\(p.line + 1):\(p.column + 1)"
    }
    if explanation.sentences.isEmpty { out += "\(path): no sentence with a figure or a fact's terms here\n" }
    for sentence in explanation.sentences {
      let text = sentence.text.split(whereSeparator: \.isNewline).joined(separator: " ")
      out += "\(path):\(place(sentence.span.lowerBound)): \(text)\n"
      if sentence.borrowedTerms { out += "  starts with a pronoun: the previous sentence's terms count here too\n" }
      if sentence.facts.isEmpty {
        out += "  no fact's terms in this sentence\n"
      } else {
        out += "  terms found:\n"
        for fact in sentence.facts {
          let terms = fact.missing.isEmpty ? "" : " (" + fact.missing.joined(separator: "; ") + ")"
          let state =
            fact.named
            ? "named" : fact.byMeasure ? "weighed by its measure words" + terms : "not weighed" + terms
          out += "    \(fact.factID): \(fact.found.joined(separator: ", ")) — \(state)\n"
        }
      }
      if sentence.figures.isEmpty { out += "  no figure\n" }
      for figure in sentence.figures {
        out += "  “\(figure.figure.text)” at \(place(figure.figure.span.lowerBound)): \(figure.reading)\n"
        for consideration in figure.considered {
          out += "    \(consideration.chosen ? "✓" : "·") \(consideration.factID): \(consideration.reason)\n"
        }
        out += "    → \(figure.summary)\n"
      }
    }
    return out
  }
}
