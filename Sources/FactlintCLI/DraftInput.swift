import Drafts
import Foundation

/// Why a draft could not be read; each becomes a clear message and exit status 2.
struct InputError: Error {
  var path: String
  var message: String

  var description: String { "\(path): \(message)" }
}

/// Finds drafts on disk and reads them, refusing what is not UTF-8 text instead of guessing.
enum DraftInput {
  static let extensions: Set<String> = ["md", "markdown", "txt"]

  /// Files named directly, and the drafts under named folders (hidden folders and `.build` skipped), sorted.
  static func collect(_ paths: [String]) -> (files: [String], errors: [InputError]) {
    var files: [String] = []
    var errors: [InputError] = []
    for path in paths {
      if path == "-" {
        files.append(path)
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        errors.append(InputError(path: path, message: "no such file or directory"))
        continue
      }
      guard isDirectory.boolValue else {
        files.append(path)
        continue
      }
      files += walk(path)
    }
    return (files, errors)
  }

  private static func walk(_ root: String) -> [String] {
    var found: [String] = []
    let base = URL(fileURLWithPath: root)
    guard
      let enumerator = FileManager.default.enumerator(
        at: base, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
    else { return [] }
    for case let url as URL in enumerator {
      let name = url.lastPathComponent
      if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
        if name == ".build" || name == "node_modules" { enumerator.skipDescendants() }
        continue
      }
      if extensions.contains(url.pathExtension.lowercased()) {
        let relative = String(url.path.dropFirst(base.path.count)).drop { $0 == "/" }
        found.append(root.hasSuffix("/") ? root + relative : root + "/" + relative)
      }
    }
    return found.sorted()
  }

  /// The file's bytes, once they are known to be UTF-8 text.
  static func readFile(_ path: String) -> Result<[UInt8], InputError> {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      return .failure(InputError(path: path, message: "is a directory"))
    }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      let reason = errno == EACCES ? "cannot read the file (permission denied)" : "no such file or directory"
      return .failure(InputError(path: path, message: reason))
    }
    defer { close(fd) }
    var status = stat()
    let size = fstat(fd, &status) == 0 ? Int(status.st_size) : 0
    guard let bytes = readAll(fd, expected: size) else {
      return .failure(InputError(path: path, message: "cannot read the file: \(String(cString: strerror(errno)))"))
    }
    return validate(bytes, path: path)
  }

  /// Standard input, read in 64 KiB chunks.
  static func readStandardInput(displayName: String) -> Result<[UInt8], InputError> {
    guard let bytes = readAll(STDIN_FILENO, expected: 0) else {
      return .failure(InputError(path: displayName, message: "cannot read standard input"))
    }
    return validate(bytes, path: displayName)
  }

  /// Everything a descriptor gives until its end, in 64 KiB reads, straight into the array the checker keeps
  /// (going through Data would hold the draft twice); nil on a read error, with errno set.
  private static func readAll(_ fd: Int32, expected: Int) -> [UInt8]? {
    var bytes: [UInt8] = []
    if expected > 0 { bytes.reserveCapacity(expected) }
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }

  static func validate(_ bytes: [UInt8], path: String) -> Result<[UInt8], InputError> {
    if bytes.prefix(8192).contains(0) {
      return .failure(InputError(path: path, message: "binary file (contains NUL bytes), not a draft"))
    }
    // Validates in place; building a String would copy the whole draft.
    if (try? UTF8Span(validating: bytes.span)) == nil {
      let offset = firstInvalidUTF8(bytes)
      let line = bytes[0..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      return .failure(
        InputError(path: path, message: "not valid UTF-8 text (first bad byte at offset \(offset), line \(line))"))
    }
    return .success(bytes)
  }

  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      let length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0
      if length == 0 || i + length > bytes.count { return i }
      if length > 1 && String(validating: bytes[i..<i + length], as: UTF8.self) == nil { return i }
      i += length
    }
    return bytes.count
  }
}
