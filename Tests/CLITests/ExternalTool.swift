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
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [executable] + arguments
    if let directory { process.currentDirectoryURL = directory }
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    process.environment = env
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let group = DispatchGroup()
    nonisolated(unsafe) var out = Data()
    nonisolated(unsafe) var err = Data()
    group.enter()
    DispatchQueue.global().async {
      out = output.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      err = errors.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
    try? input.fileHandleForWriting.close()
    if group.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      Issue.record("\(executable) \(arguments.joined(separator: " ")) did not finish within \(timeout) s")
    }
    process.waitUntilExit()
    return RunResult(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }

  /// Runs a Python snippet; `sys.argv[1...]` are `arguments`.
  @discardableResult
  static func python(_ script: String, _ arguments: [String] = [], stdin: Data? = nil, timeout: TimeInterval = 120)
    throws -> RunResult
  {
    try run("python3", ["-c", script] + arguments, stdin: stdin, timeout: timeout)
  }
}
