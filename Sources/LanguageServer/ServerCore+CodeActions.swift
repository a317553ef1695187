import Checking
import Drafts

/// `textDocument/codeAction`: replace a wrong figure with the fact's value, or silence the fact on that line.
extension ServerCore {
  func codeActions(params: LSPAny) throws(ResponseError) -> LSPAny {
    let uri = try params.object("textDocument").string("uri")
    let range = try params.range("range")
    if let only = params["context"]?["only"]?.arrayValue?.compactMap(\.stringValue),
      !only.contains(where: { $0 == "quickfix" || $0 == "" })
    {
      return []
    }
    guard documents[uri] != nil else { return [] }
    let analysis = try analysis(uri: uri)
    let lines = analysis.report.lineTable
    let requested = lines.span(of: range, encoding: encoding)
    let markdown = documents[uri]?.format == .markdown
    var actions: [LSPAny] = []
    for (finding, diagnostic) in zip(analysis.report.findings, analysis.diagnostics)
    where finding.span.lowerBound <= requested.upperBound && requested.lowerBound <= finding.span.upperBound {
      if let fix = finding.fix {
        actions.append(
          action(
            title: "Replace “\(finding.found)” with “\(finding.expected ?? fix.replacement)”", uri: uri,
            diagnostic: diagnostic,
            edit: ["range": lines.lspRange(fix.span, encoding: encoding), "newText": .string(fix.replacement)],
            preferred: true))
      }
      if markdown {
        // A finding about no fact is silenced by its rule's id.
        let silenced = finding.factId ?? finding.rule
        actions.append(
          action(
            title: "Ignore \(finding.factId == nil ? "rule" : "fact") \(silenced) on this line", uri: uri,
            diagnostic: diagnostic, edit: suppressionEdit(factId: silenced, at: finding.span.lowerBound, lines: lines),
            preferred: false))
      }
    }
    return .array(actions)
  }

  private func action(title: String, uri: String, diagnostic: LSPAny, edit: LSPAny, preferred: Bool) -> LSPAny {
    [
      "title": .string(title), "kind": "quickfix", "diagnostics": [diagnostic], "isPreferred": .bool(preferred),
      "edit": ["changes": .object([uri: [edit]])],
    ]
  }

  /// Inserts `<!-- factlint-disable-next-line ID -->` above the figure's line, indented like it, ended by the
  /// document's own line break.
  private func suppressionEdit(factId: String, at offset: Int, lines: LineTable) -> LSPAny {
    let line = lines.line(containing: offset)
    let start = lines.lineStarts[line]
    let indent = lines.bytes[start..<lines.contentRange(ofLine: line).upperBound].prefix { $0 == 0x20 || $0 == 0x09 }
    let lineBreak =
      lines.lineBreak(endingLine: line) ?? (line > 0 ? lines.lineBreak(endingLine: line - 1) : nil)
      ?? "\n"
    let text = String(decoding: indent, as: UTF8.self) + "<!-- factlint-disable-next-line \(factId) -->" + lineBreak
    let position = lines.lspPosition(ofOffset: start, encoding: encoding)
    return ["range": ["start": position, "end": position], "newText": .string(text)]
  }
}
