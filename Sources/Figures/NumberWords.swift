import Drafts

/// Whole numbers spelled in words, for expected values written the way journalists write small numbers.
public enum NumberWords {
  /// `n` in words for 0…100 ("vingt et une" when `feminine`), nil outside that range, where digits read better.
  public static func words(for n: Int, language: Language, feminine: Bool = false) -> String? {
    guard n >= 0 && n <= 100 else { return nil }
    return LanguageDescription.of(language).spell(n, feminine)
  }
}
