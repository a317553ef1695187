/// Frames a message body with its `Content-Length` header: the writing half of the framing, kept beside no state.
package enum FrameEncoder {
  package static func frame(_ body: [UInt8]) -> [UInt8] {
    var out = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
    out.reserveCapacity(out.count + body.count)
    out.append(contentsOf: body)
    return out
  }
}
