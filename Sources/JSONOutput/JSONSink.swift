/// Something JSON is written into, token by token: bytes for the command line, an `LSPAny` tree for the server.
///
/// A shape (a finding, an explanation) is written once against this protocol, so every output shares its keys and
/// their order; the generic code specialises per sink, so the byte writer pays no dispatch.
public protocol JSONSink {
  mutating func beginObject()
  mutating func endObject()
  mutating func beginArray()
  mutating func endArray()
  /// The key of the next member; call once before each member's value.
  mutating func key(_ key: String)
  /// A key known when the program was built: written without an escape scan (the program's own keys need none).
  mutating func key(_ key: StaticString)
  mutating func string(_ value: String)
  mutating func int(_ value: Int)
  /// Non-finite values are written as `null`.
  mutating func double(_ value: Double)
  mutating func bool(_ value: Bool)
  mutating func null()
  /// A JSON text written elsewhere, copied as it is (a batch document's `id`, digit for digit).
  mutating func raw(_ json: [UInt8])
}

extension JSONSink {
  /// Sinks that build trees take static keys as strings.
  public mutating func key(_ key: StaticString) { self.key(key.description) }

  public mutating func member(_ name: StaticString, _ value: String) {
    key(name)
    string(value)
  }

  public mutating func member(_ name: StaticString, _ value: Int) {
    key(name)
    int(value)
  }

  public mutating func member(_ name: StaticString, _ value: Bool) {
    key(name)
    bool(value)
  }

  public mutating func member(_ name: StaticString, _ value: String?) {
    key(name)
    if let value { string(value) } else { null() }
  }

  public mutating func member(_ name: StaticString, _ value: Int?) {
    key(name)
    if let value { int(value) } else { null() }
  }

  /// `name: {…}` with the members `body` writes.
  public mutating func object(_ name: StaticString, _ body: (inout Self) -> Void) {
    key(name)
    beginObject()
    body(&self)
    endObject()
  }

  /// `name: […]` with the elements `body` writes.
  public mutating func array(_ name: StaticString, _ body: (inout Self) -> Void) {
    key(name)
    beginArray()
    body(&self)
    endArray()
  }
}
