import Checking
import Drafts

/// One checked draft as the renderers see it.
struct CheckedFile {
  var path: String
  var report: CheckReport
}

/// Totals for the summary line and the JSON summary.
struct CheckSummary {
  var files = 0
  var errors = 0
  var warnings = 0
  var infos = 0
  var unreadable = 0
  var milliseconds = 0.0

  mutating func count(_ findings: [Finding]) {
    for finding in findings {
      switch finding.severity {
      case .error: errors += 1
      case .warning: warnings += 1
      case .info: infos += 1
      }
    }
  }

  var line: String {
    func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    var text = "\(plural(errors, "error")), \(plural(warnings, "warning"))"
    if infos > 0 { text += ", \(infos) info" }
    text += " in \(plural(files, "file"))"
    if unreadable > 0 { text += " (\(unreadable) could not be read)" }
    return text + String(format: " [%.0f ms]", milliseconds)
  }
}

/// Turns findings into one output format. Renderers write to the console; the command decides the exit code.
protocol FindingRenderer {
  mutating func file(_ file: CheckedFile, console: Console)
  mutating func finish(_ summary: CheckSummary, console: Console)
}
