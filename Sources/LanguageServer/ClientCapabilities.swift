import Drafts

/// The few client capabilities the server acts on, read once from `initialize`.
struct ClientCapabilities: Sendable {
  var positionEncodings: [String] = []
  /// The client pulls diagnostics (`textDocument.diagnostic`), so pushing them too would show them twice.
  var pullDiagnostics = false
  var diagnosticRefresh = false
  var watchedFilesDynamicRegistration = false
  var watchedFilesRelativePatterns = false
  var hoverMarkdown = true
  var relatedInformation = true

  init() {}

  init(_ capabilities: LSPAny?) {
    guard let capabilities else { return }
    positionEncodings = capabilities["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue) ?? []
    pullDiagnostics = capabilities["textDocument"]?["diagnostic"]?.objectValue != nil
    diagnosticRefresh = capabilities["workspace"]?["diagnostics"]?["refreshSupport"]?.boolValue ?? false
    let watched = capabilities["workspace"]?["didChangeWatchedFiles"]
    watchedFilesDynamicRegistration = watched?["dynamicRegistration"]?.boolValue ?? false
    watchedFilesRelativePatterns = watched?["relativePatternSupport"]?.boolValue ?? false
    if let formats = capabilities["textDocument"]?["hover"]?["contentFormat"]?.arrayValue {
      hoverMarkdown = formats.contains("markdown")
    }
    if let related = capabilities["textDocument"]?["publishDiagnostics"]?["relatedInformation"]?.boolValue {
      relatedInformation = related
    }
  }

  /// UTF-8 when the client offers it (no conversion at all), else UTF-16, the LSP default every client supports.
  var negotiatedEncoding: ColumnEncoding {
    positionEncodings.contains("utf-8") ? .utf8 : .utf16
  }
}
