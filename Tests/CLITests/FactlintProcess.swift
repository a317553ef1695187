import Foundation
import Testing

/// The package's root folder, found from this file.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// What one run of the built `factlint` binary did.
struct RunResult {
  var status: Int32
  var stdout: String
  var stderr: String

  var json: [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any]
  }
}

/// Runs the `factlint` binary that `swift test` built beside the test bundle, with a deadline so a hang fails
/// the test instead of the run.
enum Factlint {
  static var binary: URL {
    var folder = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("factlint")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/factlint")
  }

  @discardableResult
  static func run(
    _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, environment: [String: String] = [:],
    timeout: TimeInterval = 60
  ) throws -> RunResult {
    try ChildProcess.run(
      binary, arguments, stdin: stdin ?? Data(), in: directory, environment: environment, timeout: timeout
    ).result
  }
}

/// Runs a child process with a deadline, draining its output while feeding its input, so neither a large output
/// nor a hang can block a test: past the deadline the child is stopped and the test records an issue.
enum ChildProcess {
  /// `stdin` nil gives the child /dev/null.
  static func run(
    _ executable: URL, _ arguments: [String], stdin: Data?, in directory: URL? = nil,
    environment: [String: String] = [:], timeout: TimeInterval
  ) throws -> (result: RunResult, timedOut: Bool) {
    // A child that exits before reading all its input (a size limit, a refused draft) must not kill the tests.
    signal(SIGPIPE, SIG_IGN)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    process.environment = env
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    if stdin == nil {
      process.standardInput = FileHandle.nullDevice
    } else {
      process.standardInput = input
    }
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
    if let stdin {
      try? input.fileHandleForWriting.write(contentsOf: stdin)
      try? input.fileHandleForWriting.close()
    }
    var timedOut = false
    if group.wait(timeout: .now() + timeout) == .timedOut {
      timedOut = true
      process.terminate()
      Issue.record(
        "\(executable.lastPathComponent) \(arguments.joined(separator: " ")) did not finish within \(timeout) s")
      // A grandchild (a language server) may still hold the pipes open: stop waiting for them.
      _ = group.wait(timeout: .now() + 2)
    }
    process.waitUntilExit()
    let result = RunResult(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
    return (result, timedOut)
  }
}

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  @discardableResult
  func write(_ relative: String, _ contents: String) throws -> URL {
    try write(relative, Data(contents.utf8))
  }

  @discardableResult
  func write(_ relative: String, _ data: Data) throws -> URL {
    let file = url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: file)
    return file
  }
}
