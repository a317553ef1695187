import Foundation
import Testing

/// Runs a tool the CI tests lean on (python3 with jsonschema or pyspark, sh, git), with a deadline.
///
/// A missing tool is a test failure, not a skip: `.ci/run` installs what these tests need.
enum ExternalTool {
  @discardableResult
  static func run(
    _ executable: String, _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil,
    environment: [String: String] = [:], timeout: TimeInterval = 120
  ) throws -> RunResult {
    try ChildProcess.run(
      URL(fileURLWithPath: "/usr/bin/env"), [executable] + arguments, stdin: stdin ?? Data(), in: directory,
      environment: environment, timeout: timeout
    ).result
  }

  /// Runs a Python snippet; `sys.argv[1...]` are `arguments`.
  @discardableResult
  static func python(_ script: String, _ arguments: [String] = [], stdin: Data? = nil, timeout: TimeInterval = 120)
    throws -> RunResult
  {
    try run("python3", ["-c", script] + arguments, stdin: stdin, timeout: timeout)
  }
}
