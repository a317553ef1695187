import Foundation

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
  func encoded() -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(to: &out)
    return out
  }

  func write(to out: inout [UInt8]) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .int(let i): out.append(contentsOf: String(i).utf8)
    case .double(let d):
      if d.isFinite {
        if d.rounded() == d && abs(d) < 1e15 {
          out.append(contentsOf: String(Int(d)).utf8)
        } else {
          out.append(contentsOf: "\(d)".utf8)
        }
      } else {
        out.append(contentsOf: "null".utf8)
      }
    case .string(let s): LSPAny.writeString(s, to: &out)
    case .array(let elements):
      out.append(UInt8(ascii: "["))
      for (i, element) in elements.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        element.write(to: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (i, key) in members.keys.sorted().enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        LSPAny.writeString(key, to: &out)
        out.append(UInt8(ascii: ":"))
        members[key]!.write(to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  static func writeString(_ string: String, to out: inout [UInt8]) {
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    out.append(UInt8(ascii: "\""))
    var string = string
    string.withUTF8 { bytes in
      var runStart = 0
      for i in 0..<bytes.count {
        let byte = bytes[i]
        guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
        runStart = i + 1
        switch byte {
        case 0x22: out.append(contentsOf: [0x5C, 0x22])
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
          out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }
    out.append(UInt8(ascii: "\""))
  }
}
