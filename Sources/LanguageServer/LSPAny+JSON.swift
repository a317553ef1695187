import Foundation
import JSONOutput

/// Why a frame's body is not JSON; becomes a -32700 reply.
struct JSONDecodingFailure: Error, Sendable {
  var message: String
}

extension LSPAny {
  /// Parses a message body with Foundation's `JSONSerialization`, which rejects anything that is not strict JSON.
  static func decode(_ bytes: some Collection<UInt8>) throws(JSONDecodingFailure) -> LSPAny {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    } catch {
      throw JSONDecodingFailure(message: "the message is not valid JSON: \(error.localizedDescription)")
    }
    return LSPAny(foundation: object)
  }

  /// Maps `JSONSerialization` output; booleans come as `NSNumber`s of ObjC type "c", told apart from integers here.
  init(foundation object: Any) {
    switch object {
    case let string as String:
      self = .string(string)
    case let number as NSNumber:
      switch String(cString: number.objCType) {
      case "c", "B": self = .bool(number.boolValue)
      case "d", "f": self = .double(number.doubleValue)
      case "Q", "L":
        let unsigned = number.uint64Value
        self = unsigned <= UInt64(Int.max) ? .int(Int(unsigned)) : .double(number.doubleValue)
      default: self = .int(number.intValue)
      }
    case let array as [Any]:
      self = .array(array.map { LSPAny(foundation: $0) })
    case let dictionary as [String: Any]:
      var members: [String: LSPAny] = [:]
      members.reserveCapacity(dictionary.count)
      for (key, value) in dictionary { members[key] = LSPAny(foundation: value) }
      self = .object(members)
    default:
      self = .null
    }
  }

  /// Serialises with keys sorted, so identical values give identical bytes (tests and result ids rely on it).
  ///
  /// Hand-written rather than `JSONSerialization`, which needs bridging and takes milliseconds on long texts.
  package func encoded() -> [UInt8] {
    var out = JSONBytes(capacity: 256)
    write(to: &out)
    return out.bytes
  }

  /// Writes the value into any sink (the frame writer's bytes, a record being built), keys sorted.
  func write<Sink: JSONSink>(to sink: inout Sink) {
    switch self {
    case .null: sink.null()
    case .bool(let b): sink.bool(b)
    case .int(let i): sink.int(i)
    case .double(let d): sink.double(d)
    case .string(let s): sink.string(s)
    case .array(let elements):
      sink.beginArray()
      for element in elements { element.write(to: &sink) }
      sink.endArray()
    case .object(let members):
      sink.beginObject()
      for key in members.keys.sorted() {
        sink.key(key)
        members[key]!.write(to: &sink)
      }
      sink.endObject()
    }
  }
}
