import Foundation
import Testing

@testable import LanguageServer

/// Diagnostics, hover, code actions, encodings and reloads, end to end over pipes.
@Suite struct FeatureTests {
  private func docParams(_ uri: String) -> LSPAny { ["textDocument": ["uri": .string(uri)]] }

  private func change(_ client: TestClient, uri: String, version: Int, _ changes: [LSPAny]) {
    client.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": .string(uri), "version": .int(version)], "contentChanges": .array(changes)])
  }

  private func edit(_ range: (Int, Int, Int, Int), _ text: String) -> LSPAny {
    [
      "range": [
        "start": ["line": .int(range.0), "character": .int(range.1)],
        "end": ["line": .int(range.2), "character": .int(range.3)],
      ], "text": .string(text),
    ]
  }

  /// A `TextEdit` from the server as the content change a client sends back after applying it.
  private func asChange(_ edit: LSPAny) -> LSPAny {
    ["range": edit["range"] ?? .null, "text": edit["newText"] ?? .null]
  }

  @Test(arguments: ServerTransport.available)
  func pushedDiagnosticCarriesEverythingTheEditorNeeds(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize()
    let uri = "file:///draft.md"
    client.open(uri: uri, text: "# Titre\n\n" + Fixtures.wrongSentence + "\n")
    let diagnostics = try client.waitForDiagnostics(uri: uri)
    try #require(diagnostics.count == 1)
    let diagnostic = diagnostics[0]
    #expect(diagnostic["source"] == "factlint")
    #expect(diagnostic["code"] == "figure-mismatch")
    #expect(diagnostic["severity"] == 1)
    #expect(diagnostic["range"]?["start"] == ["line": 2, "character": 16])
    #expect(diagnostic["codeDescription"]?["href"]?.stringValue?.hasPrefix("https://") == true)
    #expect(diagnostic["data"]?["factId"] == .string(Fixtures.factId))
    #expect(diagnostic["data"]?["expected"]?.stringValue?.contains("92") == true)
    let related = diagnostic["relatedInformation"]?[0]?["location"]
    #expect(related?["uri"]?.stringValue?.hasSuffix("facts/rare-earths.json") == true)
    #expect((related?["range"]?["start"]?["line"]?.intValue ?? 0) > 0)
    client.notify("textDocument/didClose", docParams(uri))
    #expect(try client.waitForDiagnostics(uri: uri).isEmpty)
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available, ["utf-8", "utf-16"])
  func positionsHonourTheNegotiatedEncoding(transport: ServerTransport, encoding: String) throws {
    let client = try TestClient(transport: transport)
    let result = try client.initialize(encodings: encoding == "utf-8" ? ["utf-8", "utf-16"] : ["utf-16"])
    #expect(result["capabilities"]?["positionEncoding"] == .string(encoding))
    let prefix = "😀🇫🇷 Élodie écrit : « "
    let text = "Intro 𝒜 é.\n\n" + prefix + Fixtures.wrongSentence + " »\n"
    let uri = "file:///encoding.md"
    client.open(uri: uri, text: text)
    let figureStart = prefix + "La Chine assure "
    func width(_ s: String) -> Int { encoding == "utf-8" ? s.utf8.count : s.utf16.count }
    let diagnostics = try client.waitForDiagnostics(uri: uri)
    try #require(diagnostics.count == 1)
    #expect(diagnostics[0]["range"]?["start"] == ["line": 2, "character": .int(width(figureStart))])
    #expect(diagnostics[0]["range"]?["end"] == ["line": 2, "character": .int(width(figureStart + "95 %"))])
    // An edit placed in the same encoding lands where the client meant: insert "x" right after the emoji.
    change(client, uri: uri, version: 2, [edit((2, width("😀"), 2, width("😀")), "x")])
    let shifted = try client.waitForDiagnostics(uri: uri)
    #expect(shifted.first?["range"]?["start"] == ["line": 2, "character": .int(width(figureStart) + 1)])
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available)
  func pullDiagnosticsAnswerUnchangedWhenNothingChanged(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize(pull: true)
    let uri = "file:///pull.md"
    client.open(uri: uri, text: Fixtures.wrongSentence + "\n\nSuite.\n")
    let first = try client.result("textDocument/diagnostic", docParams(uri))
    #expect(first["kind"] == "full")
    #expect(first["items"]?.arrayValue?.count == 1)
    let resultId = try #require(first["resultId"]?.stringValue)
    var params = docParams(uri).objectValue!
    params["previousResultId"] = .string(resultId)
    let second = try client.result("textDocument/diagnostic", .object(params))
    #expect(second == ["kind": "unchanged", "resultId": .string(resultId)])
    // An edit below the figure changes no diagnostic: still unchanged.
    change(client, uri: uri, version: 2, [edit((2, 0, 2, 0), "Encore. ")])
    #expect(try client.result("textDocument/diagnostic", .object(params))["kind"] == "unchanged")
    // Fixing the figure does.
    change(client, uri: uri, version: 3, [edit((0, 16, 0, 18), "92")])
    let fixed = try client.result("textDocument/diagnostic", .object(params))
    #expect(fixed["kind"] == "full")
    #expect(fixed["items"] == [])
    // A pulling client gets no pushed diagnostics for its documents.
    #expect(!client.pending().contains { $0["method"] == "textDocument/publishDiagnostics" })
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available)
  func hoverExplainsTheFactOnAClaimAndNothingElsewhere(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize()
    let uri = "file:///hover.md"
    client.open(uri: uri, text: Fixtures.wrongSentence + "\n")
    let diagnostics = try client.waitForDiagnostics(uri: uri)
    let expected = try #require(diagnostics.first?["data"]?["expected"]?.stringValue)
    func hover(_ character: Int) throws -> LSPAny {
      var params = docParams(uri).objectValue!
      params["position"] = ["line": 0, "character": .int(character)]
      return try client.result("textDocument/hover", .object(params))
    }
    let onFigure = try hover(17)
    let value = try #require(onFigure["contents"]?["value"]?.stringValue)
    #expect(onFigure["contents"]?["kind"] == "markdown")
    #expect(value.contains("La Chine assure 92 % de la production raffinée mondiale de terres rares."))
    // The hover shows the same expected text as the diagnostic (and the message, JSON and SARIF).
    #expect(value.contains("**\(expected)**"), "\(value) lacks \(expected)")
    #expect(value.contains("International Energy Agency"))
    #expect(value.contains("2025-05-21"))
    #expect(value.contains("https://www.iea.org/"))
    #expect(value.contains("✗ «\u{00A0}95 %\u{00A0}» ne concorde pas avec ce fait."))
    #expect(value.contains("Valeur attendue\u{00A0}: **"))
    #expect(onFigure["range"]?["start"] == ["line": 0, "character": 16])
    #expect(try hover(3) == .null)
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available)
  func codeActionsFixTheFigureOrSuppressTheFact(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize()
    let uri = "file:///actions.md"
    let text = "Intro.\r\n" + Fixtures.wrongSentence + "\r\n"
    client.open(uri: uri, text: text)
    let diagnostics = try client.waitForDiagnostics(uri: uri)
    try #require(diagnostics.count == 1)
    var params = docParams(uri).objectValue!
    params["range"] = diagnostics[0]["range"]!
    params["context"] = ["diagnostics": .array(diagnostics)]
    let actions = try client.result("textDocument/codeAction", .object(params)).arrayValue ?? []
    try #require(actions.count == 2)
    let replace = actions[0]
    #expect(replace["kind"] == "quickfix")
    #expect(replace["isPreferred"] == true)
    let replaceEdit = try #require(replace["edit"]?["changes"]?[uri]?[0])
    #expect(replaceEdit["newText"]?.stringValue?.hasPrefix("92") == true)
    let suppress = actions[1]
    #expect(suppress["kind"] == "quickfix")
    let suppressEdit = try #require(suppress["edit"]?["changes"]?[uri]?[0])
    #expect(suppressEdit["newText"] == .string("<!-- factlint-disable-next-line \(Fixtures.factId) -->\r\n"))
    #expect(suppressEdit["range"]?["start"] == ["line": 1, "character": 0])
    // Applying the suppression silences the finding.
    change(client, uri: uri, version: 2, [asChange(suppressEdit)])
    #expect(try client.waitForDiagnostics(uri: uri).isEmpty)
    // `only` without quickfix asks for nothing we offer.
    params["context"] = ["diagnostics": [], "only": ["refactor"]]
    #expect(try client.result("textDocument/codeAction", .object(params)) == [])
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available)
  func applyingTheReplacementClearsTheDiagnostic(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize(encodings: ["utf-8"])
    let uri = "file:///replace.md"
    client.open(uri: uri, text: "😀 " + Fixtures.wrongSentence)
    let diagnostics = try client.waitForDiagnostics(uri: uri)
    var params = docParams(uri).objectValue!
    params["range"] = try #require(diagnostics.first?["range"])
    params["context"] = ["diagnostics": .array(diagnostics)]
    let actions = try client.result("textDocument/codeAction", .object(params)).arrayValue ?? []
    let edit = try #require(actions.first?["edit"]?["changes"]?[uri]?[0])
    change(client, uri: uri, version: 2, [asChange(edit)])
    #expect(try client.waitForDiagnostics(uri: uri).isEmpty)
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available)
  func checkTextReturnsFindingsWithRanges(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize()
    let result = try client.result(
      "factlint/checkText",
      ["text": .string("Titre\n" + Fixtures.wrongSentence), "languageId": "markdown", "lang": "fr"])
    #expect(result["language"] == "fr")
    let findings = result["findings"]?.arrayValue ?? []
    try #require(findings.count == 1)
    #expect(findings[0]["factId"] == .string(Fixtures.factId))
    #expect(findings[0]["rule"] == "figure-mismatch")
    #expect(findings[0]["line"] == 2)
    #expect(findings[0]["column"] == 17)
    #expect(findings[0]["range"]?["start"] == ["line": 1, "character": 16])
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available)
  func aFigureThatIsNoClaimSaysWhyOnHoverAndExplainReturnsTheReasoning(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize()
    let uri = "file:///why.md"
    client.open(uri: uri, text: "En 2015, la Chine raffinait 85 % des terres rares.\n")
    _ = try client.waitForDiagnostics(uri: uri)
    var params = docParams(uri).objectValue!
    params["position"] = ["line": 0, "character": 29]
    let hover = try client.result("textDocument/hover", .object(params))
    #expect(hover["contents"]?["value"]?.stringValue?.contains("a year in this sentence (2015)") == true)
    #expect(hover["range"]?["start"] == ["line": 0, "character": 28])
    let explained = try client.result("factlint/explain", .object(params))
    let figures = explained["sentences"]?.arrayValue?.first?["figures"]?.arrayValue ?? []
    #expect(figures.map { $0["text"] } == ["2015", "85 %"])
    #expect(figures.last?["considered"]?.arrayValue?.first?["fact"] == "china-rare-earth-refining-share")
    let text = try client.result("factlint/explain", ["text": .string(Fixtures.wrongSentence), "lang": "fr"])
    let verdict = text["sentences"]?.arrayValue?.first?["figures"]?.arrayValue?.first?["verdict"]
    #expect(verdict?["agrees"] == false)
    #expect(verdict?["factSays"] == "[91.5, 92.5]")
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available)
  func changedFactsFileIsReloadedAndAnInvalidOneKeepsTheLastGoodBase(transport: ServerTransport) throws {
    let root = try Fixtures.workspace(widgetValue: 40)
    defer { try? FileManager.default.removeItem(at: root) }
    let factsFile = root.appendingPathComponent("facts/widgets.json")
    let factsURI = DocumentURI.uri(ofPath: factsFile.path)
    let client = try TestClient(transport: transport)
    try client.initialize(watchers: true, rootPath: root.path)
    let uri = DocumentURI.uri(ofPath: root.appendingPathComponent("draft.md").path)
    client.open(uri: uri, text: "Acme fabrique 45 % des widgets du monde.\n")
    let before = try client.waitForDiagnostics(uri: uri)
    try #require(before.count == 1)
    #expect(before[0]["data"]?["factId"] == "acme-widget-share")
    #expect(before[0]["relatedInformation"]?[0]?["location"]?["uri"] == .string(factsURI))

    // The fact now says 45 %: the draft is right.
    try Data(Fixtures.widgetFacts(value: 45).utf8).write(to: factsFile)
    client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(factsURI), "type": 2]]])
    #expect(try client.waitForDiagnostics(uri: uri).isEmpty)

    // A broken facts file: a diagnostic on it, and the last good base (45 %) stays in force.
    try Data("{ \"facts\": [ { \"id\": ".utf8).write(to: factsFile)
    client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(factsURI), "type": 2]]])
    let problems = try client.waitForDiagnostics(uri: factsURI)
    #expect(problems.count >= 1)
    #expect(problems.first?["severity"] == 1)
    change(client, uri: uri, version: 2, [["text": "Acme fabrique 40 % des widgets du monde.\n"]])
    #expect(try client.waitForDiagnostics(uri: uri).count == 1)

    // Repaired: the facts file's diagnostics are cleared.
    try Data(Fixtures.widgetFacts(value: 40).utf8).write(to: factsFile)
    client.notify("workspace/didChangeConfiguration", ["settings": .null])
    #expect(try client.waitForDiagnostics(uri: factsURI).isEmpty)
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available)
  func invalidProjectConfigIsReportedOnTheConfigFile(transport: ServerTransport) throws {
    let root = try Fixtures.workspace(widgetValue: 40)
    defer { try? FileManager.default.removeItem(at: root) }
    let config = root.appendingPathComponent(".factlint.json")
    try Data(#"{ "facts": ["facts"], "colour": "blue" }"#.utf8).write(to: config)
    let client = try TestClient(transport: transport)
    try client.initialize(rootPath: root.path)
    let problems = try client.waitForDiagnostics(uri: DocumentURI.uri(ofPath: config.path))
    #expect(problems.count == 1)
    #expect(problems.first?["range"]?["start"]?["line"] == 0)
    // The curated base still checks drafts meanwhile.
    let uri = DocumentURI.uri(ofPath: root.appendingPathComponent("draft.md").path)
    client.open(uri: uri, text: Fixtures.wrongSentence)
    #expect(try client.waitForDiagnostics(uri: uri).count == 1)
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available)
  func initializationOptionsSetTheLanguage(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize(options: ["factlint": ["language": "en"]])
    let uri = "file:///english.md"
    client.open(uri: uri, text: "China accounts for 95% of refined rare earth production.")
    let diagnostics = try client.waitForDiagnostics(uri: uri)
    try #require(diagnostics.count == 1)
    var params = docParams(uri).objectValue!
    params["position"] = diagnostics[0]["range"]?["start"] ?? .null
    let hover = try client.result("textDocument/hover", .object(params))
    #expect(hover["contents"]?["value"]?.stringValue?.contains("Expected value") == true)
    _ = try client.shutdownAndExit()
  }

  @Test(arguments: ServerTransport.available)
  func messagesSettingFixesTheLanguageOfDiagnosticsAndHover(transport: ServerTransport) throws {
    let client = try TestClient(transport: transport)
    try client.initialize(options: ["factlint": ["messages": "en"]])
    let uri = "file:///french.md"
    client.open(uri: uri, text: Fixtures.wrongSentence)
    let diagnostics = try client.waitForDiagnostics(uri: uri)
    try #require(diagnostics.count == 1)
    #expect(diagnostics[0]["message"]?.stringValue?.hasPrefix("“95 %” contradicts the fact base") == true)
    var params = docParams(uri).objectValue!
    params["position"] = diagnostics[0]["range"]?["start"] ?? .null
    let hover = try client.result("textDocument/hover", .object(params))
    #expect(hover["contents"]?["value"]?.stringValue?.contains("does not agree with this fact") == true)
    _ = try client.shutdownAndExit()
  }
}
