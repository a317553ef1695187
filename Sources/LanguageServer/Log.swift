import Foundation
import Synchronization

/// How much the server says on stderr; stdout carries LSP frames only, so logs never go there.
public enum LogLevel: Int, Sendable, Comparable, CaseIterable {
  case error = 0
  case warn = 1
  case info = 2
  case debug = 3

  public init?(argument: String) {
    switch argument.lowercased() {
    case "error": self = .error
    case "warn", "warning": self = .warn
    case "info": self = .info
    case "debug", "trace": self = .debug
    default: return nil
    }
  }

  public static func < (a: LogLevel, b: LogLevel) -> Bool { a.rawValue < b.rawValue }

  var label: String {
    switch self {
    case .error: "error"
    case .warn: "warn"
    case .info: "info"
    case .debug: "debug"
    }
  }
}

/// Writes log lines to a sink (stderr by default); lines below `level` are not even formatted.
public struct Logger: Sendable {
  public var level: LogLevel
  private let sink: @Sendable (String) -> Void

  public init(level: LogLevel, sink: @escaping @Sendable (String) -> Void) {
    self.level = level
    self.sink = sink
  }

  /// Logs to the process's stderr, one write per line so concurrent lines never interleave.
  public static func standardError(level: LogLevel) -> Logger {
    Logger(level: level) { line in
      FileHandle.standardError.write(Data((line + "\n").utf8))
    }
  }

  public static let silent = Logger(level: .error) { _ in }

  public func log(_ level: LogLevel, _ message: @autoclosure () -> String) {
    guard level <= self.level else { return }
    sink("factlint-lsp [\(level.label)] \(message())")
  }

  public func error(_ message: @autoclosure () -> String) { log(.error, message()) }
  public func warn(_ message: @autoclosure () -> String) { log(.warn, message()) }
  public func info(_ message: @autoclosure () -> String) { log(.info, message()) }
  public func debug(_ message: @autoclosure () -> String) { log(.debug, message()) }
}
