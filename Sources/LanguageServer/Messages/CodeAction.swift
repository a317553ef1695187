/// One `textDocument/codeAction` result entry: a quick fix for the diagnostics it names.
struct CodeAction {
  static let method = "textDocument/codeAction"
  /// The only kind factlint offers.
  static let quickFix = "quickfix"

  var title: String
  var diagnostics: [Diagnostic]
  var isPreferred: Bool
  var edit: WorkspaceEdit

  var lspAny: LSPAny {
    [
      "title": .string(title), "kind": .string(Self.quickFix), "diagnostics": .array(diagnostics.map(\.lspAny)),
      "isPreferred": .bool(isPreferred), "edit": edit.lspAny,
    ]
  }
}
