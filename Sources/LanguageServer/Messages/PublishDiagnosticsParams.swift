/// The `textDocument/publishDiagnostics` notification: a document's whole set of diagnostics, replacing the last.
struct PublishDiagnosticsParams {
  static let method = "textDocument/publishDiagnostics"

  var uri: String
  var version: Int?
  var diagnostics: [Diagnostic]

  var lspAny: LSPAny {
    var object: [String: LSPAny] = ["uri": .string(uri), "diagnostics": .array(diagnostics.map(\.lspAny))]
    if let version { object["version"] = .int(version) }
    return .object(object)
  }
}
