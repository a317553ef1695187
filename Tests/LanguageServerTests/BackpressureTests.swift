import Foundation
import Synchronization
import Testing

@testable import LanguageServer

/// A client that sends without reading replies: the server must stop reading instead of queueing all it is sent.
@Suite struct BackpressureTests {
  @Test func aClientThatDoesNotReadStopsTheServerReading() throws {
    let limit = 64 << 10
    var options = LanguageServerOptions.testing
    options.backlogLimit = limit
    // Writes block until the test leaves the group, as they would on a pipe nobody reads.
    let clientReads = DispatchGroup()
    clientReads.enter()
    let replies = Mutex<(decoder: FrameDecoder, ids: [Int: Int])>((FrameDecoder(), [:]))
    let server = LanguageServer(options: options, log: .silent) { bytes in
      clientReads.wait()
      replies.withLock { replies in
        replies.decoder.append(bytes)
        while let event = replies.decoder.next() {
          guard case .frame(let body) = event, let id = (try? LSPAny.decode(body))?["id"]?.intValue else { continue }
          replies.ids[id, default: 0] += 1
        }
      }
    }
    let piped = PipedServer(server)
    let toServer = piped.toServer

    let count = 10_000
    var requests = TestClient.frame([
      "jsonrpc": "2.0", "id": 0, "method": "initialize", "params": ProtocolTests.initializeParams,
    ])
    let padding = LSPAny.string(String(repeating: "x", count: 200))
    for id in 1...count {
      requests += TestClient.frame(["jsonrpc": "2.0", "id": .int(id), "method": "test/none", "params": ["p": padding]])
    }
    let writer = toServer.fileHandleForWriting
    let sent = Atomic<Bool>(false)
    let allRequests = requests
    Thread {
      try? writer.write(contentsOf: Data(allRequests))
      sent.store(true, ordering: .sequentiallyConsistent)
    }.start()

    // Without backpressure the server reads all 2.8 MB and queues every message; with it, reading stops.
    try waitUntil("the server stops reading or takes everything") {
      server.backlog.isReaderWaiting || sent.load(ordering: .sequentiallyConsistent)
    }
    #expect(server.backlog.isReaderWaiting)
    // One read (64 KiB of frames, each weighing its body plus the per-message overhead) may pass the limit.
    let oneRead = 65_536 / 250 * (250 + Backlog.messageOverhead)
    #expect(server.backlog.bytes <= limit + oneRead, "\(server.backlog.bytes) bytes waiting")
    let sentEverything = sent.load(ordering: .sequentiallyConsistent)
    #expect(!sentEverything, "the client's writes must block")

    // Once the client reads again, everything is answered and the session ends normally.
    clientReads.leave()
    try waitUntil("every request answered") { replies.withLock { $0.ids.count } == count + 1 }
    #expect(replies.withLock { $0.ids.values.allSatisfy { $0 == 1 } })
    try? writer.write(contentsOf: Data(TestClient.frame(["jsonrpc": "2.0", "id": -1, "method": "shutdown"])))
    try waitUntil("the shutdown reply") { replies.withLock { $0.ids[-1] } == 1 }
    try? writer.write(contentsOf: Data(TestClient.frame(["jsonrpc": "2.0", "method": "exit"])))
    try waitUntil("the server to exit") { piped.status != nil }
    #expect(piped.status == 0)
  }

  /// Polls `condition` until it holds; throws after 20 s, which only a hang takes.
  private func waitUntil(_ what: String, _ condition: () -> Bool) throws {
    let deadline = ContinuousClock.now + .seconds(20)
    while !condition() {
      guard ContinuousClock.now < deadline else { throw TestTimeout(description: "timed out waiting for \(what)") }
      Thread.sleep(forTimeInterval: 0.005)
    }
  }
}
