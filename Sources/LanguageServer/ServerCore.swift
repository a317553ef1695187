import Checking
import Drafts
import FactBase
import Foundation

/// The server's state and message handlers; lives in a `Mutex` and runs on the server queue only.
final class ServerCore {
  enum Phase {
    case uninitialized
    case running
    case shuttingDown
    case closed
  }

  let options: LanguageServerOptions
  let log: Logger
  private(set) var phase = Phase.uninitialized
  private(set) var shutdownRequested = false
  var encoding = ColumnEncoding.utf16
  var client = ClientCapabilities()
  var settings = ServerSettings()
  var documents: [String: OpenDocument] = [:]
  var facts: FactState
  /// Makes every diagnostics result id unique for the server's life, across documents and reopenings.
  var resultSerial = 0
  /// Facts-file diagnostics found while initializing, sent once the client has the initialize result.
  var pendingFactDiagnostics: [String: [Diagnostic]] = [:]

  init(options: LanguageServerOptions, log: Logger) {
    self.options = options
    self.log = log
    facts = FactState(searchDirectories: options.factSearchDirectories ?? FactState.defaultSearchDirectories())
  }

  /// Whether `textDocument/publishDiagnostics` goes out for open documents.
  var pushesDiagnostics: Bool {
    switch settings.diagnostics {
    case .automatic: !client.pullDiagnostics
    case .push, .both: true
    case .pull: false
    }
  }

  func close() {
    phase = .closed
    documents.removeAll()
  }

  // MARK: Dispatch

  func handleRequest(method: String, params: LSPAny?, host: ServerHost) -> Result<LSPAny, ResponseError> {
    log.debug("request \(method)")
    do throws(ResponseError) {
      switch phase {
      case .uninitialized:
        guard method == InitializeResult.method else { throw .serverNotInitialized }
        return .success(try initialize(params: try objectParams(params)))
      case .shuttingDown, .closed:
        if method == "shutdown" { return .success(.null) }
        throw .invalidRequest("the server is shutting down: \(method) refused")
      case .running:
        break
      }
      switch method {
      case InitializeResult.method:
        throw .invalidRequest("initialize may only be sent once")
      case "shutdown":
        phase = .shuttingDown
        shutdownRequested = true
        return .success(.null)
      default:
        guard let handler = Self.requestHandlers.first(where: { $0.method == method }) else {
          throw .methodNotFound(method)
        }
        return .success(try handler.handle(self, try objectParams(params)))
      }
    } catch {
      if error.code != ResponseError.methodNotFoundCode { log.info("\(method) failed: \(error.message)") }
      return .failure(error)
    }
  }

  func handleNotification(method: String, params: LSPAny?, host: ServerHost) {
    log.debug("notification \(method)")
    guard phase == .running else {
      log.debug("dropping \(method): the server is not running")
      return
    }
    do throws(ResponseError) {
      switch method {
      case "initialized": registerWatchers(host: host)
      case "textDocument/didOpen": try didOpen(params: try objectParams(params), host: host)
      case "textDocument/didChange": try didChange(params: try objectParams(params), host: host)
      case "textDocument/didSave": try didSave(params: try objectParams(params), host: host)
      case "textDocument/didClose": try didClose(params: try objectParams(params), host: host)
      case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(params: params, host: host)
      case "workspace/didChangeConfiguration": didChangeConfiguration(params: params, host: host)
      default: log.debug("ignoring notification \(method)")
      }
    } catch {
      // A notification has no reply: the error can only be logged.
      log.error("\(method): \(error.message)")
    }
  }

  private func objectParams(_ params: LSPAny?) throws(ResponseError) -> LSPAny {
    guard let params, params.objectValue != nil else { throw .invalidParams("params must be an object") }
    return params
  }

  // MARK: Lifecycle

  private func initialize(params: LSPAny) throws(ResponseError) -> LSPAny {
    client = ClientCapabilities(params["capabilities"])
    encoding = client.negotiatedEncoding
    settings = ServerSettings(params["initializationOptions"], log: log)
    facts.roots = Self.workspaceRoots(params)
    phase = .running
    pendingFactDiagnostics = facts.reload(settings: settings, encoding: encoding, log: log)
    log.info("initialized: \(encoding.rawValue) positions, roots \(facts.roots), \(facts.base.facts.count) facts")
    // Text sync is served by the notification handlers; every request adds its own capability.
    var capabilities: [String: LSPAny] = [
      "positionEncoding": .string(encoding.rawValue),
      "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
    ]
    for handler in Self.requestHandlers { handler.advertise(&capabilities) }
    return InitializeResult(capabilities: capabilities, serverVersion: "0.1.0").lspAny
  }

  /// Every request the running server answers; `initialize` advertises exactly these.
  static let requestHandlers: [RequestHandler] = [
    RequestHandler(
      method: DocumentDiagnosticReport.method,
      advertise: {
        $0["diagnosticProvider"] = [
          "identifier": "factlint", "interFileDependencies": false, "workspaceDiagnostics": false,
        ]
      },
      handle: { core, params throws(ResponseError) in try core.pullDiagnostics(params: params) }),
    RequestHandler(
      method: CodeAction.method,
      advertise: {
        $0["codeActionProvider"] = ["codeActionKinds": [.string(CodeAction.quickFix)], "resolveProvider": false]
      },
      handle: { core, params throws(ResponseError) in try core.codeActions(params: params) }),
    RequestHandler(
      method: Hover.method, advertise: { $0["hoverProvider"] = true },
      handle: { core, params throws(ResponseError) in try core.hover(params: params) }),
    // factlint's own requests: no standard capability to advertise.
    RequestHandler(
      method: "factlint/checkText", advertise: { _ in },
      handle: { core, params throws(ResponseError) in try core.checkText(params: params) }),
    RequestHandler(
      method: "factlint/explain", advertise: { _ in },
      handle: { core, params throws(ResponseError) in try core.explain(params: params) }),
  ]

  /// Workspace folders win over `rootUri`, which wins over the deprecated `rootPath`.
  private static func workspaceRoots(_ params: LSPAny) -> [String] {
    if let folders = params["workspaceFolders"]?.arrayValue, !folders.isEmpty {
      return folders.compactMap { $0["uri"]?.stringValue.flatMap(DocumentURI.path(of:)) }
    }
    if let uri = params["rootUri"]?.stringValue, let path = DocumentURI.path(of: uri) { return [path] }
    if let path = params["rootPath"]?.stringValue { return [path] }
    return []
  }
}
