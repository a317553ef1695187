/// Watching facts files and settings: any change reloads the base and rechecks open documents.
extension ServerCore {
  static let watchedGlobs = ["**/facts/**/*.json", "**/.factlint.json"]

  /// Asks the client to watch facts files, when it supports dynamic registration (the only way to ask).
  func registerWatchers(host: ServerHost) {
    publishFactDiagnostics(pendingFactDiagnostics, host: host)
    pendingFactDiagnostics = [:]
    guard client.watchedFilesDynamicRegistration else { return }
    let watchers: [LSPAny] = Self.watchedGlobs.map { ["globPattern": .string($0)] }
    let registration: LSPAny = [
      "id": "factlint-watch-facts", "method": "workspace/didChangeWatchedFiles",
      "registerOptions": ["watchers": .array(watchers)],
    ]
    host.send([
      "jsonrpc": "2.0", "id": "factlint-register-1", "method": "client/registerCapability",
      "params": ["registrations": [registration]],
    ])
  }

  func didChangeWatchedFiles(params: LSPAny?, host: ServerHost) {
    let uris = params?["changes"]?.arrayValue?.compactMap { $0["uri"]?.stringValue } ?? []
    reloadFacts(reason: "watched files changed: \(uris.joined(separator: ", "))", host: host)
  }

  func didChangeConfiguration(params: LSPAny?, host: ServerHost) {
    if let value = params?["settings"], !value.isNull {
      settings = ServerSettings(value, log: log)
    }
    reloadFacts(reason: "configuration changed", host: host)
  }

  func reloadFacts(reason: String, host: ServerHost) {
    log.info("reloading facts: \(reason)")
    let before = facts.generation
    publishFactDiagnostics(facts.reload(settings: settings, encoding: encoding, log: log), host: host)
    if facts.generation != before { recheckOpenDocuments(host: host) }
  }

  func publishFactDiagnostics(_ diagnostics: [String: [Diagnostic]], host: ServerHost) {
    for (uri, items) in diagnostics.sorted(by: { $0.key < $1.key }) {
      host.notify(PublishDiagnosticsParams.method, PublishDiagnosticsParams(uri: uri, diagnostics: items).lspAny)
    }
  }
}
