import Foundation

/// The files under a folder that a front end should read, and what could not be walked: nothing is skipped in
/// silence (an unreadable subfolder, a path over `PATH_MAX`, a FIFO or a device with a draft's name are reported).
///
/// Hidden entries are passed over; links to files are followed, links to folders are not (they could loop).
public struct FolderWalk {
  /// Folder names never entered ("node_modules", ".build").
  public var skippedFolders: Set<String>
  /// Whether a file name is one to collect ("draft.md", "facts.json").
  public var accepts: (String) -> Bool

  public init(skippedFolders: Set<String> = [], accepts: @escaping (String) -> Bool) {
    self.skippedFolders = skippedFolders
    self.accepts = accepts
  }

  /// The accepted files under `root`, sorted, and the problems met on the way.
  public func files(under root: String) -> (files: [String], problems: [FileReadError]) {
    var files: [String] = []
    var problems: [FileReadError] = []
    var pending = [root]
    while let folder = pending.popLast() {
      guard let names = Self.entries(of: folder) else {
        problems.append(
          FileReadError(path: folder, message: "cannot read the folder (\(String(cString: strerror(errno))))"))
        continue
      }
      for name in names where !name.hasPrefix(".") {
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        if path.utf8.count >= Int(PATH_MAX) {
          problems.append(FileReadError(path: path, message: "path longer than \(PATH_MAX) bytes, not read"))
          continue
        }
        var status = stat()
        guard lstat(path, &status) == 0 else {
          problems.append(FileReadError(path: path, message: "cannot read: \(String(cString: strerror(errno)))"))
          continue
        }
        var mode = status.st_mode & S_IFMT
        if mode == S_IFLNK {
          var target = stat()
          // A dangling link with a draft's name is reported below, when it is read.
          mode = stat(path, &target) == 0 ? target.st_mode & S_IFMT : S_IFREG
          if mode == S_IFDIR { continue }
        }
        if mode == S_IFDIR {
          if !skippedFolders.contains(name) { pending.append(path) }
          continue
        }
        guard accepts(name) else { continue }
        if mode == S_IFREG {
          files.append(path)
        } else {
          let kind = RegularFile.specialKind(mode) ?? "a special file"
          problems.append(FileReadError(path: path, message: "\(kind), not a regular file; not read"))
        }
      }
    }
    return (files.sorted(), problems.sorted { $0.path < $1.path })
  }

  /// The names in a folder, "." and ".." left out; nil with errno set when it cannot be listed.
  private static func entries(of folder: String) -> [String]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    errno = 0
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return errno == 0 ? names : nil
  }
}
