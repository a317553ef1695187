import Drafts
import FactBase
import JSONOutput

/// The one JSON shape of a finding: `check --format json`, `batch`, `factlint/checkText` and the language server's
/// diagnostic `data` all write it through here.
///
/// Lines and columns are one-based, columns count Unicode scalars, ends are exclusive. `extra` lets a front end
/// add members of its own (the server's LSP `range`s) at the end of the finding and of its fix.
public enum FindingRecord {
  public static func write<Sink: JSONSink>(
    _ finding: Finding, lines: LineTable, to sink: inout Sink,
    extra: (_ span: Range<Int>, _ sink: inout Sink) -> Void = { _, _ in }
  ) {
    sink.beginObject()
    sink.member("rule", finding.rule)
    sink.member("severity", finding.severity.rawValue)
    sink.member("message", finding.message)
    range(finding.span, lines, &sink)
    sink.member("found", finding.found)
    sink.member("expected", finding.expected)
    sink.member("factId", finding.factId)
    sink.key("source")
    if let fact = finding.fact { source(fact.source, to: &sink) } else { sink.null() }
    sink.key("fix")
    if let fix = finding.fix {
      sink.beginObject()
      sink.member("replacement", fix.replacement)
      range(fix.span, lines, &sink)
      extra(fix.span, &sink)
      sink.endObject()
    } else {
      sink.null()
    }
    extra(finding.span, &sink)
    sink.endObject()
  }

  /// A fact's source, as findings and SARIF properties carry it.
  public static func source<Sink: JSONSink>(_ source: FactSource, to sink: inout Sink) {
    sink.beginObject()
    sink.member("publisher", source.publisher)
    sink.member("title", source.title)
    sink.member("url", source.url)
    sink.member("published", source.published)
    sink.endObject()
  }

  static func range<Sink: JSONSink>(_ span: Range<Int>, _ lines: LineTable, _ sink: inout Sink) {
    let range = ScalarRange(span, in: lines)
    sink.member("line", range.line)
    sink.member("column", range.column)
    sink.member("endLine", range.endLine)
    sink.member("endColumn", range.endColumn)
  }
}
