import Drafts

/// Conversions between UTF-8 offsets and LSP `Position`s, always through `LineTable` in the negotiated encoding.
extension LineTable {
  /// The UTF-8 offset of an LSP position; past-the-end lines and columns clamp as the specification asks.
  func offset(of position: LinePosition, encoding: ColumnEncoding) -> Int {
    offset(of: position, in: encoding)
  }

  func position(ofOffset offset: Int, encoding: ColumnEncoding) -> LSPPosition {
    let position = position(ofOffset: offset, in: encoding)
    return LSPPosition(line: position.line, character: position.column)
  }

  func range(_ span: Range<Int>, encoding: ColumnEncoding) -> LSPRange {
    LSPRange(
      start: position(ofOffset: span.lowerBound, encoding: encoding),
      end: position(ofOffset: span.upperBound, encoding: encoding))
  }

  /// The UTF-8 range of an LSP range, its ends put in order.
  func span(of range: (start: LinePosition, end: LinePosition), encoding: ColumnEncoding) -> Range<Int> {
    let a = offset(of: range.start, in: encoding)
    let b = offset(of: range.end, in: encoding)
    return min(a, b)..<max(a, b)
  }

  /// The line break ending `line` ("\r\n", "\r" or "\n"), or nil for the last line.
  func lineBreak(endingLine line: Int) -> String? {
    let content = contentRange(ofLine: line)
    let next = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    guard next > content.upperBound else { return nil }
    return String(decoding: bytes[content.upperBound..<next], as: UTF8.self)
  }
}
