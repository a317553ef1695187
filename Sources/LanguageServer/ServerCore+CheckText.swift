import Checking
import Drafts
import FactBase

/// `factlint/checkText`: check a text that is not an open document, for services that are not editors.
///
/// Each finding has the members of `factlint check --format json` (one-based lines and Unicode-scalar columns)
/// plus `range`, an LSP range in the negotiated encoding.
extension ServerCore {
  func checkText(params: LSPAny) throws(ResponseError) -> LSPAny {
    let text = try params.string("text")
    let format = (try params.optionalString("languageId")).map(DraftFormat.init(languageId:)) ?? .markdown
    var language = settings.language ?? facts.language
    if let lang = try params.optionalString("lang") {
      guard let choice = LanguageChoice(argument: lang) else { throw .invalidParams("unknown language \"\(lang)\"") }
      language = choice
    }
    let report = facts.checker.check(Draft(text: text, format: format), language: language)
    let lines = report.lineTable
    let findings: [LSPAny] = report.findings.map { finding in
      let source = finding.fact.source
      var item = scalarRange(finding.span, lines)
      item.merge([
        "rule": .string(finding.rule), "severity": .string(finding.severity.rawValue),
        "message": .string(finding.message), "found": .string(finding.found), "expected": .string(finding.expected),
        "factId": .string(finding.fact.id),
        "source": [
          "publisher": .string(source.publisher), "title": .string(source.title), "url": .string(source.url),
          "published": .string(source.published),
        ],
        "range": lines.lspRange(finding.span, encoding: encoding),
        "fix": .null,
      ]) { _, new in new }
      if let fix = finding.fix {
        var fixItem = scalarRange(fix.span, lines)
        fixItem["replacement"] = .string(fix.replacement)
        fixItem["range"] = lines.lspRange(fix.span, encoding: encoding)
        item["fix"] = .object(fixItem)
      }
      return .object(item)
    }
    return ["language": .string(report.language.rawValue), "findings": .array(findings)]
  }

  /// One-based line and Unicode-scalar column of both ends, as the CLI reports them.
  private func scalarRange(_ span: Range<Int>, _ lines: LineTable) -> [String: LSPAny] {
    let range = ScalarRange(span, in: lines)
    return [
      "line": .int(range.line), "column": .int(range.column), "endLine": .int(range.endLine),
      "endColumn": .int(range.endColumn),
    ]
  }
}
