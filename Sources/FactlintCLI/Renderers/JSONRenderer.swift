import Checking
import Drafts
import FactBase

/// `{"version": 1, "files": […], "summary": {…}}`, written once every file is checked.
struct JSONRenderer: FindingRenderer {
  private var files: [JSON] = []

  mutating func file(_ file: CheckedFile, console: Console) {
    files.append(
      .object([
        ("path", .string(file.path)), ("findings", .array(file.report.findings.map { Self.finding($0, file.report) })),
      ]))
  }

  mutating func finish(_ summary: CheckSummary, console: Console) {
    let document = JSON.object([
      ("version", .int(1)),
      ("files", .array(files)),
      (
        "summary",
        .object([
          ("files", .int(summary.files)), ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)),
          ("infos", .int(summary.infos)), ("unreadable", .int(summary.unreadable)),
        ])
      ),
    ])
    console.outLine(document.text(indent: 2))
  }

  static func source(_ source: FactSource) -> JSON {
    .object([
      ("publisher", .string(source.publisher)), ("title", .string(source.title)), ("url", .string(source.url)),
      ("published", .string(source.published)),
    ])
  }

  /// One finding in the shape `check --format json`, `batch` and `factlint/checkText` share.
  static func finding(_ finding: Finding, _ report: CheckReport) -> JSON {
    let range = ScalarRange(finding.span, in: report.lineTable)
    var members: [(String, JSON)] = [
      ("rule", .string(finding.rule)), ("severity", .string(finding.severity.rawValue)),
      ("message", .string(finding.message)), ("line", .int(range.line)), ("column", .int(range.column)),
      ("endLine", .int(range.endLine)), ("endColumn", .int(range.endColumn)), ("found", .string(finding.found)),
      ("expected", .string(finding.expected)), ("factId", .string(finding.factId)),
      ("source", source(finding.fact.source)),
    ]
    if let fix = finding.fix {
      let fixRange = ScalarRange(fix.span, in: report.lineTable)
      members.append(
        (
          "fix",
          .object([
            ("replacement", .string(fix.replacement)), ("line", .int(fixRange.line)), ("column", .int(fixRange.column)),
            ("endLine", .int(fixRange.endLine)), ("endColumn", .int(fixRange.endColumn)),
          ])
        ))
    } else {
      members.append(("fix", .null))
    }
    return .object(members)
  }
}
