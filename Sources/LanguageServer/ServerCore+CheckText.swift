import Checking
import Drafts
import FactBase
import JSONOutput
import Workspace

/// `factlint/checkText`: check a text that is not an open document, for services that are not editors.
///
/// Each finding has the members of `factlint check --format json` (one-based lines and Unicode-scalar columns)
/// plus `range`, an LSP range in the negotiated encoding.
extension ServerCore {
  func checkText(params: LSPAny) throws(ResponseError) -> LSPAny {
    let text = try params.string("text")
    let format = (try params.optionalString("languageId")).map(DraftFormat.init(languageId:)) ?? .markdown
    var language = facts.project.language(overriding: settings.language)
    if let lang = try params.optionalString("lang") {
      guard let choice = LanguageChoice(argument: lang) else { throw .invalidParams("unknown language \"\(lang)\"") }
      language = choice
    }
    var messages = facts.project.messages(overriding: settings.messages)
    if let chosen = try params.optionalString("messages") {
      guard let choice = MessageLanguage(argument: chosen) else {
        throw .invalidParams("unknown messages language \"\(chosen)\" (draft, fr or en)")
      }
      messages = choice
    }
    let report = facts.checker.check(
      Draft(text: text, format: format).dated(.today()), language: language, messages: messages)
    let findings = report.findings.map { record(of: $0, lines: report.lineTable) }
    return ["language": .string(report.language.rawValue), "findings": .array(findings)]
  }

  /// A finding as every front end writes it (`FindingRecord`), plus the LSP `range` of it and of its fix in the
  /// negotiated encoding.
  func record(of finding: Finding, lines: LineTable) -> LSPAny {
    LSPAnyBuilder.build { sink in
      FindingRecord.write(finding, lines: lines, to: &sink) { span, sink in
        sink.key("range")
        lines.range(span, encoding: encoding).lspAny.write(to: &sink)
      }
    }
  }
}
