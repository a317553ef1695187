import Synchronization
import TestSupport
import Testing

@testable import LanguageServer

/// Seeded fuzzing of framing: valid messages mixed with garbage, bad headers and cut frames, fed in chunks of every
/// size. Every valid frame must come through exactly once, and the session must still end cleanly.
@Suite struct FramingFuzzTests {
  /// One piece of a generated stream, and what must come of it.
  struct Piece {
    var bytes: [UInt8]
    /// The id of a well-framed request, which must be answered exactly once.
    var answered: Int?
    /// The body of a well-framed message, which the decoder must deliver intact.
    var validBody: [UInt8]?
  }

  /// A stream: initialize first, then a random mix, ending with a `shutdown` request.
  struct Stream {
    var pieces: [Piece] = []
    /// Ids of requests inside damaged frames: never answered.
    var damagedIDs: Set<Int> = []
    /// Ids of well-framed requests declaring a charset other than UTF-8: refused, unless a length running past the
    /// frame before ended inside their `Content-Type` (then what is left of the header is a plain one).
    var charsetIDs: Set<Int> = []
    var bytes: [UInt8] { pieces.flatMap(\.bytes) }
  }

  static let shutdownID = 999_999

  static func request(id: Int, _ generator: inout SeededGenerator) -> [UInt8] {
    let methods = ["fuzz/unknown", "factlint/checkText", "textDocument/hover"]
    let method = methods[Int.random(in: 0..<methods.count, using: &generator)]
    let text = String(repeating: "é:{", count: Int.random(in: 0..<8, using: &generator))
    return LSPAny.object([
      "jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": ["text": .string(text)],
    ]).encoded()
  }

  static func frame(_ body: [UInt8]) -> [UInt8] { FrameEncoder.frame(body) }

  /// Random bytes, digits left out so that junk never completes a `Content-Length:` into a usable header.
  static func garbage(_ generator: inout SeededGenerator) -> [UInt8] {
    var bytes = (0..<Int.random(in: 1...40, using: &generator)).map { _ in
      var byte = UInt8.random(in: 0...255, using: &generator)
      while (0x30...0x39).contains(byte) { byte = UInt8.random(in: 0...255, using: &generator) }
      return byte
    }
    let fragments = ["Content-Len", "Content-Length:", "content-LENGTH: x", "Content-Type: a/b\r\n", "\r\n", "}"]
    if Bool.random(using: &generator) {
      bytes += Array(fragments[Int.random(in: 0..<fragments.count, using: &generator)].utf8)
    }
    return bytes
  }

