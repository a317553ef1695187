import Drafts
import Foundation
import Workspace

/// Finds drafts on disk and reads them, refusing what is not UTF-8 text instead of guessing.
enum DraftInput {
  static let extensions: Set<String> = ["md", "markdown", "txt"]
  /// How a writer lifts the size limit, said when a draft is over it.
  static let sizeHint = "raise it with maxDraftSize or --max-draft-size"

  /// Files named directly, and the drafts under named folders (hidden entries, `.build` and `node_modules`
  /// skipped), sorted; what a walk could not read (an unreadable folder, a FIFO named `*.md`) comes back as errors.
  static func collect(_ paths: [String]) -> (files: [String], errors: [FileReadError]) {
    var files: [String] = []
    var errors: [FileReadError] = []
    let walk = FolderWalk(skippedFolders: [".build", "node_modules"]) { name in
      extensions.contains((name as NSString).pathExtension.lowercased())
    }
    for path in paths {
      if path == "-" {
        files.append(path)
        continue
      }
      var status = stat()
      guard stat(path, &status) == 0 else {
        let reason = errno == ENAMETOOLONG ? "path too long (over \(PATH_MAX) bytes)" : "no such file or directory"
        errors.append(FileReadError(path: path, message: reason))
        continue
      }
      guard status.st_mode & S_IFMT == S_IFDIR else {
        files.append(path)
        continue
      }
      let found = walk.files(under: path)
      files += found.files
      errors += found.problems
    }
    return (files, errors)
  }

  /// The file's bytes, once they are known to be UTF-8 text: a regular file (links followed) of at most `limit`
  /// bytes; FIFOs and devices are refused without blocking.
  static func readFile(_ path: String, limit: Int = RegularFile.defaultDraftLimit) -> Result<[UInt8], FileReadError> {
    RegularFile.read(path, limit: limit, hint: sizeHint).flatMap { validate($0, path: path) }
  }

  /// Standard input, read in 64 KiB chunks, at most `limit` bytes.
  static func readStandardInput(displayName: String, limit: Int = RegularFile.defaultDraftLimit)
    -> Result<[UInt8], FileReadError>
  {
    switch RegularFile.readAll(STDIN_FILENO, expected: 0, limit: limit) {
    case .success(let bytes): return validate(bytes, path: displayName)
    case .failure(.tooLarge):
      return .failure(FileReadError(path: displayName, message: RegularFile.tooLarge(limit, hint: sizeHint)))
    case .failure(.system): return .failure(FileReadError(path: displayName, message: "cannot read standard input"))
    }
  }

  static func validate(_ bytes: [UInt8], path: String) -> Result<[UInt8], FileReadError> {
    // Anywhere in the file, not only its first 8 KiB: the same answer wherever the NUL stands.
    if bytes.withUnsafeBufferPointer({ p in p.baseAddress.map { memchr($0, 0, p.count) != nil } ?? false }) {
      return .failure(FileReadError(path: path, message: "binary file (contains NUL bytes), not a draft"))
    }
    // Validates in place; building a String would copy the whole draft.
    if (try? UTF8Span(validating: bytes.span)) == nil {
      let offset = firstInvalidUTF8(bytes)
      let line = bytes[0..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      return .failure(
        FileReadError(path: path, message: "not valid UTF-8 text (first bad byte at offset \(offset), line \(line))"))
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
