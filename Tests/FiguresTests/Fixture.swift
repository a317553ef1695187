import Drafts
import Figures
import Testing

/// A sentence with its expected figures marked between [[ and ]]: "la Chine assure [[92 %]] de…".
struct Fixture {
  let text: String
  /// Marked spans, as UTF-8 offsets into `text`.
  let spans: [Range<Int>]

  init(_ marked: String) {
    var bytes: [UInt8] = []
    var spans: [Range<Int>] = []
    var open: Int?
    let source = Array(marked.utf8)
    var i = 0
    while i < source.count {
      if i + 1 < source.count && source[i] == 0x5B && source[i + 1] == 0x5B {
        open = bytes.count
        i += 2
      } else if i + 1 < source.count && source[i] == 0x5D && source[i + 1] == 0x5D, let start = open {
        spans.append(start..<bytes.count)
        open = nil
        i += 2
      } else {
        bytes.append(source[i])
        i += 1
      }
    }
    text = String(decoding: bytes, as: UTF8.self)
    self.spans = spans
  }

  func slice(_ span: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[span], as: UTF8.self)
  }
}

/// The figures found in a marked sentence, after checking they are exactly the marked ones.
@discardableResult
func figures(_ marked: String, _ language: Language, sourceLocation: SourceLocation = #_sourceLocation)
  -> [Figure]
{
  let fixture = Fixture(marked)
  let found = FigureExtractor(language: language).figures(in: fixture.text)
  let got = found.map { fixture.slice($0.span) }
  let expected = fixture.spans.map { fixture.slice($0) }
  #expect(got == expected, "in \(fixture.text)", sourceLocation: sourceLocation)
  for figure in found { #expect(figure.text == fixture.slice(figure.span), sourceLocation: sourceLocation) }
  return found
}

/// The one figure of a sentence with one marked span.
func figure(_ marked: String, _ language: Language, sourceLocation: SourceLocation = #_sourceLocation) -> Figure? {
  let found = figures(marked, language, sourceLocation: sourceLocation)
  #expect(found.count == 1, sourceLocation: sourceLocation)
  return found.first
}

/// The text of a figure's number span.
func numberText(_ figure: Figure?, in marked: String) -> String? {
  guard let figure else { return nil }
  return Fixture(marked).slice(figure.numberSpan)
}
