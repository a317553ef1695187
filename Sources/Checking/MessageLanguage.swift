import Drafts

/// The language findings and hover are written in: the draft's own (a French draft reads French messages), or one
/// fixed for every draft. Rule ids, JSON keys and SARIF's rule table stay English either way.
public enum MessageLanguage: Sendable, Hashable {
  case draft
  case fixed(Language)

  /// "draft", or a language as `--lang` spells it ("fr", "en", "french"…).
  public init?(argument: String) {
    if argument.lowercased() == "draft" {
      self = .draft
      return
    }
    guard case .fixed(let language)? = LanguageChoice(argument: argument) else { return nil }
    self = .fixed(language)
  }

  /// The language of the messages about a draft read as `draftLanguage`.
  public func resolved(draftLanguage: Language) -> Language {
    switch self {
    case .draft: draftLanguage
    case .fixed(let language): language
    }
  }
}
