import Checking
import Drafts
import FactBase

/// `textDocument/hover` on a figure that is a claim about a fact: what the fact says, its value and its source.
extension ServerCore {
  func hover(params: LSPAny) throws(ResponseError) -> LSPAny {
    let uri = try params.object("textDocument").string("uri")
    let position = try params.position("position")
    guard documents[uri] != nil else { return .null }
    let analysis = try analysis(uri: uri)
    let lines = analysis.report.lineTable
    let offset = lines.offset(of: position, in: encoding)
    guard let claim = analysis.report.claim(at: offset) else { return .null }
    let text = Self.hoverText(claim: claim, language: analysis.report.language, markdown: client.hoverMarkdown)
    return [
      "contents": ["kind": .string(client.hoverMarkdown ? "markdown" : "plaintext"), "value": .string(text)],
      "range": lines.lspRange(claim.figure.span, encoding: encoding),
    ]
  }

  static func hoverText(claim: Claim, language: Language, markdown: Bool) -> String {
    let fact = claim.fact
    let french = language == .fr
    let verdict =
      claim.agrees
      ? (french ? "✓ « \(claim.figure.text) » concorde avec ce fait." : "✓ “\(claim.figure.text)” agrees with this fact.")
      : (french
        ? "✗ « \(claim.figure.text) » ne concorde pas : la valeur attendue est \(claim.expected)."
        : "✗ “\(claim.figure.text)” does not agree: the expected value is \(claim.expected).")
    let source = fact.source
    let expectedLabel = french ? "Valeur attendue" : "Expected value"
    let sourceLabel = "Source"
    let publishedLabel = french ? "publié le" : "published"
    if markdown {
      let link = source.url.isEmpty ? source.title : "[\(source.title)](\(source.url))"
      return """
        **\(fact.statement(in: language))**

        \(expectedLabel) : **\(claim.expected)**

        \(verdict)

        \(sourceLabel) : \(source.publisher), \(link), \(publishedLabel) \(source.published)

        `\(fact.id)`
        """.replacingOccurrences(of: " : ", with: french ? " : " : ": ")
    }
    return """
      \(fact.statement(in: language))
      \(expectedLabel)\(french ? " : " : ": ")\(claim.expected)
      \(verdict)
      \(sourceLabel)\(french ? " : " : ": ")\(source.publisher), \(source.title) \(source.url), \(publishedLabel) \(source.published)
      (\(fact.id))
      """
  }
}
