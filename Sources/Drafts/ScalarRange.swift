/// A span as people and CI tools count it: one-based lines and columns in Unicode scalars, end exclusive. The CLI,
/// its reports and `factlint/checkText` all place findings this way.
public struct ScalarRange: Sendable, Hashable {
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int

  public init(_ span: Range<Int>, in table: LineTable) {
    let start = table.position(ofOffset: span.lowerBound, in: .scalars)
    let end = table.position(ofOffset: span.upperBound, in: .scalars)
    line = start.line + 1
    column = start.column + 1
    endLine = end.line + 1
    endColumn = end.column + 1
  }
}
