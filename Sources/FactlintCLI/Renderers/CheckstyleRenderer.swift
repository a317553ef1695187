import Drafts

/// Checkstyle XML, which Jenkins (Warnings NG), reviewdog, GitLab converters and many CI dashboards read.
///
/// Every checked file is listed, clean ones as empty `<file>` elements, as Checkstyle itself does.
struct CheckstyleRenderer: FindingRenderer {
  private var body = ""

  mutating func file(_ file: CheckedFile, console: Console) {
    let findings = file.report.findings
    guard !findings.isEmpty else {
      body += "  <file name=\"\(XMLText.escape(file.path))\"/>\n"
      return
    }
    body += "  <file name=\"\(XMLText.escape(file.path))\">\n"
    for finding in findings {
      let range = ScalarRange(finding.span, in: file.report.lineTable)
      body +=
        "    <error line=\"\(range.line)\" column=\"\(range.column)\" severity=\"\(finding.severity.rawValue)\" "
        + "message=\"\(XMLText.escape(finding.message))\" source=\"factlint.\(finding.rule)\"/>\n"
    }
    body += "  </file>\n"
  }

  mutating func finish(_ summary: CheckSummary, console: Console) {
    console.out("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n")
    console.out(body)
    console.out("</checkstyle>\n")
  }
}
