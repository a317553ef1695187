import Checking
import Drafts

/// An open draft with what the server keeps between keystrokes: the engine's per-block cache and the last analysis.
struct OpenDocument {
  var text: TextDocument
  var cache = BlockCache()
  var analysis: Analysis?
  /// Bumped by every edit, so a debounced push that a later edit overtook does nothing.
  var editGeneration = 0
  /// What was last pushed, so an edit that changes no diagnostic publishes nothing.
  var lastPushed: [Diagnostic]?

  init(text: TextDocument) {
    self.text = text
  }

  var format: DraftFormat {
    switch text.languageId.lowercased() {
    case "markdown", "plaintext", "text", "txt": DraftFormat(languageId: text.languageId)
    default: DraftFormat(path: DocumentURI.fileName(of: text.uri))
    }
  }
}

/// One check of one version of a document against one fact base, with its diagnostics ready to send.
struct Analysis {
  var editGeneration: Int
  var factGeneration: Int
  var report: CheckReport
  var diagnostics: [Diagnostic]
  var resultId: String
}
