/// `Location`: a range in another document (where a fact is written).
struct LSPLocation: Hashable {
  var uri: String
  var range: LSPRange

  var lspAny: LSPAny { ["uri": .string(uri), "range": range.lspAny] }
}
