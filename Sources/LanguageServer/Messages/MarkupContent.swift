/// `MarkupContent`: text the client renders as Markdown or shows as it is.
struct MarkupContent {
  var markdown: Bool
  var value: String

  var lspAny: LSPAny { ["kind": .string(markdown ? "markdown" : "plaintext"), "value": .string(value)] }
}
