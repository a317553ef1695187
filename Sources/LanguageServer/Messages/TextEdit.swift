/// `TextEdit`: replace `range` with `newText` (an insertion when the range is empty).
struct TextEdit: Hashable {
  var range: LSPRange
  var newText: String

  var lspAny: LSPAny { ["range": range.lspAny, "newText": .string(newText)] }
}
