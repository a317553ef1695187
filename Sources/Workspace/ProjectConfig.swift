import Checking
import Drafts
import FactBase
import Foundation

/// A project's `.factlint.json`: fact bases to add, the language, severity overrides, paths to ignore.
public struct ProjectConfig: Sendable {
  public static let fileName = ".factlint.json"

  /// The config file's own path; relative paths inside it are resolved from its folder.
  public var path: String
  /// Absolute paths of facts files or folders to load.
  public var factPaths: [String] = []
  /// False when the project replaces the curated base instead of adding to it.
  public var useCuratedFacts = true
  public var language: LanguageChoice?
  /// The language of findings and hover: the draft's (`"draft"`, the default) or a fixed one.
  public var messages: MessageLanguage?
  /// Rule id → severity; nil turns the rule off.
  public var severities: [String: Severity?] = [:]
  /// Glob patterns, relative to the config's folder, of drafts not to check.
  public var ignore: [String] = []
  /// The largest draft read from disk, in bytes (`"maxDraftSize"` in MiB).
  public var maxDraftBytes: Int?

  public var directory: String { (path as NSString).deletingLastPathComponent }

  public init(path: String) { self.path = path }

  /// The nearest `.factlint.json` in `directory` or above it.
  public static func find(from directory: String) -> String? {
    var current = URL(fileURLWithPath: directory).standardizedFileURL.path
    while true {
      let candidate = (current as NSString).appendingPathComponent(fileName)
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
      let parent = (current as NSString).deletingLastPathComponent
      if parent == current || parent.isEmpty { return nil }
      current = parent
    }
  }

  /// Reads and validates a config file; every problem comes back with its line and column.
  public static func load(path: String) throws(FactBaseError) -> ProjectConfig {
    switch RegularFile.read(path, limit: 16 << 20) {
    case .success(let bytes): return try parse(bytes: bytes, path: path)
    case .failure(let problem):
      throw FactBaseError(diagnostics: [FactDiagnostic(path: path, line: 1, column: 1, message: problem.message)])
    }
  }

  public static func parse(bytes: [UInt8], path: String) throws(FactBaseError) -> ProjectConfig {
    let lines = LineTable(bytes: bytes)
    var diagnostics: [FactDiagnostic] = []
    func report(_ offset: Int, _ message: String) {
      let p = lines.position(ofOffset: offset, in: .scalars)
      diagnostics.append(FactDiagnostic(path: path, line: p.line + 1, column: p.column + 1, message: message))
    }
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      report(error.offset, "invalid JSON: \(error.message)")
      throw FactBaseError(diagnostics: diagnostics)
    }
    var config = ProjectConfig(path: path)
    guard let members = root.members else {
      report(root.span.lowerBound, "the config is a JSON object")
      throw FactBaseError(diagnostics: diagnostics)
    }
    let base = config.directory
    for (key, node) in members {
      switch key {
      case "$schema": continue
      case "facts":
        for item in node.array ?? [node] {
          guard let text = item.string, !text.isEmpty else {
            report(item.span.lowerBound, "\"facts\" lists paths of facts files or folders")
            continue
          }
          let resolved = resolve(text, from: base)
          // A project's config may not reach out of the project (a cloned repository could point at ~/.ssh);
          // paths given on the command line are the user's own and may go anywhere.
          guard isInside(resolved, base) else {
            report(item.span.lowerBound, "\"facts\" paths stay inside the project folder (\(base))")
            continue
          }
          config.factPaths.append(resolved)
        }
      case "curatedFacts":
        guard let flag = node.bool else {
          report(node.span.lowerBound, "\"curatedFacts\" is true or false")
          continue
        }
        config.useCuratedFacts = flag
      case "language":
        guard let text = node.string, let choice = LanguageChoice(argument: text) else {
          report(node.span.lowerBound, "\"language\" is \"auto\", \"fr\" or \"en\"")
          continue
        }
        config.language = choice
      case "messages":
        guard let text = node.string, let choice = MessageLanguage(argument: text) else {
          report(node.span.lowerBound, "\"messages\" is \"draft\", \"fr\" or \"en\"")
          continue
        }
        config.messages = choice
      case "severity":
        for (rule, value) in node.members ?? [] {
          guard Rule.all.contains(rule) else {
            report(value.span.lowerBound, "unknown rule \"\(rule)\" (known: \(Rule.all.joined(separator: ", ")))")
            continue
          }
          switch value.string {
          case "off": config.severities[rule] = .some(nil)
          case let level?:
            if let severity = Severity(rawValue: level) {
              config.severities[rule] = severity
            } else {
              report(value.span.lowerBound, "a severity is \"error\", \"warning\", \"info\" or \"off\"")
            }
          case nil: report(value.span.lowerBound, "a severity is \"error\", \"warning\", \"info\" or \"off\"")
          }
        }
      case "ignore":
        for item in node.array ?? [] {
          guard let pattern = item.string else {
            report(item.span.lowerBound, "\"ignore\" lists glob patterns")
            continue
          }
          config.ignore.append(pattern)
        }
      case "maxDraftSize":
        guard let mib = node.number, mib == mib.rounded(), mib >= 1, mib <= 4096 else {
          report(node.span.lowerBound, "\"maxDraftSize\" is a whole number of MiB from 1 to 4096")
          continue
        }
        config.maxDraftBytes = Int(mib) << 20
      default:
        report(
          node.span.lowerBound,
          "unknown key \"\(key)\" (known: facts, curatedFacts, language, messages, severity, ignore, maxDraftSize)")
      }
    }
    if !diagnostics.isEmpty { throw FactBaseError(diagnostics: diagnostics) }
    return config
  }

  /// Whether `path`, links resolved, lies in `folder` (links resolved too).
  static func isInside(_ path: String, _ folder: String) -> Bool {
    let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL.path
    return real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/")
  }

  static func resolve(_ path: String, from base: String) -> String {
    let expanded = (path as NSString).expandingTildeInPath
    if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL.path }
    return URL(fileURLWithPath: (base as NSString).appendingPathComponent(expanded)).standardizedFileURL.path
  }

  /// Whether a draft path is ignored by this config's patterns.
  public func ignores(_ file: String) -> Bool {
    let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
    let root = URL(fileURLWithPath: directory).standardizedFileURL.path
    guard absolute.hasPrefix(root + "/") else { return false }
    let relative = String(absolute.dropFirst(root.count + 1))
    return ignore.contains { Glob.matches(pattern: $0, path: relative) }
  }
}
