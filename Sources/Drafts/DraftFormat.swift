/// How a draft is written: Markdown has non-prose parts to skip, plain text is all prose.
public enum DraftFormat: String, Sendable, Hashable {
  case markdown
  case plainText = "text"

  /// Guesses from a path's extension; anything but `.txt` reads as Markdown, the common case for drafts.
  public init(path: String) {
    let lower = path.lowercased()
    self = lower.hasSuffix(".txt") || lower.hasSuffix(".text") ? .plainText : .markdown
  }

  /// From an LSP `languageId` ("markdown", "plaintext", "text").
  public init(languageId: String) {
    switch languageId.lowercased() {
    case "plaintext", "text", "txt": self = .plainText
    default: self = .markdown
    }
  }
}
