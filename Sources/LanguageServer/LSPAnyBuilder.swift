import JSONOutput

/// A sink that builds an `LSPAny` tree, so the server carries the same records the command line writes as bytes.
struct LSPAnyBuilder: JSONSink {
  private enum Open {
    case object([String: LSPAny], pendingKey: String?)
    case array([LSPAny])
  }

  private var stack: [Open] = []
  private(set) var value: LSPAny = .null

  /// The value `body` writes.
  static func build(_ body: (inout LSPAnyBuilder) -> Void) -> LSPAny {
    var builder = LSPAnyBuilder()
    body(&builder)
    return builder.value
  }

  private mutating func add(_ item: LSPAny) {
    guard let top = stack.popLast() else {
      value = item
      return
    }
    switch top {
    case .object(var members, let key):
      members[key ?? ""] = item
      stack.append(.object(members, pendingKey: nil))
    case .array(var items):
      items.append(item)
      stack.append(.array(items))
    }
  }

  mutating func beginObject() { stack.append(.object([:], pendingKey: nil)) }
  mutating func endObject() {
    if case .object(let members, _) = stack.popLast() { add(.object(members)) }
  }
  mutating func beginArray() { stack.append(.array([])) }
  mutating func endArray() {
    if case .array(let items) = stack.popLast() { add(.array(items)) }
  }
  mutating func key(_ key: String) {
    if case .object(let members, _) = stack.popLast() { stack.append(.object(members, pendingKey: key)) }
  }
  mutating func string(_ value: String) { add(.string(value)) }
  mutating func int(_ value: Int) { add(.int(value)) }
  mutating func double(_ value: Double) { add(value.isFinite ? .double(value) : .null) }
  mutating func bool(_ value: Bool) { add(.bool(value)) }
  mutating func null() { add(.null) }
  /// Raw JSON is decoded; what cannot be is carried as null rather than as a wrong value.
  mutating func raw(_ json: [UInt8]) { add((try? LSPAny.decode(json)) ?? .null) }
}
