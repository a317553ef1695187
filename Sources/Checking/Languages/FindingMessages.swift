import Drafts

/// The words of findings and hover in one language, chosen by the one `switch` in `of(_:)`; each language's
/// value is in its folder beside this file. Rule ids, JSON keys and SARIF stay English whatever the language.
public struct FindingMessages: Sendable {
  /// A quoted figure or title: "« 95 % »", "“95 %”".
  public let quote: @Sendable (_ text: String) -> String
  /// A colon as the language spaces it ("\u{00A0}: ", ": ").
  public let colon: String
  /// figure-mismatch: the figure, the expected value, the source's publisher, title and date.
  public let contradicts:
    @Sendable (_ found: String, _ expected: String, _ publisher: String, _ title: String, _ date: String) -> String
  /// figure-inconsistent: this figure, the first one and its line, the fact's value.
  public let inconsistent: @Sendable (_ found: String, _ first: String, _ firstLine: Int, _ expected: String) -> String
  /// Hover: the verdict on a quoted figure that agrees or not.
  public let agrees: @Sendable (_ quoted: String) -> String
  public let disagrees: @Sendable (_ quoted: String) -> String
  public let expectedValue: String
  public let source: String
  public let published: String

  public static func of(_ language: Language) -> FindingMessages {
    switch language {
    case .fr: french
    case .en: english
    }
  }
}
