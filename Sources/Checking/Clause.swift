/// The clause of a sentence around a span: what lies between the commas, semicolons or brackets on either side.
/// Both the clauses counted back from now (`TimeShift`) and the country a figure's clause names are read in it.
enum Clause {

  static func around(_ span: Range<Int>, in prose: [UInt8], sentence: Range<Int>) -> Range<Int> {
    var start = span.lowerBound
    while start > sentence.lowerBound && !isStop(start - 1, prose, sentence) { start -= 1 }
    var end = span.upperBound
    while end < sentence.upperBound && !isStop(end, prose, sentence) { end += 1 }
    return start..<end
  }

  /// A comma between two digits is a decimal or thousands mark ("8,2 milliards"), not a clause's end.
  private static func isStop(_ i: Int, _ prose: [UInt8], _ sentence: Range<Int>) -> Bool {
    switch prose[i] {
    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: ")"): break
    default: return false
    }
    guard prose[i] == UInt8(ascii: ","), i > sentence.lowerBound, i + 1 < sentence.upperBound else { return true }
    let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
    return !(digits.contains(prose[i - 1]) && digits.contains(prose[i + 1]))
  }
}
