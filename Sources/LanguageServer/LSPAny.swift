/// A JSON value as LSP carries it (`LSPAny`), Sendable so messages can cross from the reader to the server queue.
///
/// Integers and decimals stay apart so request ids and positions round-trip exactly.
public enum LSPAny: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([LSPAny])
  case object([String: LSPAny])

  public subscript(key: String) -> LSPAny? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  public subscript(index: Int) -> LSPAny? {
    if case .array(let elements) = self, elements.indices.contains(index) { return elements[index] }
    return nil
  }

  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// An integer, also from a decimal with no fraction (some clients send `3.0`).
  public var intValue: Int? {
    switch self {
    case .int(let i): return i
    case .double(let d) where d.rounded() == d && abs(d) < 9.0e15: return Int(d)
    default: return nil
    }
  }

  public var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  public var arrayValue: [LSPAny]? {
    if case .array(let a) = self { return a }
    return nil
  }

  public var objectValue: [String: LSPAny]? {
    if case .object(let o) = self { return o }
    return nil
  }

  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }
}

extension LSPAny: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  public init(nilLiteral: ()) { self = .null }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(floatLiteral value: Double) { self = .double(value) }
  public init(stringLiteral value: String) { self = .string(value) }
  public init(arrayLiteral elements: LSPAny...) { self = .array(elements) }
  public init(dictionaryLiteral elements: (String, LSPAny)...) {
    var members: [String: LSPAny] = [:]
    members.reserveCapacity(elements.count)
    for (key, value) in elements { members[key] = value }
    self = .object(members)
  }
}
