/// Cuts a byte stream into LSP frames (`Content-Length` header, blank line, body), a pure state machine.
///
/// Bytes arrive in chunks of any size, from one byte to many frames; nothing here reads or blocks, so tests feed
/// it directly. After any framing error (a header it cannot use, a header too long, a body cut short) it reports
/// the error once and resynchronises on the next `Content-Length:`, so one bad frame never hides later ones.
struct FrameDecoder {
  enum Event: Equatable {
    case frame([UInt8])
    /// A frame that could not be used; the connection answers -32700 with a null id and reads on.
    case malformed(String)
  }

  static let maxHeaderLength = 16 * 1024
  static let maxBodyLength = 512 * 1024 * 1024
  /// A header line's value longer than this is not taken for a header when one is looked for inside a body.
  static let maxValueLength = 64

  private enum State {
    /// A header should begin at `start`. `resynchronised` when it was found by searching after an error, which
    /// was reported then: if this one is unusable too, it is skipped silently.
    case header(resynchronised: Bool)
    case body(length: Int)
    /// Dropping bytes up to the next `Content-Length:`, wherever it begins.
    case resynchronising
  }

  private enum HeaderVerdict {
    case usable(length: Int)
    /// `resumeAt` is a `Content-Length:` inside the rejected block that starts a header of its own.
    case rejected(String, resumeAt: Int?)
  }

  private enum LineMatch {
    case match
    case mismatch
    case needMore
  }

  private static let contentLength = Array("content-length:".utf8)
  private static let cr: UInt8 = 0x0D
  private static let lf: UInt8 = 0x0A
  private static let quote = UInt8(ascii: "\"")

  private var buffer: [UInt8] = []
  private var start = 0
  /// No blank line begins in `start..<scanned`, so a header fed byte by byte is scanned once.
  private var scanned = 0
  /// Where the search for a header inside the current body resumes.
  private var bodyScanned = 0
  private var state = State.header(resynchronised: false)

  init() {}

  mutating func append(_ bytes: some Collection<UInt8>) {
    if start > 0 && start >= buffer.count / 2 {
      buffer.removeFirst(start)
      scanned = max(0, scanned - start)
      bodyScanned = max(0, bodyScanned - start)
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
      switch state {
      case .resynchronising:
        guard let found = firstContentLength(from: start) else {
          // Keep a tail that may be the beginning of the next `Content-Length:`.
          start = max(start, buffer.count - (Self.contentLength.count - 1))
          return nil
        }
        start = found
        state = .header(resynchronised: true)
      case .body(let length):
        let end = start + length
        switch headerInsideBody(end: end) {
        case .match:
          let offset = bodyScanned - start
          start = bodyScanned
          scanned = start
          state = .header(resynchronised: true)
          return .malformed("a header begins \(offset) bytes into a body of Content-Length \(length): it was cut short")
        case .needMore:
          return nil
        case .mismatch:
          guard buffer.count >= end else { return nil }
          let body = Array(buffer[start..<end])
          start = end
          scanned = start
          state = .header(resynchronised: false)
          return .frame(body)
        }
      case .header(let resynchronised):
        guard let end = headerEnd() else {
          guard buffer.count - start > FrameDecoder.maxHeaderLength else { return nil }
          // The real header may be glued to the end of this junk: look for it just past where the junk began.
          start += 1
          state = .resynchronising
          if resynchronised { continue }
          return .malformed("header longer than \(FrameDecoder.maxHeaderLength) bytes without a blank line")
        }
        switch parseHeader(buffer[start..<end]) {
        case .usable(let length):
          start = end + 4
          scanned = start
          bodyScanned = start
          state = .body(length: length)
        case .rejected(let reason, let resumeAt):
          if let resumeAt {
            start = resumeAt
            state = .header(resynchronised: true)
          } else {
            start = end + 4
            state = .resynchronising
          }
          if !resynchronised { return .malformed(reason) }
        }
      }
    }
  }

  private mutating func headerEnd() -> Int? {
    var i = max(start, scanned)
    let limit = buffer.count - 3
    while i < limit {
      if buffer[i] == 0x0D && buffer[i + 1] == 0x0A && buffer[i + 2] == 0x0D && buffer[i + 3] == 0x0A {
        scanned = i
        return i
      }
      i += 1
    }
    scanned = max(start, buffer.count - 3)
    return nil
  }

  /// Where the first `Content-Length:` (any case) wholly inside `from..<to` begins.
  private func firstContentLength(from: Int, to: Int? = nil) -> Int? {
    let needle = Self.contentLength
    let end = min(to ?? buffer.count, buffer.count)
    var i = from
    while i <= end - needle.count {
      if Self.lowercased(buffer[i]) == needle[0] && matchesContentLength(at: i) { return i }
      i += 1
    }
    return nil
  }

