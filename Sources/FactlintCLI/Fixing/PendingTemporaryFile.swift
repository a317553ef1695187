import Foundation

/// The C string of the temporary file being written, read by the signal handler; nil when there is none.
///
/// A plain global with a constant initializer, so the handler never runs lazy initialisation.
nonisolated(unsafe) private var pendingPath: UnsafeMutablePointer<CChar>?

/// A fix's temporary file, removed if SIGINT, SIGTERM or SIGHUP ends the process before it is renamed.
///
/// Signals are blocked while the path is created or dropped, so the handler sees either no file or one that
/// exists; after removing it, the handler restores the default action and re-raises, so the process still
/// dies of the signal (status 130 for Ctrl-C) as the shell expects.
enum PendingTemporaryFile {
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// Installs the handlers once; a signal the process was started ignoring (`nohup`) stays ignored.
  static func installHandlers() {
    for number in signals {
      var previous = sigaction()
      sigaction(number, nil, &previous)
      if previousIsIgnored(previous) { continue }
      var action = sigaction()
      #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = removeAndReraise
      #else
        action.__sigaction_handler.sa_handler = removeAndReraise
      #endif
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(number, &action, nil)
    }
  }

  /// Creates a file from a `mkstemp` template and registers it; returns its descriptor and path, or nil.
  static func create(template: String) -> (descriptor: Int32, path: String)? {
    withSignalsBlocked {
      var bytes = Array(template.utf8CString)
      let descriptor = bytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
      guard descriptor >= 0 else { return nil }
      let copy = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
      copy.initialize(from: bytes, count: bytes.count)
      pendingPath = copy
      return (descriptor, String(decoding: bytes.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
  }

  /// Runs `settle` (a rename, or an unlink) with signals blocked, then forgets the file.
  @discardableResult
  static func settle<T>(_ settle: () -> T) -> T {
    withSignalsBlocked {
      let result = settle()
      pendingPath?.deallocate()
      pendingPath = nil
      return result
    }
  }

  private static func withSignalsBlocked<T>(_ body: () -> T) -> T {
    var blocked = sigset_t()
    var previous = sigset_t()
    sigemptyset(&blocked)
    for number in signals { sigaddset(&blocked, number) }
    pthread_sigmask(SIG_BLOCK, &blocked, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    return body()
  }

  private static func previousIsIgnored(_ action: sigaction) -> Bool {
    #if canImport(Darwin)
      let handler = action.__sigaction_u.__sa_handler
    #else
      let handler = action.__sigaction_handler.sa_handler
    #endif
    return handler.map { unsafeBitCast($0, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) } ?? false
  }
}

/// Only async-signal-safe calls: unlink, signal, raise.
private func removeAndReraise(_ number: Int32) {
  if let path = pendingPath { unlink(path) }
  signal(number, SIG_DFL)
  raise(number)
}
