/// The `textDocument/hover` result: what factlint knows of the figure under the cursor, and the figure's range.
struct Hover {
  static let method = "textDocument/hover"

  var contents: MarkupContent
  var range: LSPRange

  var lspAny: LSPAny { ["contents": contents.lspAny, "range": range.lspAny] }
}
