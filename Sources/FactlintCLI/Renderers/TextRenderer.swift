import Checking
import Drafts

/// `path:line:column: severity: [rule] message`, one finding a line, as compilers and swift-format print them.
struct TextRenderer: FindingRenderer {
  var color: Bool

  mutating func file(_ file: CheckedFile, console: Console) {
    for finding in file.report.findings {
      let range = ScalarRange(finding.span, in: file.report.lineTable)
      let severity = finding.severity.rawValue
      let label = color ? "\(Self.color(finding.severity))\(severity)\u{1B}[0m" : severity
      console.outLine("\(file.path):\(range.line):\(range.column): \(label): [\(finding.rule)] \(finding.message)")
    }
  }

  mutating func finish(_ summary: CheckSummary, console: Console) {}

  static func color(_ severity: Severity) -> String {
    switch severity {
    case .error: "\u{1B}[1;31m"
    case .warning: "\u{1B}[1;33m"
    case .info: "\u{1B}[1;36m"
    }
  }
}
