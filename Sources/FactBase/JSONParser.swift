/// A JSON value that remembers where it stood in its file, so fact-base errors point at a line and column.
public indirect enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONNode])
  case object([(key: String, node: JSONNode)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): true
    case (.bool(let x), .bool(let y)): x == y
    case (.number(let x), .number(let y)): x == y
    case (.string(let x), .string(let y)): x == y
    case (.array(let x), .array(let y)): x == y
    case (.object(let x), .object(let y)):
      x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.node == $1.node }
    default: false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .null: hasher.combine(0)
    case .bool(let b): hasher.combine(b)
    case .number(let n): hasher.combine(n)
    case .string(let s): hasher.combine(s)
    case .array(let a): hasher.combine(a)
    case .object(let o):
      for (key, node) in o {
        hasher.combine(key)
        hasher.combine(node)
      }
    }
  }
}

/// A value and its place: UTF-8 offsets of the value's text in its file.
public struct JSONNode: Sendable, Hashable {
  public var value: JSONValue
  public var span: Range<Int>

  public init(value: JSONValue, span: Range<Int>) {
    self.value = value
    self.span = span
  }

  public subscript(key: String) -> JSONNode? {
    if case .object(let members) = value {
      return members.first { $0.key == key }?.node
    }
    return nil
  }

  public var string: String? {
    if case .string(let s) = value { return s }
    return nil
  }

  public var number: Double? {
    if case .number(let n) = value { return n }
    return nil
  }

  public var bool: Bool? {
    if case .bool(let b) = value { return b }
    return nil
  }

  public var array: [JSONNode]? {
    if case .array(let a) = value { return a }
    return nil
  }

  public var members: [(key: String, node: JSONNode)]? {
    if case .object(let o) = value { return o }
    return nil
  }
}

/// A syntax error at a UTF-8 offset of the text.
public struct JSONSyntaxError: Error, Sendable, Hashable {
  public var message: String
  public var offset: Int
}

/// A strict RFC 8259 parser over UTF-8 bytes that keeps every value's span.
public struct JSONParser {
  private let bytes: [UInt8]
  private var i = 0
  private var depth = 0

  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    var parser = JSONParser(bytes: bytes)
    // A UTF-8 byte-order mark, as some editors write one; offsets stay those of the file.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.i = 3 }
    parser.skipSpace()
    let node = try parser.value()
    parser.skipSpace()
    if parser.i < bytes.count { throw parser.error("unexpected text after the JSON value") }
    return node
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private func error(_ message: String) -> JSONSyntaxError { JSONSyntaxError(message: message, offset: i) }

  private mutating func skipSpace() {
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
  }

