/// `WorkspaceEdit` in its `changes` form: text edits per document URI.
struct WorkspaceEdit {
  var changes: [String: [TextEdit]]

  var lspAny: LSPAny { ["changes": .object(changes.mapValues { .array($0.map(\.lspAny)) })] }
}