  static func stream(seed: UInt64, pieces count: Int) -> Stream {
    var generator = SeededGenerator(seed: seed)
    var stream = Stream()
    var nextID = 1
    let initialize = LSPAny.object([
      "jsonrpc": "2.0", "id": 0, "method": "initialize", "params": ["processId": .null, "capabilities": [:]],
    ]).encoded()
    stream.pieces.append(Piece(bytes: frame(initialize), answered: 0, validBody: initialize))
    for _ in 0..<count {
      let id = nextID
      nextID += 1
      let body = request(id: id, &generator)
      switch Int.random(in: 0..<9, using: &generator) {
      case 0, 1:
        stream.pieces.append(Piece(bytes: frame(body), answered: id, validBody: body))
      case 2:
        let note = LSPAny.object(["jsonrpc": "2.0", "method": "fuzz/note", "params": [:]]).encoded()
        stream.pieces.append(Piece(bytes: frame(note), validBody: note))
      case 3:
        stream.pieces.append(Piece(bytes: garbage(&generator)))
      case 4:
        let lengths = ["-4", "nope", "0x10", "+5", "99999999999999999999", "\(FrameDecoder.maxBodyLength + 1)", ""]
        let length = lengths[Int.random(in: 0..<lengths.count, using: &generator)]
        let headers = [
          "Content-Length: \(length)\r\n\r\n", "X-Nothing: 1\r\n\r\n",
          "Content-Type: application/json; charset=latin1\r\nContent-Length: \(body.count)\r\n\r\n",
        ]
        let choice = Int.random(in: 0..<headers.count, using: &generator)
        stream.pieces.append(Piece(bytes: Array(headers[choice].utf8) + body))
        if choice == 2 { stream.charsetIDs.insert(id) } else { stream.damagedIDs.insert(id) }
      case 5:
        // A body cut short of its Content-Length.
        let sent = Int.random(in: 0..<body.count, using: &generator)
        stream.pieces.append(Piece(bytes: Array(frame(body).dropLast(body.count - sent))))
        stream.damagedIDs.insert(id)
      case 6:
        // A header cut short: the frame stops inside it.
        let header = frame([]).count
        stream.pieces.append(Piece(bytes: Array(frame(body).prefix(Int.random(in: 1..<header, using: &generator)))))
        stream.damagedIDs.insert(id)
      case 7:
        // A Content-Length shorter than the body that follows.
        let length = Int.random(in: 1..<body.count, using: &generator)
        stream.pieces.append(Piece(bytes: Array("Content-Length: \(length)\r\n\r\n".utf8) + body))
        stream.damagedIDs.insert(id)
      default:
        let cancel = LSPAny.object(["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": -5]]).encoded()
        stream.pieces.append(Piece(bytes: frame(cancel), validBody: cancel))
      }
    }
    let shutdown = LSPAny.object(["jsonrpc": "2.0", "id": .int(shutdownID), "method": "shutdown"]).encoded()
    stream.pieces.append(Piece(bytes: frame(shutdown), answered: shutdownID, validBody: shutdown))
    return stream
  }

  /// Cuts `bytes` one byte at a time, in random chunks, or whole, by `seed`.
  static func chunks(_ bytes: [UInt8], seed: UInt64) -> [ArraySlice<UInt8>] {
    var generator = SeededGenerator(seed: seed ^ 0xC0FFEE)
    let largest = [1, 7, 64, bytes.count][Int(seed % 4)]
    var chunks: [ArraySlice<UInt8>] = []
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + Int.random(in: 1...max(1, largest), using: &generator))
      chunks.append(bytes[start..<end])
      start = end
    }
    return chunks
  }

  @Test func decoderDeliversEveryValidFrameWhateverSurroundsIt() {
    for seed in UInt64(0)..<600 {
      let stream = Self.stream(seed: seed, pieces: Int(seed % 12) + 1)
      var events: [[FrameDecoder.Event]] = []
      for chunking in [seed, seed + 1] {
        var decoder = FrameDecoder()
        var decoded: [FrameDecoder.Event] = []
        for chunk in Self.chunks(stream.bytes, seed: chunking) {
          decoder.append(chunk)
          while let event = decoder.next() { decoded.append(event) }
        }
        events.append(decoded)
      }
      #expect(events[0] == events[1], "seed \(seed): the events depend on how the bytes were cut")
      let valid = stream.pieces.compactMap(\.validBody)
      let delivered = events[0].compactMap { event -> [UInt8]? in
        guard case .frame(let body) = event, valid.contains(body) else { return nil }
        return body
      }
      #expect(delivered == valid, "seed \(seed)")
      if delivered != valid { return }
    }
  }

  @Test func serverAnswersEveryValidRequestOnceAndShutsDown() throws {
    for seed in UInt64(1000)..<1400 {
      let stream = Self.stream(seed: seed, pieces: Int(seed % 10) + 1)
      let output = Mutex<(decoder: FrameDecoder, messages: [LSPAny])>((FrameDecoder(), []))
      let server = LanguageServer(options: LanguageServerOptions(factSearchDirectories: []), log: .silent) { bytes in
        output.withLock { output in
          output.decoder.append(bytes)
          while let event = output.decoder.next() {
            if case .frame(let body) = event, let message = try? LSPAny.decode(body) { output.messages.append(message) }
          }
        }
      }
      for chunk in Self.chunks(stream.bytes, seed: seed) {
        #expect(server.receive(chunk), "seed \(seed): nothing here is exit")
      }
      server.waitUntilIdle()
      let replies = output.withLock { $0.messages }.filter { $0["method"] == nil }
      var answers: [Int: Int] = [:]
      for reply in replies {
        if let id = reply["id"]?.intValue {
          answers[id, default: 0] += 1
        } else {
          #expect(reply["error"]?["code"] == -32700, "seed \(seed): \(reply)")
        }
      }
      let expected = Set(stream.pieces.compactMap(\.answered))
      let answered = Set(answers.keys).subtracting(stream.charsetIDs)
      #expect(answered == expected, "seed \(seed)")
      #expect(answers.values.allSatisfy { $0 == 1 }, "seed \(seed): a request answered twice")
      #expect(stream.damagedIDs.isDisjoint(with: answers.keys), "seed \(seed): a damaged frame was answered")
      #expect(replies.first { $0["id"] == .int(Self.shutdownID) }?["result"] == .null, "seed \(seed)")
      let exit = LSPAny.object(["jsonrpc": "2.0", "method": "exit"]).encoded()
      #expect(!server.receive(FrameEncoder.frame(exit)), "seed \(seed): exit must stop reading")
      #expect(server.finish() == 0, "seed \(seed)")
      if answered != expected { return }
    }
  }
}
