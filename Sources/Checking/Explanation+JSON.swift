import Drafts
import JSONOutput

/// The one JSON shape of an explanation: `factlint explain --format json` prints it, the language server's
/// `factlint/explain` returns it. Lines and columns are one-based, columns in Unicode scalars; spans in UTF-8 bytes.
extension Explanation {
  public func write<Sink: JSONSink>(lineTable: LineTable, to sink: inout Sink) {
    sink.beginObject()
    sink.member("language", language.rawValue)
    sink.array("sentences") { sink in
      for sentence in sentences {
        sink.beginObject()
        Self.position(sentence.span, lineTable, &sink)
        sink.member("text", sentence.text)
        sink.member("borrowedTerms", sentence.borrowedTerms)
        sink.array("facts") { sink in
          for fact in sentence.facts {
            sink.beginObject()
            sink.member("fact", fact.factID)
            sink.member("named", fact.named)
            sink.member("byMeasure", fact.byMeasure)
            sink.array("found") { sink in for item in fact.found { sink.string(item) } }
            sink.array("missing") { sink in for item in fact.missing { sink.string(item) } }
            sink.endObject()
          }
        }
        sink.array("figures") { sink in for figure in sentence.figures { Self.figure(figure, lineTable, &sink) } }
        sink.endObject()
      }
    }
    sink.endObject()
  }

  /// Compact JSON text.
  public func json(lineTable: LineTable) -> String {
    var bytes = JSONBytes()
    write(lineTable: lineTable, to: &bytes)
    return String(decoding: bytes.bytes, as: UTF8.self)
  }

  private static func figure<Sink: JSONSink>(_ explained: FigureExplanation, _ lineTable: LineTable, _ sink: inout Sink)
  {
    let figure = explained.figure
    sink.beginObject()
    position(figure.span, lineTable, &sink)
    sink.member("text", figure.text)
    sink.member("kind", figure.kind.rawValue)
    number("value", figure.value, &sink)
    number("lower", figure.lower, &sink)
    number("upper", figure.upper, &sink)
    sink.member("unit", figure.unit)
    sink.member("qualifier", figure.qualifier?.rawValue)
    sink.member("reading", explained.reading)
    sink.array("considered") { sink in
      for consideration in explained.considered {
        sink.beginObject()
        sink.member("fact", consideration.factID)
        sink.member("candidate", consideration.candidate)
        sink.member("score", consideration.score)
        sink.member("chosen", consideration.chosen)
        sink.member("reason", consideration.reason)
        sink.endObject()
      }
    }
    sink.key("verdict")
    if let verdict = explained.verdict {
      sink.beginObject()
      sink.member("fact", verdict.factID)
      sink.member("agrees", verdict.agrees)
      sink.member("figureReads", verdict.figureReads)
      sink.member("acceptedAsRounded", verdict.acceptedAsRounded)
      sink.member("factSays", verdict.factSays)
      sink.member("expected", verdict.expected)
      sink.member("suppressed", verdict.suppressed)
      sink.endObject()
    } else {
      sink.null()
    }
    sink.member("summary", explained.summary)
    sink.endObject()
  }

  private static func position<Sink: JSONSink>(_ span: Range<Int>, _ lineTable: LineTable, _ sink: inout Sink) {
    let start = lineTable.position(ofOffset: span.lowerBound, in: .scalars)
    let end = lineTable.position(ofOffset: span.upperBound, in: .scalars)
    sink.member("line", start.line + 1)
    sink.member("column", start.column + 1)
    sink.member("endLine", end.line + 1)
    sink.member("endColumn", end.column + 1)
    sink.member("start", span.lowerBound)
    sink.member("end", span.upperBound)
  }

  private static func number<Sink: JSONSink>(_ name: String, _ value: Double?, _ sink: inout Sink) {
    sink.key(name)
    if let value { sink.double(value) } else { sink.null() }
  }
}
