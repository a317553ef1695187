import Drafts
import FactBase

/// The one JSON shape of an explanation: `factlint explain --format json` prints it, the language server's
/// `factlint/explain` returns it. Lines and columns are one-based, columns in Unicode scalars; spans in UTF-8 bytes.
extension Explanation {
  public func json(lineTable: LineTable) -> String {
    var out = "{\"language\":"
    Self.string(language.rawValue, &out)
    out += ",\"sentences\":["
    for (s, sentence) in sentences.enumerated() {
      if s > 0 { out += "," }
      out += "{"
      Self.position(sentence.span, lineTable, &out)
      out += ",\"text\":"
      Self.string(sentence.text, &out)
      out += ",\"borrowedTerms\":\(sentence.borrowedTerms),\"facts\":["
      for (f, fact) in sentence.facts.enumerated() {
        if f > 0 { out += "," }
        out += "{\"fact\":"
        Self.string(fact.factID, &out)
        out += ",\"named\":\(fact.named),\"found\":"
        Self.strings(fact.found, &out)
        out += ",\"missing\":"
        Self.strings(fact.missing, &out)
        out += "}"
      }
      out += "],\"figures\":["
      for (g, figure) in sentence.figures.enumerated() {
        if g > 0 { out += "," }
        Self.figure(figure, lineTable, &out)
      }
      out += "]}"
    }
    out += "]}"
    return out
  }

  private static func figure(_ explained: FigureExplanation, _ lineTable: LineTable, _ out: inout String) {
    let figure = explained.figure
    out += "{"
    position(figure.span, lineTable, &out)
    out += ",\"text\":"
    string(figure.text, &out)
    out += ",\"kind\":"
    string(figure.kind.rawValue, &out)
    out += ",\"value\":" + (figure.value.map(number) ?? "null")
    out += ",\"lower\":" + (figure.lower.map(number) ?? "null")
    out += ",\"upper\":" + (figure.upper.map(number) ?? "null")
    out += ",\"unit\":"
    optional(figure.unit, &out)
    out += ",\"qualifier\":"
    optional(figure.qualifier?.rawValue, &out)
    out += ",\"reading\":"
    string(explained.reading, &out)
    out += ",\"considered\":["
    for (c, consideration) in explained.considered.enumerated() {
      if c > 0 { out += "," }
      out += "{\"fact\":"
      string(consideration.factID, &out)
      out += ",\"candidate\":\(consideration.candidate),\"score\":"
      out += consideration.score.map(String.init) ?? "null"
      out += ",\"chosen\":\(consideration.chosen),\"reason\":"
      string(consideration.reason, &out)
      out += "}"
    }
    out += "],\"verdict\":"
    if let verdict = explained.verdict {
      out += "{\"fact\":"
      string(verdict.factID, &out)
      out += ",\"agrees\":\(verdict.agrees),\"figureReads\":"
      string(verdict.figureReads, &out)
      out += ",\"factSays\":"
      string(verdict.factSays, &out)
      out += ",\"expected\":"
      optional(verdict.expected, &out)
      out += ",\"suppressed\":\(verdict.suppressed)}"
    } else {
      out += "null"
    }
    out += ",\"summary\":"
    string(explained.summary, &out)
    out += "}"
  }

  private static func position(_ span: Range<Int>, _ lineTable: LineTable, _ out: inout String) {
    let start = lineTable.position(ofOffset: span.lowerBound, in: .scalars)
    let end = lineTable.position(ofOffset: span.upperBound, in: .scalars)
    out += "\"line\":\(start.line + 1),\"column\":\(start.column + 1),"
    out += "\"endLine\":\(end.line + 1),\"endColumn\":\(end.column + 1),"
    out += "\"start\":\(span.lowerBound),\"end\":\(span.upperBound)"
  }

  private static func number(_ value: Double) -> String { value.isFinite ? Explainer.number(value) : "null" }

  private static func optional(_ text: String?, _ out: inout String) {
    if let text { string(text, &out) } else { out += "null" }
  }

  private static func strings(_ items: [String], _ out: inout String) {
    out += "["
    for (i, item) in items.enumerated() {
      if i > 0 { out += "," }
      string(item, &out)
    }
    out += "]"
  }

  private static func string(_ text: String, _ out: inout String) { JSONString.append(text, to: &out) }
}
