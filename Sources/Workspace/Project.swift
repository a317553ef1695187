import Checking
import Drafts
import FactBase

/// What checks the drafts of one folder: the nearest `.factlint.json` (if any), the fact base it names and the
/// checker built on it. Both front ends get it from `ProjectLoader`.
public struct Project: Sendable {
  public var config: ProjectConfig?
  public var checker: Checker
  public var base: FactBase { checker.base }

  public init(config: ProjectConfig?, checker: Checker) {
    self.config = config
    self.checker = checker
  }

  /// The one rule for the draft language: the caller's choice (`--lang`, editor settings, a batch line), else the
  /// config's `language`, else detection.
  public func language(overriding choice: LanguageChoice?) -> LanguageChoice {
    choice ?? config?.language ?? .auto
  }

  /// The language of findings and hover: the caller's choice (`--messages`, editor settings), else the config's
  /// `messages`, else the draft's own.
  public func messages(overriding choice: MessageLanguage?) -> MessageLanguage {
    choice ?? config?.messages ?? .draft
  }

  /// Whether the config's `ignore` globs leave this path unchecked.
  public func ignores(_ path: String) -> Bool { config?.ignores(path) ?? false }
}

/// A config or fact base that could not be loaded: every problem with its file, line and column.
public struct ProjectLoadError: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [FactDiagnostic]

  public init(_ error: FactBaseError) { diagnostics = error.diagnostics }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Loads projects: `.factlint.json` → fact base → checker, once per config file however many drafts share it.
public struct ProjectLoader {
  public let extraFacts: [String]
  public let useCurated: Bool
  private var byConfig: [String: Project] = [:]
  private var byDirectory: [String: String] = [:]

  /// - Parameters:
  ///   - extraFacts: facts files or folders added to every project (the command line's `--facts`).
  ///   - useCurated: false leaves the curated base out whatever the configs say (`--no-curated`).
  public init(extraFacts: [String], useCurated: Bool = true) {
    self.extraFacts = extraFacts
    self.useCurated = useCurated
  }

  /// The project the drafts of `directory` belong to: the nearest config in it or above it.
  public mutating func project(for directory: String) -> Result<Project, ProjectLoadError> {
    let configPath: String
    if let cached = byDirectory[directory] {
      configPath = cached
    } else {
      configPath = ProjectConfig.find(from: directory) ?? ""
      byDirectory[directory] = configPath
    }
    if let project = byConfig[configPath] { return .success(project) }
    let loaded = Self.load(
      configPath: configPath.isEmpty ? nil : configPath, extraFacts: extraFacts, useCurated: useCurated)
    if case .success(let project) = loaded { byConfig[configPath] = project }
    return loaded
  }

  /// The project of an explicit config file (or none), uncached: the language server reloads it on every change.
  public static func load(configPath: String?, extraFacts: [String], useCurated: Bool = true)
    -> Result<Project, ProjectLoadError>
  {
    do throws(FactBaseError) {
      let config = try configPath.map { path throws(FactBaseError) in try ProjectConfig.load(path: path) }
      let base = try FactFiles.base(config: config, extra: extraFacts, useCurated: useCurated)
      return .success(Project(config: config, checker: Checker(base: base, severities: config?.severities ?? [:])))
    } catch {
      return .failure(ProjectLoadError(error))
    }
  }
}
