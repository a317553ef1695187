import FactBase
import Foundation

/// Finds and reads facts files on disk for the front ends; the parsing itself stays in FactBase.
public enum FactFiles {
  /// JSON files under each path (a file, or a folder walked recursively), `schema.json` excepted, sorted; a file
  /// reached twice (`--facts x --facts ./x`, a link) is listed once.
  public static func collect(_ paths: [String]) throws(FactBaseError) -> [String] {
    var files: [String] = []
    var problems: [FactDiagnostic] = []
    let walk = FolderWalk { $0.hasSuffix(".json") && $0 != "schema.json" }
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
      let found = walk.files(under: path)
      files += found.files
      problems += found.problems.map { FactDiagnostic(path: $0.path, line: 1, column: 1, message: $0.message) }
    }
    if !problems.isEmpty { throw FactBaseError(diagnostics: problems) }
    var seen: Set<FileIdentity> = []
    return files.filter { path in
      guard let identity = FileIdentity(path) else { return true }
      return seen.insert(identity).inserted
    }
  }

  /// Loads the facts files under `paths` into one base.
  public static func load(_ paths: [String]) throws(FactBaseError) -> FactBase {
    var contents: [(path: String, bytes: [UInt8])] = []
    for file in try collect(paths) {
      switch RegularFile.read(file, limit: RegularFile.factsLimit) {
      case .success(let bytes): contents.append((file, bytes))
      case .failure(let problem):
        throw FactBaseError(diagnostics: [FactDiagnostic(path: file, line: 1, column: 1, message: problem.message)])
      }
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

/// A file's device and inode: two paths to one file have the same.
struct FileIdentity: Hashable {
  var device: UInt64
  var inode: UInt64

  init?(_ path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
  }
}
