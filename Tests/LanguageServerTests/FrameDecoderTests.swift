import Testing

@testable import LanguageServer

@Suite struct FrameDecoderTests {
  static let body = #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#
  static let frame = Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)

  private func events(_ chunks: [[UInt8]]) -> [FrameDecoder.Event] {
    var decoder = FrameDecoder()
    var events: [FrameDecoder.Event] = []
    for chunk in chunks {
      decoder.append(chunk)
      while let event = decoder.next() { events.append(event) }
    }
    return events
  }

  @Test func frameFedByteByByte() {
    let result = events(Self.frame.map { [$0] })
    #expect(result == [.frame(Array(Self.body.utf8))])
  }

  @Test func twoFramesInOneChunk() {
    let result = events([Self.frame + Self.frame])
    #expect(result == [.frame(Array(Self.body.utf8)), .frame(Array(Self.body.utf8))])
  }

  @Test func frameSplitAcrossHeaderAndBody() {
    let cut = Self.frame.count - 10
    let result = events([Array(Self.frame[..<5]), Array(Self.frame[5..<cut]), Array(Self.frame[cut...]) + Self.frame])
    #expect(result.count == 2)
  }

  @Test func extraHeadersAndCaseAreAccepted() {
    let text = "content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}"
    #expect(events([Array(text.utf8)]) == [.frame(Array("{}".utf8))])
  }

  @Test func missingLengthIsReportedAndDecodingResumes() {
    let bad = Array("X-Nothing: 1\r\n\r\n".utf8)
    let result = events([bad + Self.frame])
    #expect(result.count == 2)
    guard case .malformed = result.first else {
      Issue.record("expected a malformed event first")
      return
    }
    #expect(result.last == .frame(Array(Self.body.utf8)))
  }

  @Test func invalidLengthIsReported() {
    let result = events([Array("Content-Length: -4\r\n\r\n".utf8) + Self.frame])
    #expect(result.count == 2)
    #expect(result.last == .frame(Array(Self.body.utf8)))
  }

  @Test func unsupportedCharsetSkipsTheBody() {
    let text = "Content-Length: 2\r\nContent-Type: application/json; charset=latin1\r\n\r\n{}"
    let result = events([Array(text.utf8) + Self.frame])
    #expect(result.count == 2)
    #expect(result.last == .frame(Array(Self.body.utf8)))
  }

  @Test func garbageGluedToAHeaderIsResynchronised() {
    let result = events([Array("}}garbage".utf8) + Self.frame])
    #expect(result.last == .frame(Array(Self.body.utf8)))
  }

  @Test func bodiesAreBinarySafeAndMultiByte() {
    let body = #"{"t":"é😀\r\n"}"#
    let frame = Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
    #expect(events(frame.map { [$0] }) == [.frame(Array(body.utf8))])
  }

  /// The frames decoded from `bytes`, fed whole and byte by byte: both ways must agree.
  private func frames(_ bytes: [UInt8]) -> [[UInt8]] {
    let whole = events([bytes]).compactMap { if case .frame(let body) = $0 { body } else { nil } }
    let byByte = events(bytes.map { [$0] }).compactMap { if case .frame(let body) = $0 { body } else { nil } }
    #expect(whole == byByte)
    return whole
  }

  static let requestBody = #"{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"a":1}}"#

  @Test(arguments: ["-4", "nope", "0x10", "+5", "99999999999999999999999", "\(FrameDecoder.maxBodyLength + 1)"])
  func badLengthWithABodyResynchronisesOnTheNextHeader(length: String) {
    let bad = Array("Content-Length: \(length)\r\n\r\n\(Self.requestBody)".utf8)
    #expect(frames(bad + Self.frame + Self.frame) == [Array(Self.body.utf8), Array(Self.body.utf8)])
  }

  @Test func lengthShorterThanItsBodyResynchronises() {
    let short = Array("Content-Length: 10\r\n\r\n\(Self.requestBody)".utf8)
    let result = frames(short + Self.frame)
    #expect(result == [Array(Self.requestBody.utf8.prefix(10)), Array(Self.body.utf8)])
  }

  @Test(arguments: [0, 1, 30, 60])
  func bodyCutShortGivesWayToTheNextHeader(sent: Int) {
    let cut = Array("Content-Length: \(Self.requestBody.utf8.count)\r\n\r\n".utf8) + Self.requestBody.utf8.prefix(sent)
    #expect(frames(cut + Self.frame + Self.frame) == [Array(Self.body.utf8), Array(Self.body.utf8)])
  }

  @Test func junkLinesBeforeAHeaderAreSkipped() {
    let junk = Array("\u{0}garbage: {\"x\":1}\r\nmore junk\r\n".utf8)
    #expect(frames(junk + Self.frame) == [Array(Self.body.utf8)])
    let prefix = Array("Content-Len".utf8)
    #expect(frames(prefix + Self.frame) == [Array(Self.body.utf8)])
  }

  /// Found by the fuzz test: the junk line made the cut header look complete, with the stale length.
  @Test func headerCutShortAndRunIntoTheNextIsSkipped() {
    let cut = Array("Content-Length: 91\r\nContent-L".utf8)
    #expect(frames(cut + Self.frame) == [Array(Self.body.utf8)])
  }

  @Test func overlongHeaderDoesNotSwallowTheNextFrame() {
    let junk = [UInt8](repeating: UInt8(ascii: "x"), count: FrameDecoder.maxHeaderLength + 100)
    #expect(frames(junk + Self.frame) == [Array(Self.body.utf8)])
  }

  @Test func jsonMentioningAHeaderIsAnOrdinaryBody() {
    let body = #"{"text":"Content-Length: 5\r\n\r\nContent-Length: 3","Content-Length:":"c"}"#
    let frame = Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
    #expect(frames(frame + Self.frame) == [Array(body.utf8), Array(Self.body.utf8)])
  }

  @Test func longBodyAsksForTheRestInOneRead() {
    var decoder = FrameDecoder()
    decoder.append(Array("Content-Length: 200000\r\n\r\nabc".utf8))
    #expect(decoder.next() == nil)
    #expect(decoder.preferredReadSize == 200_000 - 3)
  }
}

