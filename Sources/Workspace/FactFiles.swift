import FactBase
import Foundation

/// Finds and reads facts files on disk for the front ends; the parsing itself stays in FactBase.
public enum FactFiles {
  /// JSON files under each path (a file, or a folder walked recursively), `schema.json` excepted, sorted.
  public static func collect(_ paths: [String]) throws(FactBaseError) -> [String] {
    var files: [String] = []
    var problems: [FactDiagnostic] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        problems.append(FactDiagnostic(path: path, line: 1, column: 1, message: "no such facts file or folder"))
        continue
      }
      if !isDirectory.boolValue {
        files.append(path)
        continue
      }
      let enumerator = FileManager.default.enumerator(atPath: path)
      var found: [String] = []
      while let relative = enumerator?.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        if name.hasSuffix(".json") && name != "schema.json" && !name.hasPrefix(".") {
          found.append((path as NSString).appendingPathComponent(relative))
        }
      }
      files += found.sorted()
    }
    if !problems.isEmpty { throw FactBaseError(diagnostics: problems) }
    return files
  }

  /// Loads the facts files under `paths` into one base.
  public static func load(_ paths: [String]) throws(FactBaseError) -> FactBase {
    var contents: [(path: String, bytes: [UInt8])] = []
    for file in try collect(paths) {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw FactBaseError(diagnostics: [
          FactDiagnostic(path: file, line: 1, column: 1, message: "cannot read the file")
        ])
      }
      contents.append((file, [UInt8](data)))
    }
    return try FactBase.load(files: contents)
  }

  /// The base a project checks against: the curated one unless replaced, plus the config's and the caller's.
  public static func base(config: ProjectConfig?, extra: [String], useCurated: Bool = true) throws(FactBaseError)
    -> FactBase
  {
    let paths = (config?.factPaths ?? []) + extra
    let curated = useCurated && (config?.useCuratedFacts ?? true)
    if paths.isEmpty { return curated ? FactBase.curated : FactBase(facts: []) }
    let loaded = try load(paths)
    return curated ? FactBase.curated.merging(loaded) : loaded
  }
}
