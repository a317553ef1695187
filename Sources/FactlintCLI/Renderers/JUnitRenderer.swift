import Drafts
import Foundation

/// JUnit XML, the test report format GitLab, Jenkins, Azure Pipelines and CircleCI all display.
///
/// Each draft is a test case; each finding that fails the run (per `--fail-on`) is a `<failure>` of it, so the
/// report and the exit status agree; findings below that level are listed in the case's `<system-out>`.
struct JUnitRenderer: FindingRenderer {
  var failOn: FailLevel
  private var cases = ""
  private var tests = 0
  private var failures = 0

  init(failOn: FailLevel) { self.failOn = failOn }

  mutating func file(_ file: CheckedFile, console: Console) {
    tests += 1
    let path = XMLText.escape(file.path)
    var failed = ""
    var notes = ""
    for finding in file.report.findings {
      let range = ScalarRange(finding.span, in: file.report.lineTable)
      let line =
        "\(file.path):\(range.line):\(range.column): \(finding.severity.rawValue): [\(finding.rule)] \(finding.message)"
      if failOn.fails(finding.severity) {
        failed +=
          "      <failure type=\"\(finding.rule)\" message=\"\(XMLText.escape(finding.message))\">"
          + "\(XMLText.escape(line))</failure>\n"
      } else {
        notes += XMLText.escape(line) + "&#10;"
      }
    }
    if !failed.isEmpty { failures += 1 }
    var element = "    <testcase classname=\"factlint\" name=\"\(path)\" file=\"\(path)\" time=\"0\""
    if failed.isEmpty && notes.isEmpty {
      element += "/>\n"
    } else {
      element += ">\n" + failed
      if !notes.isEmpty { element += "      <system-out>\(notes)</system-out>\n" }
      element += "    </testcase>\n"
    }
    cases += element
  }

  mutating func finish(_ summary: CheckSummary, console: Console) {
    let time = String(format: "%.3f", summary.milliseconds / 1000)
    let counts = "tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(summary.unreadable)\" time=\"\(time)\""
    console.out("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    console.out("<testsuites name=\"factlint\" \(counts)>\n")
    console.out("  <testsuite name=\"factlint check\" \(counts) skipped=\"0\">\n")
    console.out(cases)
    console.out("  </testsuite>\n</testsuites>\n")
  }
}
