import Drafts
import Figures
import Foundation
import JSONOutput

/// `factlint figures`: every figure of a draft with its span and normalised value.
enum FiguresCommand {
  static let scanner = ArgumentScanner(valued: ["format", "lang"], flags: ["help"], usage: Help.figuresUsage)

  static func run(_ arguments: [String], console: Console) throws(UsageError) -> Int32 {
    let args = try scanner.parse(arguments)
    if args.has("help") {
      console.out(Help.figures)
      return ExitCode.clean
    }
    let format =
      try ArgumentScanner.choice(args.last("format"), of: ["text", "json"], option: "format", usage: Help.figuresUsage)
      ?? "text"
    let choice = try CheckCommand.languageChoice(args.last("lang"), usage: Help.figuresUsage) ?? .auto
    guard args.positionals.count <= 1 else {
      throw UsageError("give one draft, or '-' for standard input", usage: Help.figuresUsage)
    }
    let path = args.positionals.first ?? "-"
    let input = path == "-" ? DraftInput.readStandardInput(displayName: "<stdin>") : DraftInput.readFile(path)
    let bytes: [UInt8]
    switch input {
    case .success(let read): bytes = read
    case .failure(let error):
      console.err("error: \(error.description)")
      return ExitCode.failure
    }
    let draft = Draft(bytes: bytes, format: path == "-" ? .plainText : DraftFormat(path: path))
    let language = choice.resolved(for: draft.prose)
    let extractor = FigureExtractor(language: language)
    var figures: [Figure] = []
    for block in draft.blocks {
      figures += extractor.figures(in: draft.prose, range: block.span)
    }
    if format == "json" {
      var out = JSONBytes(indent: 2)
      out.beginObject()
      out.array("figures") { out in for figure in figures { write(figure, draft.lineTable, to: &out) } }
      out.endObject()
      console.out(bytes: out.bytes + [0x0A])
    } else {
      for figure in figures {
        let range = ScalarRange(figure.span, in: draft.lineTable)
        console.outLine(
          "\(path == "-" ? "<stdin>" : path):\(range.line):\(range.column): \(figure.kind.rawValue) \(describe(figure)) “\(figure.text)”"
        )
      }
    }
    return ExitCode.clean
  }

  static func describe(_ figure: Figure) -> String {
    var parts: [String] = []
    if let q = figure.qualifier { parts.append(q.rawValue) }
    if let period = figure.period {
      parts.append(period.start.iso + "/" + period.end.iso)
    } else if let date = figure.date {
      parts.append(date.iso)
    } else if let lower = figure.lower, let upper = figure.upper {
      parts.append("\(format(lower))…\(format(upper))")
    } else if let value = figure.value {
      parts.append(format(value))
    }
    if let unit = figure.unit { parts.append(unit) }
    // "last year": a year counted from the draft's day.
    if let years = figure.relative?.yearOffset { parts.append("year \(years >= 0 ? "+" : "")\(years)") }
    return parts.joined(separator: " ")
  }

  static func format(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v) }

  static func write(_ figure: Figure, _ table: LineTable, to out: inout JSONBytes) {
    let range = ScalarRange(figure.span, in: table)
    out.beginObject()
    out.member("text", figure.text)
    out.member("line", range.line)
    out.member("column", range.column)
    out.member("endLine", range.endLine)
    out.member("endColumn", range.endColumn)
    // "demain", "next Friday": a date the text does not fix; reported as a date without a `date` field.
    out.member("kind", figure.kind == .relativeDate ? FigureKind.date.rawValue : figure.kind.rawValue)
    if let period = figure.period {
      // Periods carry no value: their first and last days, ISO.
      out.member("start", period.start.iso)
      out.member("end", period.end.iso)
    } else if let date = figure.date {
      // Dates carry no numeric value; "XXXX" and "XX" stand for a year or day left unwritten.
      out.member("date", date.iso)
      if let weekday = date.weekday { out.member("weekday", weekday) }
    } else if let lower = figure.lower, let upper = figure.upper {
      out.key("min")
      out.double(lower)
      out.key("max")
      out.double(upper)
    } else if let value = figure.value {
      out.key("value")
      out.double(value)
      // A qualified value is an open-ended range: "plus de 60 %" is min 60, "jusqu'à 4 000 %" max 4000.
      switch figure.qualifier {
      case .moreThan?, .atLeast?:
        out.key("min")
        out.double(value)
      case .lessThan?, .atMost?:
        out.key("max")
        out.double(value)
      case .exactly?:
        out.key("min")
        out.double(value)
        out.key("max")
        out.double(value)
      default: break
      }
    }
    if figure.kind == .relativeDate { out.member("relative", true) }
    if let years = figure.relative?.yearOffset { out.member("yearOffset", years) }
    out.member("unit", figure.unit)
    out.member("qualifier", figure.qualifier?.rawValue)
    out.endObject()
  }
}