@Suite struct JSONTests {
  @Test func booleansAndIntegersStayApart() throws {
    let value = try LSPAny.decode(Array(#"{"a":true,"b":1,"c":0,"d":false,"e":1.5,"f":-3,"g":null}"#.utf8))
    #expect(value["a"] == .bool(true))
    #expect(value["b"] == .int(1))
    #expect(value["c"] == .int(0))
    #expect(value["d"] == .bool(false))
    #expect(value["e"] == .double(1.5))
    #expect(value["f"] == .int(-3))
    #expect(value["g"] == .null)
  }

  @Test func encodingRoundTrips() throws {
    let value: LSPAny = [
      "text": "é😀 \"quoted\" \\ \n\r\t \u{01} end", "n": 42, "x": 2.5, "list": [true, false, nil], "empty": [:],
    ]
    let decoded = try LSPAny.decode(value.encoded())
    #expect(decoded == value)
  }

  @Test func keysAreSortedForStableBytes() {
    let value: LSPAny = ["b": 1, "a": 2, "c": ["z": 1, "y": 2]]
    #expect(String(decoding: value.encoded(), as: UTF8.self) == #"{"a":2,"b":1,"c":{"y":2,"z":1}}"#)
  }

  @Test func invalidJSONThrows() {
    #expect(throws: JSONDecodingFailure.self) { try LSPAny.decode(Array("{bad".utf8)) }
    #expect(throws: JSONDecodingFailure.self) { try LSPAny.decode(Array("".utf8)) }
  }

  @Test func deepNestingDoesNotCrash() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    _ = try? LSPAny.decode(Array(deep.utf8))
  }
}
