import Checking
import Drafts
import FactBase
import Workspace

/// Checking documents and turning findings into LSP diagnostics, pushed and pulled.
extension ServerCore {
  /// The current analysis of an open document, recomputed only when the text or the fact base changed.
  func analysis(uri: String) throws(ResponseError) -> Analysis {
    guard var document = documents[uri] else { throw .invalidParams("\(uri) is not open") }
    if let analysis = document.analysis, analysis.editGeneration == document.editGeneration,
      analysis.factGeneration == facts.generation
    {
      return analysis
    }
    let draft = Draft(bytes: document.text.bytes, format: document.format).dated(.today())
    // With `auto`, the checker guesses from the first 16 KiB: cheap enough to redo on every keystroke.
    let language = facts.project.language(overriding: settings.language)
    let messages = facts.project.messages(overriding: settings.messages)
    let report = facts.checker.check(draft, language: language, messages: messages, cache: document.cache)
    document.text.adopt(report.lineTable)
    let diagnostics =
      facts.ignores(uri: uri) ? [] : report.findings.map { diagnostic(for: $0, lines: report.lineTable, uri: uri) }
    var resultId: String
    if let previous = document.analysis, previous.diagnostics == diagnostics {
      resultId = previous.resultId
    } else {
      resultSerial += 1
      resultId = "r\(resultSerial)"
    }
    let analysis = Analysis(
      editGeneration: document.editGeneration, factGeneration: facts.generation, report: report,
      diagnostics: diagnostics, resultId: resultId)
    document.analysis = analysis
    documents[uri] = document
    return analysis
  }

  /// `textDocument/diagnostic`: `unchanged` when the client already holds the current result.
  func pullDiagnostics(params: LSPAny) throws(ResponseError) -> LSPAny {
    let uri = try params.object("textDocument").string("uri")
    let previous = try params.optionalString("previousResultId")
    guard documents[uri] != nil else {
      // Not open (a client may pull closed files): nothing to say about it.
      return DocumentDiagnosticReport.full(resultId: nil, items: []).lspAny
    }
    let analysis = try analysis(uri: uri)
    if previous == analysis.resultId {
      return DocumentDiagnosticReport.unchanged(resultId: analysis.resultId).lspAny
    }
    return DocumentDiagnosticReport.full(resultId: analysis.resultId, items: analysis.diagnostics).lspAny
  }

  func publishDiagnostics(uri: String, host: ServerHost) {
    guard phase == .running, documents[uri] != nil, let analysis = try? analysis(uri: uri) else { return }
    if documents[uri]?.lastPushed == analysis.diagnostics { return }
    documents[uri]?.lastPushed = analysis.diagnostics
    let params = PublishDiagnosticsParams(
      uri: uri, version: documents[uri]?.text.version, diagnostics: analysis.diagnostics)
    host.notify(PublishDiagnosticsParams.method, params.lspAny)
  }

  /// Rechecks every open document after the fact base or the settings changed.
  func recheckOpenDocuments(host: ServerHost) {
    for uri in documents.keys.sorted() {
      documents[uri]?.analysis = nil
      documents[uri]?.cache = BlockCache()
      if pushesDiagnostics { publishDiagnostics(uri: uri, host: host) }
    }
    if client.pullDiagnostics && client.diagnosticRefresh {
      host.send([
        "jsonrpc": "2.0", "id": .string("factlint/refresh-\(resultSerial)"),
        "method": "workspace/diagnostic/refresh",
      ])
    }
  }

  /// One finding as an LSP diagnostic; `data` is the finding's record (as `check --format json` writes it, with
  /// LSP ranges), so a client's quick fix or a script needs no second check.
  func diagnostic(for finding: Finding, lines: LineTable, uri: String) -> Diagnostic {
    var diagnostic = Diagnostic(
      range: lines.range(finding.span, encoding: encoding), severity: Self.severity(finding.severity),
      code: finding.rule, message: finding.message, data: record(of: finding, lines: lines))
    if let fact = finding.fact, !fact.source.url.isEmpty { diagnostic.sourceLink = fact.source.url }
    if client.relatedInformation, let fact = finding.fact, let location = facts.location(of: fact, encoding: encoding) {
      diagnostic.relatedInformation = [Diagnostic.RelatedInformation(location: location, message: "fact \(fact.id)")]
    }
    return diagnostic
  }

  static func severity(_ severity: Severity) -> Diagnostic.Severity {
    switch severity {
    case .error: .error
    case .warning: .warning
    case .info: .information
    }
  }
}
