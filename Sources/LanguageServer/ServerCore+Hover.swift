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
    guard let claim = analysis.report.claim(at: offset) else {
      // Any other figure says in a line why it is not checked: the question an author asks of a silent figure.
      let explanation = Explainer(checker: facts.checker).explain(
        analysis.report.draft, language: .fixed(analysis.report.language), region: offset..<offset)
      guard
        let figure = explanation.figures.first(where: {
          $0.figure.span.contains(offset) || $0.figure.span.upperBound == offset
        })
      else { return .null }
      return Hover(
        contents: MarkupContent(markdown: client.hoverMarkdown, value: figure.summary),
        range: lines.range(figure.figure.span, encoding: encoding)
      ).lspAny
    }
    let text = Self.hoverText(claim: claim, language: analysis.report.messageLanguage, markdown: client.hoverMarkdown)
    return Hover(
      contents: MarkupContent(markdown: client.hoverMarkdown, value: text),
      range: lines.range(claim.figure.span, encoding: encoding)
    ).lspAny
  }

  /// The hover's text in the messages' language: statement, expected value, verdict, source with date and link.
  static func hoverText(claim: Claim, language: Language, markdown: Bool) -> String {
    let fact = claim.fact
    let source = fact.source
    let words = FindingMessages.of(language)
    let written = words.quote(claim.figure.text)
    let verdict = claim.agrees ? words.agrees(written) : words.disagrees(written)
    let expected = words.expectedValue + words.colon
    let sourceLabel = words.source + words.colon
    guard markdown else {
      return [
        fact.statement(in: language), expected + claim.expected, verdict,
        sourceLabel + "\(source.publisher), \(source.title), \(words.published) \(source.published) \(source.url)",
        fact.id,
      ].joined(separator: "\n")
    }
    let title = source.url.isEmpty ? source.title : "[\(source.title)](\(source.url))"
    return [
      "**\(fact.statement(in: language))**", expected + "**\(claim.expected)**", verdict,
      sourceLabel + "\(source.publisher), \(title), \(words.published) \(source.published)", "`\(fact.id)`",
    ].joined(separator: "\n\n")
  }
}
