import Testing

@testable import LanguageServer

/// What `initialize` advertises is exactly what the handler table serves: no capability without a handler, no
/// standard request served but unannounced.
@Suite struct CapabilityTests {
  /// LSP 3.17's server capability for each request method factlint may serve.
  static let specCapability: [String: String] = [
    "textDocument/hover": "hoverProvider",
    "textDocument/codeAction": "codeActionProvider",
    "textDocument/diagnostic": "diagnosticProvider",
    "textDocument/definition": "definitionProvider",
    "textDocument/completion": "completionProvider",
    "textDocument/formatting": "documentFormattingProvider",
    "textDocument/documentSymbol": "documentSymbolProvider",
  ]

  private func initializeResult() -> LSPAny {
    let client = DirectClient()
    return client.request("initialize", ["processId": .null, "rootUri": .null, "capabilities": [:]])
  }

  @Test func everyAdvertisedCapabilityComesFromTheHandlerTable() throws {
    let advertised = try #require(initializeResult()["capabilities"]?.objectValue)
    var fromHandlers: [String: LSPAny] = [:]
    for handler in ServerCore.requestHandlers { handler.advertise(&fromHandlers) }
    // Text sync is served by notifications, the position encoding is negotiated: the only two not from the table.
    let expected = Set(fromHandlers.keys).union(["positionEncoding", "textDocumentSync"])
    #expect(Set(advertised.keys) == expected)
    for (key, value) in fromHandlers { #expect(advertised[key] == value, "\(key)") }
  }

  @Test func everyStandardHandlerAdvertisesTheSpecificationsCapability() throws {
    let advertised = try #require(initializeResult()["capabilities"]?.objectValue)
    let standard = ServerCore.requestHandlers.filter { $0.method.hasPrefix("textDocument/") }
    #expect(!standard.isEmpty)
    for handler in standard {
      let key = try #require(Self.specCapability[handler.method], "\(handler.method) has no capability listed here")
      #expect(advertised[key] != nil, "\(handler.method) is served but \(key) is not advertised")
    }
    // And the other way: a provider that is advertised has a handler.
    for (method, key) in Self.specCapability where advertised[key] != nil {
      #expect(standard.contains { $0.method == method }, "\(key) is advertised but \(method) is not served")
    }
  }

  @Test func everyRegisteredMethodIsAnsweredAndAnUnregisteredOneIsNot() {
    let client = DirectClient()
    client.initialize(encodings: ["utf-16"])
    client.open(uri: "file:///tmp/capability.md", text: "La Chine raffine 95 % des terres rares.\n")
    let params: LSPAny = [
      "textDocument": ["uri": "file:///tmp/capability.md"], "text": "x", "position": ["line": 0, "character": 17],
      "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 20]], "context": [:],
    ]
    for handler in ServerCore.requestHandlers {
      let reply = client.request(handler.method, params)
      #expect(reply["error"]?["code"] != .int(ResponseError.methodNotFoundCode), "\(handler.method)")
    }
    let unknown = client.request("textDocument/definition", params)
    #expect(unknown["error"]?["code"] == .int(ResponseError.methodNotFoundCode))
  }
}
