/// `Position`: a zero-based line and a column in the negotiated encoding.
struct LSPPosition: Hashable {
  var line: Int
  var character: Int

  var lspAny: LSPAny { ["line": .int(line), "character": .int(character)] }
}

/// `Range`: two positions, the end exclusive.
struct LSPRange: Hashable {
  var start: LSPPosition
  var end: LSPPosition

  var lspAny: LSPAny { ["start": start.lspAny, "end": end.lspAny] }
}