  private func matchesContentLength(at i: Int) -> Bool {
    guard i + Self.contentLength.count <= buffer.count else { return false }
    for (offset, expected) in Self.contentLength.enumerated() where Self.lowercased(buffer[i + offset]) != expected {
      return false
    }
    return true
  }

  /// Looks in the body for a header line, `Content-Length:` then up to a CRLF without a `"`: JSON cannot hold
  /// one (a string may not contain a raw CR), so finding one means the body was cut short and a new frame began.
  /// `.match` leaves `bodyScanned` on the header; `.needMore` when a line there is not yet complete.
  private mutating func headerInsideBody(end: Int) -> LineMatch {
    let limit = min(end, buffer.count)
    var i = max(bodyScanned, start)
    while i < limit {
      if buffer[i] | 0x20 == 0x63 {  // 'c' or 'C'
        switch headerLine(at: i) {
        case .match:
          bodyScanned = i
          return .match
        case .needMore:
          bodyScanned = i
          return .needMore
        case .mismatch:
          break
        }
      }
      i += 1
    }
    bodyScanned = i
    return .mismatch
  }

  private func headerLine(at position: Int) -> LineMatch {
    var i = position
    for expected in Self.contentLength {
      guard i < buffer.count else { return .needMore }
      if Self.lowercased(buffer[i]) != expected { return .mismatch }
      i += 1
    }
    var valueLength = 0
    while i < buffer.count {
      switch buffer[i] {
      case Self.cr:
        guard i + 1 < buffer.count else { return .needMore }
        return buffer[i + 1] == Self.lf ? .match : .mismatch
      case Self.lf, Self.quote:
        return .mismatch
      default:
        valueLength += 1
        if valueLength > Self.maxValueLength { return .mismatch }
        i += 1
      }
    }
    return .needMore
  }

  private static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// RFC 9110 `tchar`: what a header field name is made of.
  private static func isTokenByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
    case 0x21, 0x23...0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x5E...0x60, 0x7C, 0x7E: true  // !#$%&'*+-.^_`|~
    default: false
    }
  }

  /// Reads `Content-Length` and checks `Content-Type`.
  ///
  /// A rejected block resumes at a `Content-Length:` glued after junk on its line, or starting a line after a line
  /// it could not read: either is a new header that the junk ran into. Its other lines belong to the rejected header.
  /// (Valid JSON cannot hold a header line, and a real header has no `Content-Length:` inside a line.)
  private func parseHeader(_ header: ArraySlice<UInt8>) -> HeaderVerdict {
    var length: Int?
    var problem: String?
    var badCharset: String?
    var resumeAt: Int?
    var afterBadLine = false
    for rawLine in header.split(separator: Self.lf, omittingEmptySubsequences: true) {
      var line = rawLine
      if line.last == Self.cr { line = line.dropLast() }
      // A `Content-Length:` inside a line has junk glued before it: the line is junk, the header starts there.
      let glued = line.isEmpty ? nil : firstContentLength(from: line.startIndex + 1, to: line.endIndex)
      if resumeAt == nil {
        resumeAt = afterBadLine && matchesContentLength(at: line.startIndex) ? line.startIndex : glued
      }
      if glued != nil {
        problem = problem ?? "junk before a header"
        afterBadLine = true
        continue
      }
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
        if !line.isEmpty {
          problem = problem ?? "a header line without ':'"
          afterBadLine = true
        }
        continue
      }
      let nameBytes = line[line.startIndex..<colon].trimmingSpaces()
      guard !nameBytes.isEmpty, nameBytes.allSatisfy(Self.isTokenByte) else {
        problem = problem ?? "junk where a header name should be"
        afterBadLine = true
        continue
      }
      let name = String(decoding: nameBytes, as: UTF8.self).lowercased()
      let valueBytes = line[(colon + 1)...].trimmingSpaces()
      let value = String(decoding: valueBytes, as: UTF8.self)
      if name == "content-length" {
        if !valueBytes.isEmpty, valueBytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(value) {
          length = n
        } else {
          problem = problem ?? "invalid Content-Length '\(value)'"
          afterBadLine = true
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
    if let problem { return .rejected(problem, resumeAt: resumeAt) }
    guard let length else { return .rejected("header without Content-Length", resumeAt: resumeAt) }
    if let badCharset {
      return .rejected("unsupported charset '\(badCharset)': only utf-8 is supported", resumeAt: resumeAt)
    }
    if length > FrameDecoder.maxBodyLength {
      return .rejected(
        "Content-Length \(length) exceeds the limit of \(FrameDecoder.maxBodyLength) bytes", resumeAt: resumeAt)
    }
    return .usable(length: length)
  }
}

extension ArraySlice<UInt8> {
  fileprivate func trimmingSpaces() -> ArraySlice<UInt8> {
    var slice = self
    while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
    while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
    return slice
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
