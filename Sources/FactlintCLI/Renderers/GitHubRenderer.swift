import Checking
import Drafts

/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
///
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, escaped as the runner unescapes:
/// `%`, CR and LF in the message; also `:` and `,` in property values.
struct GitHubRenderer: FindingRenderer {
  mutating func file(_ file: CheckedFile, console: Console) {
    for finding in file.report.findings {
      let range = ScalarRange(finding.span, in: file.report.lineTable)
      let properties = [
        ("file", file.path), ("line", String(range.line)), ("col", String(range.column)),
        ("endLine", String(range.endLine)), ("endColumn", String(range.endColumn)),
        ("title", "factlint \(finding.rule)" + (finding.factId.map { " [\($0)]" } ?? "")),
      ].map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
      console.outLine("::\(Self.command(finding.severity)) \(properties)::\(Self.escapeData(finding.message))")
    }
  }

  mutating func finish(_ summary: CheckSummary, console: Console) {}

  static func command(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "notice"
    }
  }

  static func escapeData(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func escapeProperty(_ text: String) -> String {
    var out = ""
    for scalar in escapeData(text).unicodeScalars {
      switch scalar {
      case ":": out += "%3A"
      case ",": out += "%2C"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
