/// One decoded frame: a request, a notification, a reply to a server request, or something to answer with an error.
enum IncomingMessage: Sendable {
  case request(id: RequestID, method: String, params: LSPAny?)
  case notification(method: String, params: LSPAny?)
  case response(id: RequestID?, result: LSPAny?, error: LSPAny?)
  /// The reply is sent to `id` when the message had a usable one, else to `null`.
  case invalid(id: RequestID?, error: ResponseError)

  /// Classifies a frame body per JSON-RPC 2.0: not JSON is -32700, not a well-formed message is -32600.
  init(body: [UInt8]) {
    let json: LSPAny
    do {
      json = try LSPAny.decode(body)
    } catch {
      self = .invalid(id: nil, error: .parseError(error.message))
      return
    }
    self.init(json: json)
  }

  init(json: LSPAny) {
    guard case .object(let members) = json else {
      let what = json.arrayValue != nil ? "batches are not supported" : "a message must be a JSON object"
      self = .invalid(id: nil, error: .invalidRequest(what))
      return
    }
    let rawID = members["id"]
    let id = rawID.flatMap(RequestID.init)
    guard members["jsonrpc"]?.stringValue == "2.0" else {
      self = .invalid(id: id, error: .invalidRequest("\"jsonrpc\" must be \"2.0\""))
      return
    }
    guard let methodValue = members["method"] else {
      if rawID != nil, members["result"] != nil || members["error"] != nil {
        self = .response(id: id, result: members["result"], error: members["error"])
      } else {
        self = .invalid(id: id, error: .invalidRequest("a message needs a \"method\" or, as a reply, an \"id\""))
      }
      return
    }
    guard let method = methodValue.stringValue else {
      self = .invalid(id: id, error: .invalidRequest("\"method\" must be a string"))
      return
    }
    let params = members["params"]
    if let params, params.objectValue == nil, params.arrayValue == nil, !params.isNull {
      self = .invalid(id: id, error: .invalidRequest("\"params\" must be an object or an array"))
      return
    }
    guard rawID != nil else {
      self = .notification(method: method, params: params)
      return
    }
    guard let id else {
      self = .invalid(id: nil, error: .invalidRequest("\"id\" must be an integer or a string"))
      return
    }
    self = .request(id: id, method: method, params: params)
  }
}
