import Foundation

/// Writes to stdout and stderr with write(2): `print` is block-buffered on a pipe and loses order, and
/// FileHandle traps when the reader has gone; here a departed reader just ends the output.
///
/// Standard output is gathered and written in 64 KiB pieces, so a run with thousands of findings makes
/// few system calls.
final class Console: @unchecked Sendable {
  private var buffer: [UInt8] = []
  private let output: Int32
  private let errors: Int32
  let stdoutIsTerminal: Bool
  let stderrIsTerminal: Bool

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

  func err(_ text: String) {
    flush()
    Console.writeAll(errors, Array((text + "\n").utf8))
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    Console.writeAll(output, buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes every byte, retrying short writes and EINTR; gives up quietly when the reader is gone.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }
}
