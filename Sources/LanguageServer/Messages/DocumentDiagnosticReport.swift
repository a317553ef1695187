/// The `textDocument/diagnostic` result: the document's diagnostics, or `unchanged` when the client's
/// `previousResultId` is still current.
enum DocumentDiagnosticReport {
  static let method = "textDocument/diagnostic"

  case full(resultId: String?, items: [Diagnostic])
  case unchanged(resultId: String)

  var lspAny: LSPAny {
    switch self {
    case .full(let resultId, let items):
      var object: [String: LSPAny] = ["kind": "full", "items": .array(items.map(\.lspAny))]
      if let resultId { object["resultId"] = .string(resultId) }
      return .object(object)
    case .unchanged(let resultId):
      return ["kind": "unchanged", "resultId": .string(resultId)]
    }
  }
}
