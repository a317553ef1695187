import Foundation

/// Reads a file descriptor line by line in 64 KiB chunks, holding at most one line (and one chunk) in memory.
///
/// A line longer than `maximumLength` is not kept: it comes back as `.tooLong` once its end is reached, so a
/// runaway input costs a bounded amount of memory whatever its size.
struct LineReader {
  enum Line {
    case text([UInt8])
    case tooLong
  }

  static let chunkSize = 65_536

  private let descriptor: Int32
  let maximumLength: Int
  private var buffer: [UInt8] = []
  private var start = 0
  private var scanned = 0
  private var discarding = false
  private var atEnd = false
  private(set) var failure: Int32?

  init(descriptor: Int32, maximumLength: Int) {
    self.descriptor = descriptor
    self.maximumLength = maximumLength
  }

  /// The next line without its line feed, or nil at the end of the input (or on a read error: see `failure`).
  mutating func next() -> Line? {
    while true {
      if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
        let line = Array(buffer[start..<newline])
        start = newline + 1
        scanned = start
        if discarding {
          discarding = false
          return .tooLong
        }
        return .text(line)
      }
      scanned = buffer.count
      if buffer.count - start > maximumLength {
        discarding = true
        buffer.removeAll(keepingCapacity: true)
        start = 0
        scanned = 0
      }
      if atEnd {
        guard start < buffer.count || discarding else { return nil }
        let line = Array(buffer[start...])
        start = buffer.count
        scanned = start
        if discarding {
          discarding = false
          return .tooLong
        }
        return .text(line)
      }
      fill()
    }
  }

  /// Moves the unread bytes to the front and appends one chunk.
  private mutating func fill() {
    if start > 0 {
      buffer.removeSubrange(0..<start)
      scanned -= start
      start = 0
    }
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, Self.chunkSize) }
      if count < 0 && errno == EINTR { continue }
      if count < 0 { failure = errno }
      buffer.removeLast(Self.chunkSize - max(count, 0))
      if count <= 0 { atEnd = true }
      return
    }
  }
}
