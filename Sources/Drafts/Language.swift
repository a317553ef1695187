/// The languages factlint reads. Figures, fact statements and expected values are written per language.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
  case fr
  case en
}

/// How the user asked for the language: a fixed one, or a guess from the text.
public enum LanguageChoice: Sendable, Hashable {
  case auto
  case fixed(Language)

  public init?(argument: String) {
    switch argument.lowercased() {
    case "auto": self = .auto
    case "fr", "fra", "french", "français", "francais": self = .fixed(.fr)
    case "en", "eng", "english": self = .fixed(.en)
    default: return nil
    }
  }
}
