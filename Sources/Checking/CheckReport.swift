import Drafts

/// What checking one draft found.
public struct CheckReport: Sendable {
  public let draft: Draft
  public let language: Language
  /// The language its findings are written in (the draft's unless configured otherwise), for hover too.
  public let messageLanguage: Language
  /// Every figure read as a claim about a fact, agreeing or not, in text order.
  public let claims: [Claim]
  /// What to tell the writer, in text order, suppressions and severity settings applied.
  public let findings: [Finding]

  public var lineTable: LineTable { draft.lineTable }

  /// The claim whose figure covers a UTF-8 offset, for hover.
  public func claim(at offset: Int) -> Claim? {
    claims.first { $0.figure.span.contains(offset) || $0.figure.span.upperBound == offset }
  }
}
