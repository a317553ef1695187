import Foundation
import Synchronization
import Testing

@testable import LanguageServer

/// JSON-RPC and lifecycle behaviour over real pipes: every error code, framing edge cases, exit statuses.
@Suite struct ProtocolTests {
  static let initializeParams: LSPAny = ["processId": .null, "rootUri": .null, "capabilities": [:]]

  private func errorCode(_ reply: LSPAny) -> Int? { reply["error"]?["code"]?.intValue }

  @Test(arguments: ServerTransport.available)
  func lifecycleEndsWithStatusZeroAfterShutdown(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    let result = try client.initialize()
    #expect(result["capabilities"]?["positionEncoding"] == "utf-16")
    #expect(result["capabilities"]?["textDocumentSync"]?["change"] == 2)
    #expect(result["serverInfo"]?["name"] == "factlint")
    #expect(try client.shutdownAndExit() == 0)
  }

  @Test(arguments: ServerTransport.available)
  func exitWithoutShutdownEndsWithStatusOne(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize()
    client.notify("exit")
    #expect(try client.waitForExit() == 1)
  }

  @Test(arguments: ServerTransport.available)
  func exitBeforeInitializeIsHonoured(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    client.notify("exit")
    #expect(try client.waitForExit() == 1)
  }

  @Test(arguments: ServerTransport.available)
  func endOfInputEndsTheServer(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize()
    client.closeInput()
    #expect(try client.waitForExit() == 1)
  }

  @Test(arguments: ServerTransport.available)
  func endOfInputAfterShutdownIsSuccess(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize()
    _ = try client.result("shutdown", .null)
    client.closeInput()
    #expect(try client.waitForExit() == 0)
  }

  @Test(arguments: ServerTransport.available)
  func shutdownAnswersNullAndLaterRequestsAreInvalid(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize()
    let reply = try client.request("shutdown", .null)
    #expect(reply["result"] == .null)
    #expect(reply["error"] == nil)
    #expect(errorCode(try client.request("textDocument/hover", [:])) == -32600)
    client.notify("exit")
    #expect(try client.waitForExit() == 0)
  }

  @Test(arguments: ServerTransport.available)
  func requestBeforeInitializeIsRefused(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    #expect(errorCode(try client.request("textDocument/hover", [:])) == -32002)
    #expect(errorCode(try client.request("shutdown", .null)) == -32002)
    // Notifications before initialize are dropped, and the server still initializes afterwards.
    client.open(uri: "file:///early.md", text: "La Chine assure 95 % de la production raffinée de terres rares.")
    try client.initialize()
    #expect(errorCode(try client.request("initialize", Self.initializeParams)) == -32600)
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available)
  func parseErrorRepliesWithNullIdAndReadingGoesOn(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    client.sendRaw(TestClient.frame(body: "{not json"))
    let reply = try client.waitFor("a parse error") { $0["error"]?["code"] == -32700 }
    #expect(reply["id"] == .null)
    // A malformed header is a parse error too, and the next frame is still read.
    client.sendRaw("Content-Length: nope\r\n\r\n")
    _ = try client.waitFor("a header parse error") { $0["error"]?["code"] == -32700 }
    try client.initialize()
    _ = try client.shutdownAndExit()
  }

  /// Each framing error is followed by a request that must still be answered, and the session ends cleanly.
  @Test(arguments: ServerTransport.available)
  func framingErrorsDoNotHideLaterFrames(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize()
    let body = #"{"jsonrpc":"2.0","id":1000,"method":"factlint/checkText","params":{"text":"x"}}"#
    let damaged = [
      "Content-Length: -4\r\n\r\n\(body)", "Content-Length: nope\r\n\r\n\(body)",
      "Content-Length: 0x10\r\n\r\n\(body)", "Content-Length: 99999999999999999999\r\n\r\n\(body)",
      "Content-Length: 12\r\n\r\n\(body)", "Content-Length: 900\r\n\r\n\(body)",
      "Content-Length: \(FrameDecoder.maxBodyLength + 1)\r\n\r\n\(body)", "}}{\"a\":1}\r\n",
    ]
    for (index, bad) in damaged.enumerated() {
      let request: LSPAny = [
        "jsonrpc": "2.0", "id": .int(index + 1), "method": "factlint/checkText", "params": ["text": "Bonjour."],
      ]
      client.sendRaw(Array(bad.utf8) + TestClient.frame(request))
      let reply = try client.reply(to: .int(index + 1))
      #expect(reply["result"]?["findings"] == [], "after \(bad)")
    }
    #expect(try client.shutdownAndExit() == 0)
    #expect(!client.pending().contains { $0["id"] == 1000 }, "a damaged frame must not be answered as a request")
  }

