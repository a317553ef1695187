import Drafts

/// An open document's text as the client has it, kept as UTF-8 bytes with a fresh `LineTable`.
///
/// Edits splice bytes at offsets computed by `LineTable`, so the text stays byte-identical to the client's through
/// any edit, including CRLF, lone CR and characters outside the BMP.
struct TextDocument: Sendable {
  let uri: String
  var languageId: String
  var version: Int
  private(set) var lines: LineTable

  init(uri: String, languageId: String, version: Int, text: String) {
    self.uri = uri
    self.languageId = languageId
    self.version = version
    self.lines = LineTable(text)
  }

  var bytes: [UInt8] { lines.bytes }
  var text: String { String(decoding: lines.bytes, as: UTF8.self) }

  /// Applies one `TextDocumentContentChangeEvent`: a range edit, or the whole text when there is no range.
  mutating func apply(change: LSPAny, encoding: ColumnEncoding) throws(ResponseError) {
    guard change.objectValue != nil else { throw .invalidParams("a content change must be an object") }
    let newText = try change.string("text")
    guard change["range"] != nil else {
      lines = LineTable(newText)
      return
    }
    let span = lines.span(of: try change.range("range"), encoding: encoding)
    var bytes = lines.bytes
    bytes.replaceSubrange(span, with: newText.utf8)
    lines = LineTable(bytes: bytes)
  }
}
