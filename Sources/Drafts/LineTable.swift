#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a column is counted: the CLI counts Unicode scalars, LSP clients UTF-16 code units or UTF-8 bytes.
public enum ColumnEncoding: String, Sendable, Hashable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
  case scalars = "utf-32"
}

/// A zero-based line and column, the column counted in some `ColumnEncoding`.
public struct LinePosition: Sendable, Hashable, Comparable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (a: LinePosition, b: LinePosition) -> Bool {
    a.line != b.line ? a.line < b.line : a.column < b.column
  }
}

/// The one place that converts between UTF-8 offsets and line/column positions.
///
/// Lines end at LF, CRLF or a lone CR, as in LSP. Offsets are UTF-8 byte offsets into the text the table
/// was built from; columns are counted on demand by decoding the one line concerned.
public struct LineTable: Sendable {
  /// The UTF-8 offset where each line starts; the first is always 0.
  public let lineStarts: [Int]
  public let bytes: [UInt8]
  /// Column counts at every `checkpointStride` bytes of long lines, so converting a position on a 50 MB
  /// line scans a few kilobytes, not the whole line.
  private let checkpoints: [Checkpoint]
  static let checkpointStride = 4096

  struct Checkpoint {
    var line: Int
    var offset: Int
    var utf16: Int
    var scalars: Int
  }

  public init(_ text: String) {
    self.init(bytes: Array(text.utf8))
  }

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    starts.reserveCapacity(bytes.count / 40 + 1)
    bytes.withUnsafeBufferPointer { buffer in
      var i = 0
      let n = buffer.count
      guard let base = buffer.baseAddress else { return }
      if memchr(base, 0x0D, n) == nil {
        // No CR anywhere (the common case): let memchr find each LF.
        while i < n, let found = memchr(base + i, 0x0A, n - i) {
          i = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base + 1
          starts.append(i)
        }
        return
      }
      while i < n {
        let byte = buffer[i]
        if byte == 0x0A {
          starts.append(i + 1)
        } else if byte == 0x0D {
          if i + 1 < n && buffer[i + 1] == 0x0A { i += 1 }
          starts.append(i + 1)
        }
        i += 1
      }
    }
    lineStarts = starts
    checkpoints = LineTable.checkpoints(bytes: bytes, lineStarts: starts)
  }

  private static func checkpoints(bytes: [UInt8], lineStarts: [Int]) -> [Checkpoint] {
    var result: [Checkpoint] = []
    for (line, start) in lineStarts.enumerated() {
      let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
      guard end - start > 2 * checkpointStride else { continue }
      var utf16 = 0
      var scalars = 0
      var i = start
      var next = start + checkpointStride
      while i < end {
        if i >= next {
          result.append(Checkpoint(line: line, offset: i, utf16: utf16, scalars: scalars))
          next = i + checkpointStride
        }
        let (length, units) = characterSize(lead: bytes[i])
        utf16 += units
        scalars += 1
        i += length
      }
    }
    return result
  }

  /// The last checkpoint of `line` satisfying `isBefore`, found by binary search.
  private func checkpoint(onLine line: Int, where isBefore: (Checkpoint) -> Bool) -> Checkpoint? {
    guard !checkpoints.isEmpty else { return nil }
    var low = 0
    var high = checkpoints.count
    while low < high {
      let mid = (low + high) / 2
      let c = checkpoints[mid]
      if c.line < line || (c.line == line && isBefore(c)) { low = mid + 1 } else { high = mid }
    }
    guard low > 0, checkpoints[low - 1].line == line else { return nil }
    return checkpoints[low - 1]
  }

  public var lineCount: Int { lineStarts.count }

  /// The zero-based line holding `offset` (an offset on a line break belongs to the line it ends).
  public func line(containing offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }

  /// UTF-8 range of a line's content, line break excluded.
  public func contentRange(ofLine line: Int) -> Range<Int> {
    let start = lineStarts[line]
    var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    if end > start && bytes[end - 1] == 0x0A { end -= 1 }
    if end > start && bytes[end - 1] == 0x0D { end -= 1 }
    return start..<end
  }

  /// The position of a UTF-8 offset; an offset inside a multi-byte character counts as that character's start.
  public func position(ofOffset offset: Int, in encoding: ColumnEncoding) -> LinePosition {
    let clamped = max(0, min(offset, bytes.count))
    let line = line(containing: clamped)
    let start = lineStarts[line]
    if encoding == .utf8 { return LinePosition(line: line, column: clamped - start) }
    var column = 0
    var i = start
    if let mark = checkpoint(onLine: line, where: { $0.offset <= clamped }) {
      column = encoding == .utf16 ? mark.utf16 : mark.scalars
      i = mark.offset
    }
    while i < clamped {
      let (length, units) = LineTable.characterSize(lead: bytes[i])
      if i + length > clamped { break }
      column += encoding == .utf16 ? units : 1
      i += length
    }
    return LinePosition(line: line, column: column)
  }

  /// The UTF-8 offset of a position; a line past the end clamps to the end of the text and a column past
  /// the end of its line clamps to the line's end (before its line break), as LSP asks.
  public func offset(of position: LinePosition, in encoding: ColumnEncoding) -> Int {
    if position.line < 0 { return 0 }
    if position.line >= lineStarts.count { return bytes.count }
    let content = contentRange(ofLine: position.line)
    if encoding == .utf8 {
      var offset = content.lowerBound + max(0, min(position.column, content.count))
      // Never land inside a multi-byte character.
      while offset > content.lowerBound && offset < content.upperBound && bytes[offset] & 0xC0 == 0x80 {
        offset -= 1
      }
      return offset
    }
    var column = 0
    var i = content.lowerBound
    if let mark = checkpoint(
      onLine: position.line, where: { (encoding == .utf16 ? $0.utf16 : $0.scalars) <= position.column })
    {
      column = encoding == .utf16 ? mark.utf16 : mark.scalars
      i = mark.offset
    }
    while i < content.upperBound && column < position.column {
      let (length, units) = LineTable.characterSize(lead: bytes[i])
      let width = encoding == .utf16 ? units : 1
      if column + width > position.column { break }
      column += width
      i = min(i + length, content.upperBound)
    }
    return i
  }

  /// Byte length of the UTF-8 sequence starting with `lead`, and its size in UTF-16 code units.
  @inline(__always)
  static func characterSize(lead: UInt8) -> (bytes: Int, utf16: Int) {
    if lead < 0x80 { return (1, 1) }
    if lead < 0xE0 { return (lead < 0xC0 ? 1 : 2, 1) }
    if lead < 0xF0 { return (3, 1) }
    return (4, 2)
  }
}
