/// A paragraph-like unit of prose: sentences never cross a block, and "the previous sentence" stays inside one.
public struct Block: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case paragraph
    case heading
    case listItem
    case tableRow
  }

  public var kind: Kind
  /// UTF-8 span of the block in the draft, line breaks inside included.
  public var span: Range<Int>
  /// UTF-8 spans of the block's sentences, in order.
  public var sentences: [Range<Int>]

  public init(kind: Kind, span: Range<Int>, sentences: [Range<Int>]) {
    self.kind = kind
    self.span = span
    self.sentences = sentences
  }
}

/// A draft ready for checking: its bytes, a copy where everything that is not prose is blanked, its blocks,
/// its suppression comments and its line table.
///
/// Blanking keeps every offset valid: code, link targets, tags and URLs become spaces of the same byte
/// length, so a figure found in `prose` has the same span in `bytes`.
public struct Draft: Sendable {
  public let bytes: [UInt8]
  public let prose: [UInt8]
  public let format: DraftFormat
  public let blocks: [Block]
  public let suppressions: Suppressions
  public let lineTable: LineTable
  /// The day the draft is written for (`DraftDate`): its front matter's, else what the caller sets.
  public var date: DraftDate?

  public init(text: String, format: DraftFormat) {
    self.init(bytes: Array(text.utf8), format: format)
  }

  public init(bytes: [UInt8], format: DraftFormat) {
    self.bytes = bytes
    self.format = format
    let lineTable = LineTable(bytes: bytes)
    self.lineTable = lineTable
    var scanner = DraftScanner(bytes: bytes, lineTable: lineTable, format: format)
    scanner.scan()
    prose = scanner.prose
    blocks = scanner.blocks
    suppressions = Suppressions(directives: scanner.directives)
    date = scanner.date
  }

  /// The draft, written for `date` unless its front matter names its own day.
  public func dated(_ date: DraftDate) -> Draft {
    var draft = self
    if draft.date == nil { draft.date = date }
    return draft
  }

  /// The text of a span of the original bytes.
  public func text(_ span: Range<Int>) -> String {
    String(decoding: bytes[span], as: UTF8.self)
  }
}
