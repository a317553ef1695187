import Checking
import Drafts
import FactBase
import Workspace

/// `factlint/explain`: the JSON of `factlint explain --format json`, for an open document (the sentence at
/// `position`, or every sentence) or for a `text`.
extension ServerCore {
  func explain(params: LSPAny) throws(ResponseError) -> LSPAny {
    let draft: Draft
    var language = facts.project.language(overriding: settings.language)
    var region: Range<Int>?
    if let text = try params.optionalString("text") {
      let format = (try params.optionalString("languageId")).map(DraftFormat.init(languageId:)) ?? .markdown
      draft = Draft(text: text, format: format).dated(.today())
      if let lang = try params.optionalString("lang") {
        guard let choice = LanguageChoice(argument: lang) else { throw .invalidParams("unknown language \"\(lang)\"") }
        language = choice
      }
    } else {
      let uri = try params.object("textDocument").string("uri")
      let analysis = try analysis(uri: uri)
      draft = analysis.report.draft
      language = .fixed(analysis.report.language)
      if params["position"] != nil {
        let offset = draft.lineTable.offset(of: try params.position("position"), in: encoding)
        region = offset..<offset
      }
    }
    let explanation = Explainer(checker: facts.checker).explain(draft, language: language, region: region)
    return LSPAnyBuilder.build { explanation.write(lineTable: draft.lineTable, to: &$0) }
  }
}
