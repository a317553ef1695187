import Foundation

/// `file://` URIs to paths and back, percent-encoding as clients do.
enum DocumentURI {
  static func path(of uri: String) -> String? {
    guard uri.hasPrefix("file:"), let url = URL(string: uri), url.isFileURL else { return nil }
    let path = url.path
    return path.isEmpty ? nil : path
  }

  static func uri(ofPath path: String) -> String {
    URL(fileURLWithPath: path).absoluteString
  }

  /// The last path component, for guessing a draft's format from its extension.
  static func fileName(of uri: String) -> String {
    let withoutQuery = uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? uri
    return withoutQuery.split(separator: "/").last.map(String.init) ?? uri
  }
}
