import Drafts
import Foundation

/// JUnit XML, the test report format GitLab, Jenkins, Azure Pipelines and CircleCI all display.
///
/// Each draft is a test case; each finding that fails the run (per `--fail-on`) is a `<failure>` of it, so the
/// report and the exit status agree; findings below that level are listed in the case's `<system-out>`.
struct JUnitRenderer: FindingRenderer {
  var failOn: FailLevel
  /// The test cases, as bytes: the suite's counts go in its opening tag, so cases wait for the end.
  private var cases: [UInt8] = []
  private var tests = 0
  private var failures = 0

  init(failOn: FailLevel) { self.failOn = failOn }

  mutating func file(_ file: CheckedFile, console: Console) {
    tests += 1
    var failed: [UInt8] = []
    var notes: [UInt8] = []
    for finding in file.report.findings {
      let range = ScalarRange(finding.span, in: file.report.lineTable)
      let line =
        "\(file.path):\(range.line):\(range.column): \(finding.severity.rawValue): [\(finding.rule)] \(finding.message)"
      if failOn.fails(finding.severity) {
        failed.append(contentsOf: "      <failure type=\"".utf8)
        XMLText.append(finding.rule, to: &failed)
        failed.append(contentsOf: "\" message=\"".utf8)
        XMLText.append(finding.message, to: &failed)
        failed.append(contentsOf: "\">".utf8)
        XMLText.append(line, to: &failed)
        failed.append(contentsOf: "</failure>\n".utf8)
      } else {
        XMLText.append(line, to: &notes)
        notes.append(contentsOf: "&#10;".utf8)
      }
    }
    if !failed.isEmpty { failures += 1 }
    var path: [UInt8] = []
    XMLText.append(file.path, to: &path)
    cases.append(contentsOf: "    <testcase classname=\"factlint\" name=\"".utf8)
    cases.append(contentsOf: path)
    cases.append(contentsOf: "\" file=\"".utf8)
    cases.append(contentsOf: path)
    cases.append(contentsOf: "\" time=\"0\"".utf8)
    if failed.isEmpty && notes.isEmpty {
      cases.append(contentsOf: "/>\n".utf8)
    } else {
      cases.append(contentsOf: ">\n".utf8)
      cases.append(contentsOf: failed)
      if !notes.isEmpty {
        cases.append(contentsOf: "      <system-out>".utf8)
        cases.append(contentsOf: notes)
        cases.append(contentsOf: "</system-out>\n".utf8)
      }
      cases.append(contentsOf: "    </testcase>\n".utf8)
    }
  }

  mutating func finish(_ summary: CheckSummary, console: Console) {
    let time = String(format: "%.3f", summary.milliseconds / 1000)
    let counts = "tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(summary.unreadable)\" time=\"\(time)\""
    console.out("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    console.out("<testsuites name=\"factlint\" \(counts)>\n")
    console.out("  <testsuite name=\"factlint check\" \(counts) skipped=\"0\">\n")
    console.out(bytes: cases)
    console.out("  </testsuite>\n</testsuites>\n")
  }
}
