/// A JSON-RPC error reply; handlers throw it and the connection turns it into the `error` member.
public struct ResponseError: Error, Sendable, Hashable {
  public var code: Int
  public var message: String

  public init(code: Int, message: String) {
    self.code = code
    self.message = message
  }

  public static let parseErrorCode = -32700
  public static let invalidRequestCode = -32600
  public static let methodNotFoundCode = -32601
  public static let invalidParamsCode = -32602
  public static let internalErrorCode = -32603
  public static let serverNotInitializedCode = -32002
  public static let requestFailedCode = -32803
  public static let requestCancelledCode = -32800

  static func parseError(_ message: String) -> ResponseError { ResponseError(code: parseErrorCode, message: message) }
  static func invalidRequest(_ message: String) -> ResponseError {
    ResponseError(code: invalidRequestCode, message: message)
  }
  static func methodNotFound(_ method: String) -> ResponseError {
    ResponseError(code: methodNotFoundCode, message: "method not found: \(method)")
  }
  static func invalidParams(_ message: String) -> ResponseError {
    ResponseError(code: invalidParamsCode, message: "invalid params: \(message)")
  }
  static func requestFailed(_ message: String) -> ResponseError {
    ResponseError(code: requestFailedCode, message: message)
  }
  static let serverNotInitialized = ResponseError(
    code: serverNotInitializedCode, message: "the server has not received the initialize request")
  static let requestCancelled = ResponseError(code: requestCancelledCode, message: "request cancelled")

  var json: LSPAny { ["code": .int(code), "message": .string(message)] }
}
