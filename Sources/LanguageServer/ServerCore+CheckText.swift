import Checking
import Drafts
import FactBase

/// `factlint/checkText`: check a text that is not an open document, for services that are not editors.
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
      let start = lines.position(ofOffset: finding.span.lowerBound, in: .scalars)
      let end = lines.position(ofOffset: finding.span.upperBound, in: .scalars)
      var item: [String: LSPAny] = [
        "rule": .string(finding.rule), "severity": .string(finding.severity.rawValue),
        "message": .string(finding.message), "factId": .string(finding.fact.id), "found": .string(finding.found),
        "expected": .string(finding.expected),
        "line": .int(start.line + 1), "column": .int(start.column + 1),
        "endLine": .int(end.line + 1), "endColumn": .int(end.column + 1),
        "offset": .int(finding.span.lowerBound), "length": .int(finding.span.count),
        "range": lines.lspRange(finding.span, encoding: encoding),
        "source": [
          "publisher": .string(finding.fact.source.publisher), "title": .string(finding.fact.source.title),
          "url": .string(finding.fact.source.url), "published": .string(finding.fact.source.published),
        ],
      ]
      if let fix = finding.fix {
        item["fix"] = ["range": lines.lspRange(fix.span, encoding: encoding), "replacement": .string(fix.replacement)]
      }
      return .object(item)
    }
    return ["language": .string(report.language.rawValue), "findings": .array(findings)]
  }
}
