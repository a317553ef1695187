/// The clause of a sentence around a span: what lies between the commas, semicolons or brackets on either side.
/// Both the clauses counted back from now (`TimeShift`) and the country a figure's clause names are read in it.
enum Clause {
  static let stops: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: ")")]

  static func around(_ span: Range<Int>, in prose: [UInt8], sentence: Range<Int>) -> Range<Int> {
    var start = span.lowerBound
    while start > sentence.lowerBound && !stops.contains(prose[start - 1]) { start -= 1 }
    var end = span.upperBound
    while end < sentence.upperBound && !stops.contains(prose[end]) { end += 1 }
    return start..<end
  }
}
