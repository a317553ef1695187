import Checking
import Drafts

/// `textDocument/codeAction`: replace a wrong figure with the fact's value, or silence the fact on that line.
extension ServerCore {
  func codeActions(params: LSPAny) throws(ResponseError) -> LSPAny {
    let uri = try params.object("textDocument").string("uri")
    let range = try params.range("range")
    if let only = params["context"]?["only"]?.arrayValue?.compactMap(\.stringValue),
      !only.contains(where: { $0 == CodeAction.quickFix || $0 == "" })
    {
      return []
    }
    guard documents[uri] != nil else { return [] }
    let analysis = try analysis(uri: uri)
    let lines = analysis.report.lineTable
    let requested = lines.span(of: range, encoding: encoding)
    let markdown = documents[uri]?.format == .markdown
    var actions: [CodeAction] = []
    for (finding, diagnostic) in zip(analysis.report.findings, analysis.diagnostics)
    where finding.span.lowerBound <= requested.upperBound && requested.lowerBound <= finding.span.upperBound {
      if let fix = finding.fix {
        actions.append(
          CodeAction(
            title: "Replace “\(finding.found)” with “\(finding.expected ?? fix.replacement)”",
            diagnostics: [diagnostic], isPreferred: true,
            edit: WorkspaceEdit(changes: [
              uri: [TextEdit(range: lines.range(fix.span, encoding: encoding), newText: fix.replacement)]
            ])))
      }
      if markdown {
        // A finding about no fact is silenced by its rule's id.
        let silenced = finding.factId ?? finding.rule
        actions.append(
          CodeAction(
            title: "Ignore \(finding.factId == nil ? "rule" : "fact") \(silenced) on this line",
            diagnostics: [diagnostic], isPreferred: false,
            edit: WorkspaceEdit(changes: [
              uri: [suppressionEdit(factId: silenced, at: finding.span.lowerBound, lines: lines)]
            ])))
      }
    }
    return .array(actions.map(\.lspAny))
  }

  /// Inserts `<!-- factlint-disable-next-line ID -->` above the figure's line, indented like it, ended by the
  /// document's own line break.
  private func suppressionEdit(factId: String, at offset: Int, lines: LineTable) -> TextEdit {
    let line = lines.line(containing: offset)
    let start = lines.lineStarts[line]
    let indent = lines.bytes[start..<lines.contentRange(ofLine: line).upperBound].prefix { $0 == 0x20 || $0 == 0x09 }
    let lineBreak =
      lines.lineBreak(endingLine: line) ?? (line > 0 ? lines.lineBreak(endingLine: line - 1) : nil)
      ?? "\n"
    let text = String(decoding: indent, as: UTF8.self) + "<!-- factlint-disable-next-line \(factId) -->" + lineBreak
    let position = lines.position(ofOffset: start, encoding: encoding)
    return TextEdit(range: LSPRange(start: position, end: position), newText: text)
  }
}
