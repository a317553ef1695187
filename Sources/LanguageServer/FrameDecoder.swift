/// Cuts a byte stream into LSP frames (`Content-Length` header, blank line, body), a pure state machine.
///
/// Bytes arrive in chunks of any size, from one byte to many frames; nothing here reads or blocks, so tests feed
/// it directly. A malformed header is reported and skipped, and decoding resumes at the next header.
struct FrameDecoder {
  enum Event: Equatable {
    case frame([UInt8])
    /// A header that could not be used; the connection answers -32700 with a null id and reads on.
    case malformed(String)
  }

  static let maxHeaderLength = 16 * 1024
  static let maxBodyLength = 512 * 1024 * 1024

  private enum State {
    case header
    case body(length: Int)
    case skipping(remaining: Int)
  }

  private var buffer: [UInt8] = []
  private var start = 0
  /// Where the search for the header's end resumes, so a header fed byte by byte is scanned once.
  private var scanned = 0
  private var state = State.header
  private var queued: [Event] = []

  init() {}

  mutating func append(_ bytes: some Collection<UInt8>) {
    if start > 0 && start >= buffer.count / 2 {
      buffer.removeFirst(start)
      scanned -= start
      start = 0
    }
    buffer.append(contentsOf: bytes)
  }

  /// How much to ask the next read for: the rest of a long body in one read (up to 16 MiB), else 64 KiB.
  var preferredReadSize: Int {
    if case .body(let length) = state { return min(16 << 20, max(65_536, length - (buffer.count - start))) }
    return 65_536
  }

  /// Bytes received but not yet part of an event.
  var bufferedCount: Int { buffer.count - start }

  /// Whether the decoder sits between frames, nothing of a next frame received yet.
  var isAtFrameBoundary: Bool {
    if case .header = state { return buffer.count == start }
    return false
  }

  mutating func next() -> Event? {
    while true {
      if !queued.isEmpty { return queued.removeFirst() }
      switch state {
      case .skipping(let remaining):
        let available = buffer.count - start
        let skip = min(available, remaining)
        start += skip
        if skip < remaining {
          state = .skipping(remaining: remaining - skip)
          return nil
        }
        state = .header
        scanned = start
      case .body(let length):
        guard buffer.count - start >= length else { return nil }
        let body = Array(buffer[start..<start + length])
        start += length
        scanned = start
        state = .header
        return .frame(body)
      case .header:
        guard let end = headerEnd() else {
          if buffer.count - start > FrameDecoder.maxHeaderLength {
            // Keep the last three bytes: they may begin the blank line that ends a header.
            start = buffer.count - 3
            scanned = start
            return .malformed("header longer than \(FrameDecoder.maxHeaderLength) bytes without a blank line")
          }
          return nil
        }
        let header = buffer[start..<end]
        start = end + 4
        scanned = start
        parseHeader(header)
      }
    }
  }

  private mutating func headerEnd() -> Int? {
    var i = max(start, scanned)
    let limit = buffer.count - 3
    while i < limit {
      if buffer[i] == 0x0D && buffer[i + 1] == 0x0A && buffer[i + 2] == 0x0D && buffer[i + 3] == 0x0A { return i }
      i += 1
    }
    scanned = max(start, buffer.count - 3)
    return nil
  }

  /// Reads `Content-Length` and checks `Content-Type`; lines it cannot read are reported, not fatal.
  private mutating func parseHeader(_ header: ArraySlice<UInt8>) {
    var length: Int?
    var problems: [String] = []
    var badCharset: String?
    for rawLine in header.split(separator: 0x0A, omittingEmptySubsequences: true) {
      var line = rawLine
      if line.last == 0x0D { line = line.dropLast() }
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
        if !line.isEmpty { problems.append("a header line without ':'") }
        continue
      }
      let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased()
        .trimming(" \t")
      let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimming(" \t")
      if name == "content-length" || name.hasSuffix("content-length") {
        if name != "content-length" { problems.append("garbage before a header") }
        if let n = Int(value), n >= 0, value.allSatisfy(\.isASCII) {
          length = n
        } else {
          problems.append("invalid Content-Length '\(value)'")
        }
      } else if name == "content-type" {
        for parameter in value.split(separator: ";").dropFirst() {
          let pair = parameter.split(separator: "=", maxSplits: 1).map {
            String($0).trimming(" \t\"").lowercased()
          }
          if pair.count == 2, pair[0] == "charset", pair[1] != "utf-8", pair[1] != "utf8" { badCharset = pair[1] }
        }
      }
    }
    guard let length else {
      queued.append(.malformed(problems.first ?? "header without Content-Length"))
      return
    }
    if !problems.isEmpty { queued.append(.malformed(problems[0])) }
    if let badCharset {
      queued.append(.malformed("unsupported charset '\(badCharset)': only utf-8 is supported"))
      state = .skipping(remaining: length)
    } else if length > FrameDecoder.maxBodyLength {
      queued.append(.malformed("Content-Length \(length) exceeds the limit of \(FrameDecoder.maxBodyLength) bytes"))
      state = .skipping(remaining: length)
    } else {
      state = .body(length: length)
    }
  }
}

extension String {
  fileprivate func trimming(_ set: String) -> String {
    let characters = Set(set)
    var slice = Substring(self)
    while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}

/// Frames an outgoing message body.
enum FrameEncoder {
  static func frame(_ body: [UInt8]) -> [UInt8] {
    var out = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
    out.reserveCapacity(out.count + body.count)
    out.append(contentsOf: body)
    return out
  }
}
