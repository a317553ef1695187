import Drafts

/// Conversions between UTF-8 offsets and LSP `Position`s, always through `LineTable` in the negotiated encoding.
extension LineTable {
  /// The UTF-8 offset of an LSP position; past-the-end lines and columns clamp as the specification asks.
  func offset(of position: LinePosition, encoding: ColumnEncoding) -> Int {
    offset(of: position, in: encoding)
  }

  func lspPosition(ofOffset offset: Int, encoding: ColumnEncoding) -> LSPAny {
    let position = position(ofOffset: offset, in: encoding)
    return ["line": .int(position.line), "character": .int(position.column)]
  }

  func lspRange(_ span: Range<Int>, encoding: ColumnEncoding) -> LSPAny {
    [
      "start": lspPosition(ofOffset: span.lowerBound, encoding: encoding),
      "end": lspPosition(ofOffset: span.upperBound, encoding: encoding),
    ]
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

/// Reading typed values out of params, each failure a -32602 naming the member.
extension LSPAny {
  func member(_ key: String) throws(ResponseError) -> LSPAny {
    guard let value = self[key] else { throw .invalidParams("missing \"\(key)\"") }
    return value
  }

  func string(_ key: String) throws(ResponseError) -> String {
    guard let value = self[key]?.stringValue else { throw .invalidParams("\"\(key)\" must be a string") }
    return value
  }

  func optionalString(_ key: String) throws(ResponseError) -> String? {
    guard let value = self[key], !value.isNull else { return nil }
    guard let string = value.stringValue else { throw .invalidParams("\"\(key)\" must be a string") }
    return string
  }

  func int(_ key: String) throws(ResponseError) -> Int {
    guard let value = self[key]?.intValue else { throw .invalidParams("\"\(key)\" must be an integer") }
    return value
  }

  func object(_ key: String) throws(ResponseError) -> LSPAny {
    guard let value = self[key], value.objectValue != nil else {
      throw .invalidParams("\"\(key)\" must be an object")
    }
    return value
  }

  /// An LSP `Position`: non-negative integer line and character.
  func position(_ key: String) throws(ResponseError) -> LinePosition {
    let value = try object(key)
    guard let line = value["line"]?.intValue, let character = value["character"]?.intValue, line >= 0,
      character >= 0
    else { throw .invalidParams("\"\(key)\" must be a position with non-negative line and character") }
    return LinePosition(line: line, column: character)
  }

  /// An LSP `Range`.
  func range(_ key: String) throws(ResponseError) -> (start: LinePosition, end: LinePosition) {
    let value = try object(key)
    return (try value.position("start"), try value.position("end"))
  }
}
