import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension LanguageServer {
  /// Serves LSP on stdin/stdout until `exit` or end of input; returns the process exit status.
  ///
  /// SIGPIPE is ignored so a vanished client ends the loop with an error instead of killing the process.
  public static func runOverStdio(logLevel: LogLevel = .warn, options: LanguageServerOptions = .init()) -> Int32 {
    signal(SIGPIPE, SIG_IGN)
    return serve(
      input: STDIN_FILENO, output: FileHandle.standardOutput, log: .standardError(level: logLevel), options: options)
  }

  /// Serves LSP reading `input` and writing frames to `output` (stdio, or pipes in tests) until `exit` or end of
  /// input.
  public static func serve(
    input: Int32, output: FileHandle, log: Logger, options: LanguageServerOptions = .init()
  ) -> Int32 {
    let broken = Mutex(false)
    let server = LanguageServer(options: options, log: log) { bytes in
      guard !broken.withLock({ $0 }) else { return }
      do {
        try output.write(contentsOf: Data(bytes))
      } catch {
        broken.withLock { $0 = true }
        log.error("cannot write frames (\(error)); the client is gone")
      }
    }
    log.info("factlint language server started (pid \(getpid()))")
    let status = server.readInput(from: input, until: { broken.withLock { $0 } })
    log.info("exiting with status \(status)")
    return status
  }

  /// Reads `input` until `exit`, its end, or `clientGone()`, and returns the exit status. Reads take 64 KiB
  /// chunks with `read(2)` (the rest of a long body in one read), never byte by byte, and wait while the backlog
  /// is over `backlogLimit`: a client that stops reading replies stops being read.
  func readInput(from input: Int32, until clientGone: () -> Bool) -> Int32 {
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while !clientGone() {
      waitForRoom()
      let wanted = preferredReadSize
      if buffer.count < wanted { buffer = [UInt8](repeating: 0, count: wanted) }
      let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, wanted) }
      if count < 0 {
        if errno == EINTR { continue }
        log.error("reading input failed: errno \(errno)")
        break
      }
      if count == 0 {
        log.info("end of input")
        break
      }
      guard receive(buffer[0..<count]) else { break }
    }
    return finish()
  }
}
