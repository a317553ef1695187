import Checking
import FactBase
import Foundation
import Workspace

/// A project's config and the checker built from it.
struct ProjectContext {
  var config: ProjectConfig?
  var checker: Checker
}

/// One checker per `.factlint.json`, built once however many drafts share it.
struct ProjectContexts {
  let extraFacts: [String]
  let useCurated: Bool
  private var byConfig: [String: ProjectContext] = [:]
  private var byDirectory: [String: String] = [:]

  init(extraFacts: [String], useCurated: Bool) {
    self.extraFacts = extraFacts
    self.useCurated = useCurated
  }

  mutating func context(for directory: String) -> Result<ProjectContext, FactBaseError> {
    let configPath: String
    if let cached = byDirectory[directory] {
      configPath = cached
    } else {
      configPath = ProjectConfig.find(from: directory) ?? ""
      byDirectory[directory] = configPath
    }
    if let context = byConfig[configPath] { return .success(context) }
    do {
      let config = configPath.isEmpty ? nil : try ProjectConfig.load(path: configPath)
      let base = try FactFiles.base(config: config, extra: extraFacts, useCurated: useCurated)
      let context = ProjectContext(config: config, checker: Checker(base: base, severities: config?.severities ?? [:]))
      byConfig[configPath] = context
      return .success(context)
    } catch {
      return .failure(error)
    }
  }
}
