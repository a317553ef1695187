import Drafts

/// What a human reader decided about one figure of a passage.
public enum Verdict: String, Sendable, Hashable, CaseIterable {
  case agrees
  case contradicts
  case notAClaim = "not-a-claim"
}

/// One line of a labels file: a verdict on the figure marked `[[…]]` in a verbatim context.
public struct Label: Sendable, Hashable {
  public var verdict: Verdict
  /// The fact the figure speaks of; for `not-a-claim`, the fact it could be mistaken for, if any.
  public var factID: String?
  /// The context as written, marks removed.
  public var context: String
  /// Where the marked figure starts and ends in `context`, in Unicode scalars.
  public var mark: Range<Int>
  /// One-based line and column of the label in its file, for errors.
  public var line: Int
  public var column: Int

  public init(verdict: Verdict, factID: String?, context: String, mark: Range<Int>, line: Int, column: Int) {
    self.verdict = verdict
    self.factID = factID
    self.context = context
    self.mark = mark
    self.line = line
    self.column = column
  }

  /// The figure as the label marks it.
  public var figureText: String {
    let scalars = Array(context.unicodeScalars)
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars[mark])
    return text
  }
}
