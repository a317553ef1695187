import Drafts

/// `textDocument/didOpen`, `didChange`, `didSave`, `didClose`: keep the client's text, byte for byte.
extension ServerCore {
  func didOpen(params: LSPAny, host: ServerHost) throws(ResponseError) {
    let item = try params.object("textDocument")
    let uri = try item.string("uri")
    let text = TextDocument(
      uri: uri, languageId: (try? item.string("languageId")) ?? "markdown", version: (try? item.int("version")) ?? 0,
      text: try item.string("text"))
    documents[uri] = OpenDocument(text: text)
    if pushesDiagnostics { publishDiagnostics(uri: uri, host: host) }
  }

  func didChange(params: LSPAny, host: ServerHost) throws(ResponseError) {
    let identifier = try params.object("textDocument")
    let uri = try identifier.string("uri")
    guard var document = documents[uri] else {
      throw .invalidParams("didChange for \(uri), which is not open")
    }
    guard let changes = params["contentChanges"]?.arrayValue else {
      throw .invalidParams("\"contentChanges\" must be an array")
    }
    documents[uri] = nil  // keeps the document's buffers uniquely referenced while editing
    defer { documents[uri] = document }
    for change in changes {
      try document.text.apply(change: change, encoding: encoding)
    }
    if let version = identifier["version"]?.intValue { document.text.version = version }
    document.editGeneration += 1
    guard pushesDiagnostics else { return }
    let generation = document.editGeneration
    host.schedule(options.pushDelay) { core, host in
      guard core.documents[uri]?.editGeneration == generation else { return }
      core.publishDiagnostics(uri: uri, host: host)
    }
  }

  func didSave(params: LSPAny, host: ServerHost) throws(ResponseError) {
    let uri = try params.object("textDocument").string("uri")
    if FactState.isFactsFile(uri: uri) {
      reloadFacts(reason: "saved \(uri)", host: host)
    }
  }

  func didClose(params: LSPAny, host: ServerHost) throws(ResponseError) {
    let uri = try params.object("textDocument").string("uri")
    documents[uri] = nil
    host.notify("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []])
  }
}
