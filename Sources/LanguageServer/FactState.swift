import Checking
import Drafts
import FactBase
import Foundation
import Workspace

/// The fact base the server checks against, where it came from, and how to point editors at a fact's entry.
///
/// A reload that fails keeps the last good base: one typo in a facts file must not blank every diagnostic.
struct FactState {
  var roots: [String] = []
  let searchDirectories: [String]
  /// Bumped by every successful reload, so analyses of the old base are recomputed.
  private(set) var generation = 0
  /// The loaded project: its config, base and checker, and the language rule shared with the command line.
  private(set) var project = Project(config: nil, checker: Checker(base: FactBase.curated))
  var base: FactBase { project.base }
  var checker: Checker { project.checker }
  var config: ProjectConfig? { project.config }
  /// Facts files that currently carry diagnostics, cleared once they load again.
  private(set) var failingFiles: Set<String> = []
  /// Resolved facts files: their URI and line table, or nil when the file is nowhere on disk.
  private var locations: [String: (uri: String, lines: LineTable)?] = [:]

  init(searchDirectories: [String]) {
    self.searchDirectories = searchDirectories
  }

  /// The executable's directory and its parents, where a checkout keeps the curated base's `facts/` files.
  static func defaultSearchDirectories() -> [String] {
    guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return [] }
    var directories: [String] = []
    var directory = executable.deletingLastPathComponent()
    for _ in 0..<6 {
      directories.append(directory.path)
      let parent = directory.deletingLastPathComponent()
      if parent.path == directory.path { break }
      directory = parent
    }
    return directories
  }

  static func isFactsFile(uri: String) -> Bool {
    let lower = uri.lowercased()
    return lower.hasSuffix("/.factlint.json") || (lower.contains("/facts/") && lower.hasSuffix(".json"))
  }

  /// Where a fact is defined, as an LSP `Location`, ranges in the negotiated encoding.
  mutating func location(of fact: Fact, encoding: ColumnEncoding) -> LSPLocation? {
    let path = fact.location.path
    if locations.index(forKey: path) == nil {
      // Remember failures too (updateValue keeps a nil entry), so a missing file is looked for once per reload.
      locations.updateValue(
        resolve(path).flatMap { resolved in
          FileManager.default.contents(atPath: resolved).map {
            (DocumentURI.uri(ofPath: resolved), LineTable(bytes: Array($0)))
          }
        }, forKey: path)
    }
    guard let resolved = locations[path] ?? nil else { return nil }
    let span = fact.location.span.clamped(to: 0..<resolved.lines.bytes.count)
    return LSPLocation(uri: resolved.uri, range: resolved.lines.range(span, encoding: encoding))
  }

  private func resolve(_ path: String) -> String? {
    if path.hasPrefix("/") { return FileManager.default.fileExists(atPath: path) ? path : nil }
    for directory in roots + searchDirectories {
      let candidate = (directory as NSString).appendingPathComponent(path)
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Reloads `.factlint.json` and facts files. Returns the diagnostics to publish per file URI (empty arrays clear
  /// files that were failing), ranges in the negotiated encoding. On any problem the last good base stays.
  mutating func reload(
    settings: ServerSettings, encoding: ColumnEncoding = .utf16, log: Logger
  ) -> [String: [Diagnostic]] {
    locations.removeAll()
    var published: [String: [Diagnostic]] = [:]
    for path in failingFiles { published[DocumentURI.uri(ofPath: path)] = [] }
    let extra = settings.factPaths.map { path in
      path.hasPrefix("/")
        ? path
        : ((roots.first ?? FileManager.default.currentDirectoryPath) as NSString)
          .appendingPathComponent(path)
    }
    // The first workspace root with a `.factlint.json` (in it or above it) configures the server.
    let configPath = roots.lazy.compactMap { ProjectConfig.find(from: $0) }.first
    switch ProjectLoader.load(configPath: configPath, extraFacts: extra) {
    case .success(let project):
      self.project = project
      generation += 1
      failingFiles = []
      log.info("fact base: \(project.base.facts.count) facts (config: \(project.config?.path ?? "none"))")
    case .failure(let error):
      log.error("configuration or facts files invalid, keeping the last good base:\n\(error)")
      failingFiles = Set(error.diagnostics.map(\.path))
      for (path, diagnostics) in Dictionary(grouping: error.diagnostics, by: \.path) {
        // One read of the file for all of its problems.
        let lines = LineTable(bytes: FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? [])
        published[DocumentURI.uri(ofPath: path)] = diagnostics.map {
          Self.diagnostic($0, lines: lines, encoding: encoding)
        }
      }
    }
    return published
  }

  /// Whether the project configuration leaves a document unchecked.
  func ignores(uri: String) -> Bool {
    guard let config, let path = DocumentURI.path(of: uri) else { return false }
    return config.ignores(path)
  }

  /// A facts-file problem (one-based line and column in Unicode scalars) as a diagnostic running to the line's end.
  static func diagnostic(_ problem: FactDiagnostic, lines: LineTable, encoding: ColumnEncoding) -> Diagnostic {
    let line = max(0, problem.line - 1)
    let start = lines.offset(of: LinePosition(line: line, column: max(0, problem.column - 1)), in: .scalars)
    let end = line < lines.lineCount ? max(start, lines.contentRange(ofLine: line).upperBound) : start
    return Diagnostic(
      range: lines.range(start..<end, encoding: encoding), severity: .error, code: "facts-file",
      message: problem.message)
  }
}
