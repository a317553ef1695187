/// A JSON-RPC request id: LSP allows an integer or a string, and replies must echo it unchanged.
public enum RequestID: Sendable, Hashable, CustomStringConvertible {
  case int(Int)
  case string(String)

  init?(_ value: LSPAny) {
    switch value {
    case .int(let i): self = .int(i)
    case .string(let s): self = .string(s)
    default: return nil
    }
  }

  var json: LSPAny {
    switch self {
    case .int(let i): .int(i)
    case .string(let s): .string(s)
    }
  }

  public var description: String {
    switch self {
    case .int(let i): String(i)
    case .string(let s): "\"\(s)\""
    }
  }
}
