/// Writes JSON as UTF-8 bytes, compact or indented, without building a tree or a `String`.
///
/// Strings are copied in runs of bytes that need no escape, so a report of 100,000 findings costs about as much
/// as writing its text: the cost that made JSON output four times slower than plain text.
public struct JSONBytes: JSONSink {
  public private(set) var bytes: [UInt8] = []
  private let indent: Int
  /// Per open container: whether it has a member yet.
  private var filled: [Bool] = []
  private var afterKey = false

  /// - Parameter indent: spaces per level; 0 writes compact JSON on one line.
  public init(indent: Int = 0, capacity: Int = 4096) {
    self.indent = indent
    bytes.reserveCapacity(capacity)
  }

  /// Hands over what was written and starts again, keeping the capacity.
  public mutating func take() -> [UInt8] {
    defer { bytes.removeAll(keepingCapacity: true) }
    return bytes
  }

  @inline(__always)
  private mutating func beforeValue() {
    if afterKey {
      afterKey = false
      return
    }
    guard !filled.isEmpty else { return }
    if filled[filled.count - 1] { bytes.append(UInt8(ascii: ",")) }
    filled[filled.count - 1] = true
    newline(filled.count)
  }

  @inline(__always)
  private mutating func newline(_ level: Int) {
    guard indent > 0 else { return }
    let count = indent * level
    if count < JSONBytes.spaces.count {
      JSONBytes.spaces.withUnsafeBufferPointer {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<(count + 1)]))
      }
    } else {
      bytes.append(0x0A)
      bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }
  }

  /// A line feed and enough spaces for any usual depth, copied in one go.
  private static let spaces: [UInt8] = [0x0A] + [UInt8](repeating: UInt8(ascii: " "), count: 128)

  public mutating func beginObject() {
    beforeValue()
    bytes.append(UInt8(ascii: "{"))
    filled.append(false)
  }

  public mutating func endObject() {
    if filled.removeLast() { newline(filled.count) }
    bytes.append(UInt8(ascii: "}"))
  }

  public mutating func beginArray() {
    beforeValue()
    bytes.append(UInt8(ascii: "["))
    filled.append(false)
  }

  public mutating func endArray() {
    if filled.removeLast() { newline(filled.count) }
    bytes.append(UInt8(ascii: "]"))
  }

  public mutating func key(_ key: String) {
    beforeValue()
    JSONString.append(key, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    if indent > 0 { bytes.append(UInt8(ascii: " ")) }
    afterKey = true
  }

  public mutating func key(_ key: StaticString) {
    beforeValue()
    bytes.append(UInt8(ascii: "\""))
    bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
    if indent > 0 { bytes.append(UInt8(ascii: " ")) }
    afterKey = true
  }

  public mutating func string(_ value: String) {
    beforeValue()
    JSONString.append(value, to: &bytes)
  }

  public mutating func int(_ value: Int) {
    beforeValue()
    JSONBytes.appendDecimal(value, to: &bytes)
  }

  public mutating func double(_ value: Double) {
    beforeValue()
    if value.isFinite && value == value.rounded() && abs(value) < 1e15 {
      JSONBytes.appendDecimal(Int(value), to: &bytes)
    } else if value.isFinite {
      bytes.append(contentsOf: value.description.utf8)
    } else {
      bytes.append(contentsOf: "null".utf8)
    }
  }

  public mutating func bool(_ value: Bool) {
    beforeValue()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  public mutating func null() {
    beforeValue()
    bytes.append(contentsOf: "null".utf8)
  }

  public mutating func raw(_ json: [UInt8]) {
    beforeValue()
    bytes.append(contentsOf: json)
  }

  /// Decimal digits without going through `String`.
  @inline(__always)
  static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
    if value == 0 {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    var magnitude = value.magnitude
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      while magnitude > 0 {
        buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      }
      bytes.append(contentsOf: buffer[(20 - count)...])
    }
  }
}
