import Checking
import Drafts

/// What `initializationOptions` and `workspace/didChangeConfiguration` may set, under `factlint` or at the top.
///
/// `{"language" (or "lang"): "fr"|"en"|"auto", "messages": "draft"|"fr"|"en", "facts": ["path", …], "diagnostics": "push"|"pull"|"both"}`
struct ServerSettings: Sendable, Equatable {
  enum DiagnosticsMode: String, Sendable {
    /// Push unless the client pulls, so no client sees them twice.
    case automatic = "auto"
    case push
    case pull
    case both
  }

  var language: LanguageChoice?
  var messages: MessageLanguage?
  var factPaths: [String] = []
  var diagnostics = DiagnosticsMode.automatic

  init() {}

  /// Reads what it understands and ignores the rest: a bad setting must not cost the user their diagnostics.
  init(_ value: LSPAny?, log: Logger) {
    guard let value, value.objectValue != nil else { return }
    let settings = value["factlint"]?.objectValue != nil ? value["factlint"]! : value
    // "lang" is accepted too, as `factlint/checkText` and the CLI's `--lang` spell it.
    if let language = (settings["language"] ?? settings["lang"])?.stringValue {
      if let choice = LanguageChoice(argument: language) {
        self.language = choice
      } else {
        log.warn("ignoring unknown language setting \"\(language)\"")
      }
    }
    if let messages = settings["messages"]?.stringValue {
      if let choice = MessageLanguage(argument: messages) {
        self.messages = choice
      } else {
        log.warn("ignoring unknown messages setting \"\(messages)\"")
      }
    }
    if let facts = settings["facts"] {
      if let path = facts.stringValue {
        factPaths = [path]
      } else {
        factPaths = facts.arrayValue?.compactMap(\.stringValue) ?? []
      }
    }
    if let mode = settings["diagnostics"]?.stringValue {
      diagnostics = DiagnosticsMode(rawValue: mode) ?? .automatic
    }
  }
}
