import Drafts

/// An open document's text as the client has it, kept as UTF-8 bytes.
///
/// Edits splice bytes at offsets computed by `LineTable`, so the text stays byte-identical to the client's through
/// any edit, including CRLF, lone CR and characters outside the BMP. The line table is built when an edit needs
/// it, or adopted from the last check of the same bytes, so a keystroke does not scan the draft twice.
struct TextDocument: Sendable {
  let uri: String
  var languageId: String
  var version: Int
  private(set) var bytes: [UInt8]
  private var lines: LineTable?

  init(uri: String, languageId: String, version: Int, text: String) {
    self.uri = uri
    self.languageId = languageId
    self.version = version
    self.bytes = Array(text.utf8)
  }

  /// The line table of the current bytes.
  mutating func lineTable() -> LineTable {
    if let lines { return lines }
    let built = LineTable(bytes: bytes)
    lines = built
    return built
  }

  /// Takes the line table a check built from exactly these bytes.
  mutating func adopt(_ table: LineTable) {
    if table.bytes.count == bytes.count { lines = table }
  }

  /// Applies one `TextDocumentContentChangeEvent`: a range edit, or the whole text when there is no range.
  mutating func apply(change: LSPAny, encoding: ColumnEncoding) throws(ResponseError) {
    guard change.objectValue != nil else { throw .invalidParams("a content change must be an object") }
    let newText = try change.string("text")
    guard change["range"] != nil else {
      bytes = Array(newText.utf8)
      lines = nil
      return
    }
    let range = try change.range("range")
    let span = lineTable().span(of: range, encoding: encoding)
    lines = nil
    bytes.replaceSubrange(span, with: newText.utf8)
  }
}
