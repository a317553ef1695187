import Foundation
import Synchronization

@testable import LanguageServer

/// Drives a `LanguageServer` in memory, synchronously: bytes in, frames collected from its output sink.
final class DirectClient: Sendable {
  let server: LanguageServer
  private let output: Mutex<FrameDecoder>
  private let nextID = Atomic<Int>(1)

  init(options: LanguageServerOptions = .testing) {
    let output = Mutex(FrameDecoder())
    self.output = output
    let sink = SinkBox()
    server = LanguageServer(options: options, log: .silent) { bytes in sink.append(bytes) }
    self.sink = sink
  }

  private let sink: SinkBox

  /// Collected output bytes, shared with the server's sink closure.
  private final class SinkBox: Sendable {
    let bytes = Mutex<[UInt8]>([])
    func append(_ more: [UInt8]) { bytes.withLock { $0 += more } }
    func take() -> [UInt8] {
      bytes.withLock { b in
        defer { b = [] }; return b
      }
    }
  }

  /// Messages written since the last call, once the server has handled everything sent so far.
  func messages() -> [LSPAny] {
    server.waitUntilIdle()
    let bytes = sink.take()
    return output.withLock { decoder in
      decoder.append(bytes)
      var messages: [LSPAny] = []
      while let event = decoder.next() {
        if case .frame(let body) = event, let message = try? LSPAny.decode(body) { messages.append(message) }
      }
      return messages
    }
  }

  func notify(_ method: String, _ params: LSPAny) {
    let message: LSPAny = ["jsonrpc": "2.0", "method": .string(method), "params": params]
    server.receive(FrameEncoder.frame(message.encoded()))
  }

  /// Sends a request and returns its `result` (or the whole reply when it failed).
  func request(_ method: String, _ params: LSPAny) -> LSPAny {
    let id = nextID.add(1, ordering: .relaxed).oldValue
    let message: LSPAny = ["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params]
    server.receive(FrameEncoder.frame(message.encoded()))
    let reply = messages().first { $0["id"] == .int(id) }
    return reply?["result"] ?? reply ?? .null
  }

  func initialize(encodings: [String]) {
    _ = request(
      "initialize",
      [
        "processId": .null, "rootUri": .null,
        "capabilities": [
          "general": ["positionEncodings": .array(encodings.map(LSPAny.string))],
          "textDocument": ["diagnostic": [:]],
        ],
      ])
    notify("initialized", [:])
  }

  func open(uri: String, text: String) {
    notify(
      "textDocument/didOpen",
      ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text)]])
  }

  func pullItems(uri: String) -> LSPAny {
    request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])["items"] ?? .null
  }
}
