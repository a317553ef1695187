import Foundation
import Synchronization
import Testing

@testable import LanguageServer

/// Where a test's server runs: in this process on a thread over OS pipes, or as the built `factlint lsp` binary.
enum ServerTransport: Sendable, CustomTestStringConvertible {
  case inProcess
  case process(URL)

  var testDescription: String {
    switch self {
    case .inProcess: "in-process"
    case .process: "factlint lsp"
    }
  }

  /// The in-process server and the built binary, always: a missing or silent `factlint` fails the end-to-end
  /// cases (with the path it was looked for at) instead of dropping them from the run.
  static let available: [ServerTransport] = [.inProcess, .process(BuiltBinary.url ?? BuiltBinary.expected)]
}

struct TestTimeout: Error, CustomStringConvertible {
  var description: String
}

/// A minimal LSP client for tests: frames messages, matches replies by id, waits with timeouts, never hangs.
/// (`@unchecked`: the only unguarded state is the immutable `Process`, whose status calls are thread-safe.)
final class TestClient: @unchecked Sendable {
  private let input: FileHandle
  private let shared = Shared()
  private let nextID = Atomic<Int>(1)
  private let process: Process?

  /// What the reader and server threads share with the test.
  private final class Shared: Sendable {
    let received = Mutex(Received())
    let exitStatus = Mutex<Int32?>(nil)
  }

  private struct Received {
    var decoder = FrameDecoder()
    var messages: [LSPAny] = []
    var closed = false
  }

  static let defaultTimeout: Duration = .seconds(10)

