import Foundation

/// Writes to stdout and stderr with write(2): `print` is block-buffered on a pipe and loses order, and
/// FileHandle traps when the reader has gone.
///
/// A failed write on standard output (a full disk, a reader that went away) is remembered: later output is
/// dropped, commands stop their work early, and the run ends with an error instead of a clean status.
///
/// Standard output is gathered and written in 64 KiB pieces, so a run with thousands of findings makes
/// few system calls.
final class Console: @unchecked Sendable {
  private var buffer: [UInt8] = []
  private let output: Int32
  private let errors: Int32
  let stdoutIsTerminal: Bool
  let stderrIsTerminal: Bool
  /// The errno of the first failed write on standard output.
  private(set) var outputFailure: Int32?
  var outputFailed: Bool { outputFailure != nil }

  init(output: Int32 = STDOUT_FILENO, errors: Int32 = STDERR_FILENO) {
    self.output = output
    self.errors = errors
    stdoutIsTerminal = isatty(output) == 1
    stderrIsTerminal = isatty(errors) == 1
    buffer.reserveCapacity(65_536)
  }

  func out(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 65_536 { flush() }
  }

  func outLine(_ text: String) { out(text + "\n") }

  /// Bytes written as they are (JSON from the byte writer): no `String` in between.
  func out(bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 65_536 { flush() }
  }

  func err(_ text: String) {
    flush()
    Console.writeAll(errors, Array((text + "\n").utf8))
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    if outputFailure == nil { outputFailure = Console.writeAll(output, buffer) }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes every byte, retrying short writes and EINTR; returns the errno of a failed write, nil on success.
  @discardableResult
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
    bytes.withUnsafeBytes { raw -> Int32? in
      var offset = 0
      while offset < raw.count {
        let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        if written == 0 { return EIO }
        offset += written
      }
      return nil
    }
  }
}