  /// `exit` is read and honoured while the queue is still busy with an earlier request, even one larger than the
  /// backlog limit: the reader must not wait for it, nor `finish()`.
  @Test func exitEndsTheSessionWhileARequestIsStillRunning() throws {
    var options = LanguageServerOptions.testing
    options.backlogLimit = 1024
    // A group entered once: every write waits until the test leaves it, then none waits again.
    let gate = DispatchGroup()
    gate.enter()
    let replying = DispatchSemaphore(value: 0)
    let server = LanguageServer(options: options, log: .silent) { _ in
      replying.signal()
      gate.wait()
    }
    let piped = PipedServer(server)
    let toServer = piped.toServer
    // The reply to initialize cannot be written: the queue stays busy until the gate opens.
    let params: LSPAny = [
      "processId": .null, "rootUri": .null, "capabilities": [:],
      "padding": .string(String(repeating: "x", count: 64 << 10)),
    ]
    try toServer.fileHandleForWriting.write(
      contentsOf: Data(TestClient.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": params])))
    // Once the queue is stuck on the reply, a reader still waiting for the backlog to drain would never see exit.
    #expect(replying.wait(timeout: .now() + 20) == .success)
    try toServer.fileHandleForWriting.write(contentsOf: Data(TestClient.frame(["jsonrpc": "2.0", "method": "exit"])))
    let deadline = ContinuousClock.now + .seconds(20)
    while piped.status == nil && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.005) }
    let ended = piped.status
    gate.leave()
    #expect(ended == 1, "the session must end without waiting for the running request")
  }

  @Test(arguments: ServerTransport.available)
  func invalidRequestsAreAnsweredWithInvalidRequest(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize()
    let bodies: [(String, LSPAny)] = [
      (#"[1,2]"#, .null),
      (#""just a string""#, .null),
      (#"{"jsonrpc":"1.0","id":91,"method":"textDocument/hover","params":{}}"#, 91),
      (#"{"jsonrpc":"2.0","id":92,"method":7}"#, 92),
      (#"{"jsonrpc":"2.0","id":"s93","method":"textDocument/hover","params":5}"#, "s93"),
      (#"{"jsonrpc":"2.0","id":{"x":1},"method":"textDocument/hover"}"#, .null),
      (#"{"jsonrpc":"2.0","id":94}"#, 94),
    ]
    for (body, id) in bodies {
      client.sendRaw(TestClient.frame(body: body))
      let reply = try client.waitFor("an invalid request error for \(body)") { $0["error"] != nil }
      #expect(errorCode(reply) == -32600, "\(body)")
      #expect(reply["id"] == id, "\(body)")
    }
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available)
  func unknownMethodsAndBadParams(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize()
    #expect(errorCode(try client.request("textDocument/nonsense", [:])) == -32601)
    #expect(errorCode(try client.request("$/somethingPrivate", [:])) == -32601)
    // Unknown notifications, `$/` ones included, are ignored without a reply.
    client.notify("custom/whatever", ["x": 1])
    client.notify("$/setTrace", ["value": "off"])
    #expect(errorCode(try client.request("textDocument/hover", ["textDocument": "nope"])) == -32602)
    #expect(errorCode(try client.request("textDocument/hover", .array([1, 2]))) == -32602)
    let badPosition: LSPAny = ["textDocument": ["uri": "file:///x.md"], "position": ["line": -1, "character": 0]]
    #expect(errorCode(try client.request("textDocument/hover", badPosition)) == -32602)
    #expect(errorCode(try client.request("factlint/checkText", ["text": 3])) == -32602)
    #expect(errorCode(try client.request("factlint/checkText", ["text": "x", "lang": "klingon"])) == -32602)
    #expect(client.pending().isEmpty, "notifications must not be answered")
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available)
  func cancelledRequestIsAnsweredRequestCancelled(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize()
    let uri = "file:///cancel.md"
    client.open(uri: uri, text: "Rien à signaler.")
    // The request and its cancellation arrive in one write, so the cancellation is read before the request runs.
    let request: LSPAny = [
      "jsonrpc": "2.0", "id": 500, "method": "textDocument/diagnostic",
      "params": ["textDocument": ["uri": .string(uri)]],
    ]
    let cancel: LSPAny = ["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": 500]]
    client.sendRaw(TestClient.frame(request) + TestClient.frame(cancel))
    let reply = try client.reply(to: 500)
    #expect(errorCode(reply) == -32800)
    // Cancelling something already answered changes nothing.
    client.notify("$/cancelRequest", ["id": 500])
    let later = try client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
    #expect(later["result"]?["kind"] == "full")
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available)
  func frameFedByteByByte(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    let frame = TestClient.frame([
      "jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": ["processId": .null, "rootUri": .null, "capabilities": ["general": ["positionEncodings": ["utf-8"]]]],
    ])
    for byte in frame { client.sendRaw([byte]) }
    let reply = try client.reply(to: 1)
    #expect(reply["result"]?["capabilities"]?["positionEncoding"] == "utf-8")
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available)
  func twoFramesInOneWrite(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize()
    let first: LSPAny = ["jsonrpc": "2.0", "id": 41, "method": "factlint/checkText", "params": ["text": "Bonjour."]]
    let second: LSPAny = ["jsonrpc": "2.0", "id": 42, "method": "shutdown"]
    client.sendRaw(TestClient.frame(first) + TestClient.frame(second))
    #expect(try client.reply(to: 41)["result"]?["findings"] == [])
    #expect(try client.reply(to: 42)["result"] == .null)
    client.notify("exit")
    #expect(try client.waitForExit() == 0)
  }

  @Test(arguments: ServerTransport.available)
  func clientRepliesToServerRequestsAreAccepted(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize(watchers: true)
    let registration = try client.waitFor("registerCapability") { $0["method"] == "client/registerCapability" }
    let watchers = registration["params"]?["registrations"]?[0]?["registerOptions"]?["watchers"]?.arrayValue ?? []
    #expect(watchers.compactMap { $0["globPattern"]?.stringValue } == ["**/facts/**/*.json", "**/.factlint.json"])
    client.send(["jsonrpc": "2.0", "id": registration["id"]!, "result": .null])
    _ = try client.shutdownAndExit()
  }
}
