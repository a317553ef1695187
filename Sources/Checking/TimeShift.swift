import Drafts
import Figures

/// Clauses set in another time by a duration counted back from now: "il y a dix ans", "ten years ago",
/// "deux ans plus tôt". Figures in such a clause speak of another period than the facts' own.
enum TimeShift {
  /// Every language's phrases, whatever the draft's: a quotation in the other language counts back just the same.
  static let before: [[UInt8]] = Language.allCases.flatMap { LanguageDescription.of($0).timeShiftBefore }.map {
    Array($0.utf8)
  }
  static let after: [[UInt8]] = Language.allCases.flatMap { LanguageDescription.of($0).timeShiftAfter }.map {
    Array($0.utf8)
  }

  /// The clauses (between commas, semicolons or brackets, inside the sentence) that hold such a duration.
  static func clauses(of figures: [Figure], in prose: [UInt8], sentence: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for figure in figures where figure.kind == .duration && isCountedBack(figure.span, prose, sentence) {
      result.append(Clause.around(figure.span, in: prose, sentence: sentence))
    }
    return result
  }

  private static func isCountedBack(_ span: Range<Int>, _ prose: [UInt8], _ sentence: Range<Int>) -> Bool {
    for phrase in before where span.lowerBound - phrase.count >= sentence.lowerBound {
      let start = span.lowerBound - phrase.count
      if zip(prose[start..<span.lowerBound], phrase).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) { return true }
    }
    for phrase in after where span.upperBound + phrase.count <= sentence.upperBound {
      if zip(prose[span.upperBound..<span.upperBound + phrase.count], phrase).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) {
        // "two years earlier than planned", "deux ans plus tôt que prévu": an advance, not a time counted back.
        return !isComparison(prose, from: span.upperBound + phrase.count, sentence: sentence)
      }
    }
    return false
  }

  /// Words of comparison that turn "earlier", "plus tôt" into an advance: "than", "que", "qu'".
  static let comparisons: [[UInt8]] = [" than", " que", " qu'", " qu’"].map { Array($0.utf8) }

  private static func isComparison(_ prose: [UInt8], from i: Int, sentence: Range<Int>) -> Bool {
    comparisons.contains { word in
      i + word.count <= sentence.upperBound
        && zip(prose[i..<i + word.count], word).allSatisfy { $0 | 0x20 == $1 | 0x20 }
        && (i + word.count == sentence.upperBound || !isLetter(prose[i + word.count]) || word.last == 0x27
          || word.last == 0x99)
    }
  }

  private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80 }

}