  init(transport: ServerTransport = .inProcess, options: LanguageServerOptions = .testing) throws {
    let toServer = Pipe()
    let fromServer = Pipe()
    input = toServer.fileHandleForWriting
    let output = fromServer.fileHandleForReading
    switch transport {
    case .inProcess:
      process = nil
      let serverInput = toServer.fileHandleForReading
      let serverOutput = fromServer.fileHandleForWriting
      let shared = self.shared
      let thread = Thread {
        let code = LanguageServer.serve(
          input: serverInput.fileDescriptor, output: serverOutput, log: .silent,
          options: options)
        shared.exitStatus.withLock { $0 = code }
        try? serverInput.close()
        try? serverOutput.close()
      }
      thread.start()
    case .process(let url):
      guard FileManager.default.isExecutableFile(atPath: url.path) else {
        throw TestTimeout(
          description: "no factlint binary at \(url.path): the end-to-end LSP tests need it (swift build builds it)")
      }
      let process = Process()
      process.executableURL = url
      process.arguments = ["lsp", "--log-level", "error"]
      process.standardInput = toServer
      process.standardOutput = fromServer
      process.standardError = FileHandle.nullDevice
      try process.run()
      try? toServer.fileHandleForReading.close()
      try? fromServer.fileHandleForWriting.close()
      self.process = process
    }
    let shared = self.shared
    let reader = Thread {
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(output.fileDescriptor, $0.baseAddress, 65_536) }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { break }
        shared.received.withLock { state in
          state.decoder.append(buffer[0..<count])
          while let event = state.decoder.next() {
            if case .frame(let body) = event, let message = try? LSPAny.decode(body) { state.messages.append(message) }
          }
        }
      }
      shared.received.withLock { $0.closed = true }
    }
    reader.start()
  }

  deinit {
    try? input.close()
    if let process, process.isRunning { process.terminate() }
  }

  // MARK: Sending

  func sendRaw(_ bytes: [UInt8]) {
    try? input.write(contentsOf: Data(bytes))
  }

  func sendRaw(_ text: String) { sendRaw(Array(text.utf8)) }

  static func frame(_ message: LSPAny) -> [UInt8] { FrameEncoder.frame(message.encoded()) }

  static func frame(body: String) -> [UInt8] { Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8) }

  func send(_ message: LSPAny) { sendRaw(Self.frame(message)) }

  func notify(_ method: String, _ params: LSPAny = [:]) {
    send(["jsonrpc": "2.0", "method": .string(method), "params": params])
  }

  func makeID() -> Int { nextID.add(1, ordering: .relaxed).oldValue }

  /// Sends a request and returns the whole reply (`result` or `error` inside).
  @discardableResult
  func request(_ method: String, _ params: LSPAny = [:], timeout: Duration = defaultTimeout) throws -> LSPAny {
    let id = makeID()
    send(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params])
    return try reply(to: .int(id), timeout: timeout)
  }

  /// The `result` of a request that must succeed.
  func result(_ method: String, _ params: LSPAny = [:]) throws -> LSPAny {
    let reply = try request(method, params)
    if let error = reply["error"] { Issue.record("\(method) failed: \(error)") }
    return reply["result"] ?? .null
  }

  // MARK: Receiving

  func reply(to id: LSPAny, timeout: Duration = defaultTimeout) throws -> LSPAny {
    try waitFor(timeout: timeout, "a reply to \(id)") { $0["id"] == id && $0["method"] == nil }
  }

  /// Waits for, and removes, the first message received that matches.
  func waitFor(
    timeout: Duration = defaultTimeout, _ what: String, where predicate: (LSPAny) -> Bool
  ) throws -> LSPAny {
    let deadline = ContinuousClock.now + timeout
    while true {
      let found: LSPAny? = shared.received.withLock { state in
        guard let index = state.messages.firstIndex(where: predicate) else { return nil }
        return state.messages.remove(at: index)
      }
      if let found { return found }
      if ContinuousClock.now > deadline || shared.received.withLock({ $0.closed && $0.messages.isEmpty }) {
        throw TestTimeout(description: "timed out waiting for \(what)")
      }
      Thread.sleep(forTimeInterval: 0.001)
    }
  }

  /// Waits for the next `textDocument/publishDiagnostics` for `uri`.
  func waitForDiagnostics(uri: String, timeout: Duration = defaultTimeout) throws -> [LSPAny] {
    let message = try waitFor(timeout: timeout, "diagnostics for \(uri)") {
      $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.stringValue == uri
    }
    return message["params"]?["diagnostics"]?.arrayValue ?? []
  }

  /// Messages received and not yet taken, without waiting.
  func pending() -> [LSPAny] { shared.received.withLock { $0.messages } }

  func drainNotifications() { shared.received.withLock { $0.messages.removeAll() } }

  // MARK: Lifecycle

  @discardableResult
  func initialize(
    encodings: [String]? = nil, pull: Bool = false, watchers: Bool = false, rootPath: String? = nil,
    options: LSPAny? = nil
  ) throws -> LSPAny {
    var capabilities: [String: LSPAny] = [:]
    if let encodings { capabilities["general"] = ["positionEncodings": .array(encodings.map(LSPAny.string))] }
    var textDocument: [String: LSPAny] = [
      "hover": ["contentFormat": ["markdown", "plaintext"]],
      "publishDiagnostics": ["relatedInformation": true, "codeDescriptionSupport": true, "dataSupport": true],
    ]
    if pull { textDocument["diagnostic"] = ["dynamicRegistration": false] }
    capabilities["textDocument"] = .object(textDocument)
    if watchers { capabilities["workspace"] = ["didChangeWatchedFiles": ["dynamicRegistration": true]] }
    var params: [String: LSPAny] = [
      "processId": .int(Int(getpid())), "capabilities": .object(capabilities),
      "rootUri": rootPath.map { .string(DocumentURI.uri(ofPath: $0)) } ?? .null,
    ]
    if let options { params["initializationOptions"] = options }
    let result = try result("initialize", .object(params))
    notify("initialized")
    return result
  }

  func open(uri: String, text: String, languageId: String = "markdown", version: Int = 1) {
    notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(uri), "languageId": .string(languageId), "version": .int(version),
          "text": .string(text),
        ]
      ])
  }

  /// Sends shutdown and exit, then waits for the server to end; returns its exit status.
  func shutdownAndExit() throws -> Int32 {
    _ = try result("shutdown", .null)
    notify("exit")
    return try waitForExit()
  }

  func waitForExit(timeout: Duration = defaultTimeout) throws -> Int32 {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      if let process {
        if !process.isRunning { return process.terminationStatus }
      } else if let status = shared.exitStatus.withLock({ $0 }) {
        return status
      }
      Thread.sleep(forTimeInterval: 0.002)
    }
    process?.terminate()
    throw TestTimeout(description: "the server did not exit")
  }

  func closeInput() { try? input.close() }
}

extension LanguageServerOptions {
  /// A short debounce keeps push tests fast; facts files resolve from the repository.
  static var testing: LanguageServerOptions {
    LanguageServerOptions(pushDelay: .milliseconds(5), factSearchDirectories: [BuiltBinary.repositoryRoot.path])
  }
}

/// The `factlint` executable built next to this test bundle.
enum BuiltBinary {
  static let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let url: URL? = {
    var candidates: [URL] = []
    if let products = Bundle.main.executableURL?.deletingLastPathComponent() {
      candidates.append(products.appendingPathComponent("factlint"))
    }
    for build in [".build-lsp", ".build"] {
      candidates.append(repositoryRoot.appendingPathComponent("\(build)/debug/factlint"))
    }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  /// Where `swift build` puts the binary, named in the failure when it is not there.
  static var expected: URL { repositoryRoot.appendingPathComponent(".build/debug/factlint") }
}
