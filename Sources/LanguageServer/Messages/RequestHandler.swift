/// A request the server answers once running: its method, what it adds to the advertised capabilities, and the
/// handler. `ServerCore.requestHandlers` is the table the dispatcher and `initialize` both read.
struct RequestHandler: Sendable {
  var method: String
  /// Members this request contributes to `ServerCapabilities` (none for factlint's own methods).
  var advertise: @Sendable (_ capabilities: inout [String: LSPAny]) -> Void
  var handle: @Sendable (_ core: ServerCore, _ params: LSPAny) throws(ResponseError) -> LSPAny
}
