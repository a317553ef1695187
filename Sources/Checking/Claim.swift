import Drafts
import FactBase
import Figures

/// A figure of the draft read as a statement about a fact, with the verdict on it.
public struct Claim: Sendable, Hashable {
  public var figure: Figure
  private var shared: SharedFact
  public var fact: Fact { shared.fact }
  /// Whether the figure's interval meets the fact's (and its weekday, for a date).
  public var agrees: Bool
  /// The draft's language, in which `expected` is written.
  public var language: Language
  /// A replacement that makes the figure agree; nil when the figure agrees.
  public var fix: Fix?

  public init(figure: Figure, fact: Fact, agrees: Bool, language: Language, fix: Fix?) {
    self.init(figure: figure, shared: SharedFact(fact), agrees: agrees, language: language, fix: fix)
  }

  init(figure: Figure, shared: SharedFact, agrees: Bool, language: Language, fix: Fix?) {
    self.figure = figure
    self.shared = shared
    self.agrees = agrees
    self.language = language
    self.fix = fix
  }

  /// The fact's value in the draft's language and typography, in the figure's shape: the figure as the fix
  /// rewrites it ("3 305 milliards d'euros"), else the fact's value written afresh. Written on demand, since most
  /// claims agree and nobody reads it.
  public var expected: String {
    if let fix, figure.span.lowerBound <= fix.span.lowerBound, fix.span.upperBound <= figure.span.upperBound {
      let written = Array(figure.text.utf8)
      let lower = fix.span.lowerBound - figure.span.lowerBound
      let upper = fix.span.upperBound - figure.span.lowerBound
      if upper <= written.count {
        return String(decoding: written[..<lower] + Array(fix.replacement.utf8) + written[upper...], as: UTF8.self)
      }
    }
    return ExpectedText(language: language).expected(fact, shapedLike: figure)
  }

  /// The same claim with every span moved by `delta` bytes (cached blocks move when text above them changes).
  func shifted(by delta: Int) -> Claim {
    guard delta != 0 else { return self }
    var copy = self
    copy.figure.span = (figure.span.lowerBound + delta)..<(figure.span.upperBound + delta)
    copy.figure.numberSpan = (figure.numberSpan.lowerBound + delta)..<(figure.numberSpan.upperBound + delta)
    if let fix {
      copy.fix = Fix(span: (fix.span.lowerBound + delta)..<(fix.span.upperBound + delta), replacement: fix.replacement)
    }
    return copy
  }
}
