import Drafts

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