  private mutating func value() throws(JSONSyntaxError) -> JSONNode {
    guard i < bytes.count else { throw error("unexpected end of file") }
    let start = i
    switch bytes[i] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return JSONNode(value: .string(try string()), span: start..<i)
    case UInt8(ascii: "t"): try literal("true"); return JSONNode(value: .bool(true), span: start..<i)
    case UInt8(ascii: "f"): try literal("false"); return JSONNode(value: .bool(false), span: start..<i)
    case UInt8(ascii: "n"): try literal("null"); return JSONNode(value: .null, span: start..<i)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw error("unexpected character '\(String(decoding: [bytes[i]], as: UTF8.self))'")
    }
  }

  private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
    let count = word.utf8CodeUnitCount
    let matches = word.withUTF8Buffer { expected in
      i + count <= bytes.count && (0..<count).allSatisfy { bytes[i + $0] == expected[$0] }
    }
    guard matches else { throw error("invalid literal") }
    i += count
  }

  private mutating func nest() throws(JSONSyntaxError) {
    depth += 1
    if depth > 512 { throw error("nesting deeper than 512 levels") }
  }

  private mutating func object() throws(JSONSyntaxError) -> JSONNode {
    let start = i
    try nest()
    i += 1
    var members: [(key: String, node: JSONNode)] = []
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
      i += 1
      depth -= 1
      return JSONNode(value: .object(members), span: start..<i)
    }
    // RFC 8259 leaves duplicate names to the reader; here the second would silently win, so it is an error.
    var keys: Set<String> = []
    while true {
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a string key") }
      let keyStart = i
      let key = try string()
      if !keys.insert(key).inserted {
        throw JSONSyntaxError(message: "duplicate key \"\(key)\" in an object", offset: keyStart)
      }
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
      i += 1
      skipSpace()
      members.append((key, try value()))
      skipSpace()
      guard i < bytes.count else { throw error("unexpected end of file in an object") }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      if bytes[i] == UInt8(ascii: "}") {
        i += 1
        break
      }
      throw error("expected ',' or '}' in an object")
    }
    depth -= 1
    return JSONNode(value: .object(members), span: start..<i)
  }

  private mutating func array() throws(JSONSyntaxError) -> JSONNode {
    let start = i
    try nest()
    i += 1
    var elements: [JSONNode] = []
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
      i += 1
      depth -= 1
      return JSONNode(value: .array(elements), span: start..<i)
    }
    while true {
      skipSpace()
      elements.append(try value())
      skipSpace()
      guard i < bytes.count else { throw error("unexpected end of file in an array") }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      if bytes[i] == UInt8(ascii: "]") {
        i += 1
        break
      }
      throw error("expected ',' or ']' in an array")
    }
    depth -= 1
    return JSONNode(value: .array(elements), span: start..<i)
  }

  private mutating func number() throws(JSONSyntaxError) -> JSONNode {
    let start = i
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    func digits(_ p: inout JSONParser) -> Int {
      let s = p.i
      while p.i < p.bytes.count, p.bytes[p.i] >= 0x30, p.bytes[p.i] <= 0x39 { p.i += 1 }
      return p.i - s
    }
    let integerStart = i
    let integerDigits = digits(&self)
    guard integerDigits > 0 else { throw error("invalid number") }
    if integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") { throw error("invalid number: leading zero") }
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      i += 1
      guard digits(&self) > 0 else { throw error("invalid number: digits expected after '.'") }
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      guard digits(&self) > 0 else { throw error("invalid number: digits expected in the exponent") }
    }
    let text = String(decoding: bytes[start..<i], as: UTF8.self)
    guard let value = Double(text) else { throw error("invalid number") }
    return JSONNode(value: .number(value), span: start..<i)
  }

  private mutating func string() throws(JSONSyntaxError) -> String {
    i += 1
    var out: [UInt8] = []
    while true {
      guard i < bytes.count else { throw error("unterminated string") }
      let byte = bytes[i]
      if byte == UInt8(ascii: "\"") {
        i += 1
        break
      }
      if byte < 0x20 { throw error("control character in a string") }
      if byte != UInt8(ascii: "\\") {
        out.append(byte)
        i += 1
        continue
      }
      i += 1
      guard i < bytes.count else { throw error("unterminated escape") }
      let escape = bytes[i]
      i += 1
      switch escape {
      case UInt8(ascii: "\""): out.append(0x22)
      case UInt8(ascii: "\\"): out.append(0x5C)
      case UInt8(ascii: "/"): out.append(0x2F)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if (0xD800..<0xDC00).contains(scalar) {
          guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
            throw error("unpaired surrogate")
          }
          i += 2
          let low = try hex4()
          guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate") }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
        out.append(contentsOf: Array(String(Character(unicode)).utf8))
      default: throw error("invalid escape")
      }
    }
    guard let text = String(validating: out, as: UTF8.self) else { throw error("invalid UTF-8 in a string") }
    return text
  }

  private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
    guard i + 4 <= bytes.count else { throw error("invalid \\u escape") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[i]
      let d: UInt32
      switch b {
      case 0x30...0x39: d = UInt32(b - 0x30)
      case 0x41...0x46: d = UInt32(b - 0x41 + 10)
      case 0x61...0x66: d = UInt32(b - 0x61 + 10)
      default: throw error("invalid \\u escape")
      }
      v = v * 16 + d
      i += 1
    }
    return v
  }
}
