/// `initialize`'s result. The capabilities are not written by hand: each registered request handler adds its
/// own (`RequestHandler.advertise`), so what is advertised is what is served.
struct InitializeResult {
  static let method = "initialize"

  var capabilities: [String: LSPAny]
  var serverName = "factlint"
  var serverVersion: String

  var lspAny: LSPAny {
    [
      "capabilities": .object(capabilities),
      "serverInfo": ["name": .string(serverName), "version": .string(serverVersion)],
    ]
  }
}
