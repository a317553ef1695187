import Foundation

/// Why a fixed draft was not written; the original file is untouched in every case.
struct RewriteError: Error, CustomStringConvertible {
  var path: String
  var reason: String
  /// True when the file changed on disk after it was read: the user's edit wins over the fix.
  var changedOnDisk = false

  var description: String { "\(path): \(reason); the file was left untouched" }
}

/// Replaces a draft with its fixed bytes so that nothing can be lost.
///
/// The new bytes go to a temporary file in the draft's own folder (so the rename cannot cross file systems),
/// get the original's permissions and owner, are flushed to disk, and are renamed over the original only if
/// the original is still the version that was read. Any failure removes the temporary file and leaves the
/// draft as it was. A symbolic link stays a link: its target is rewritten.
enum DraftRewriter {
  /// - Parameters:
  ///   - original: the bytes that were read and checked.
  ///   - stamp: the file's stamp taken before it was read.
  static func replace(_ path: String, original: [UInt8], stamp: FileStamp, with bytes: [UInt8]) throws(RewriteError) {
    guard let resolved = realpath(path, nil) else { throw failure(path, "cannot resolve the path", errno) }
    let target = String(cString: resolved)
    free(resolved)
    guard let current = FileStamp(path: target), current.isRegularFile else {
      throw RewriteError(path: path, reason: "is no longer a regular file")
    }
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    var template = Array("\(folder)/.\(name).factlint-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw failure(path, "cannot create a temporary file in \(folder)", errno) }
    let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var renamed = false
    defer {
      if !renamed { unlink(temporary) }
    }
    do throws(RewriteError) {
      try writeAll(descriptor, bytes, path: path)
      // Owner first: chown may clear set-user-id bits that the chmod then restores.
      if fchown(descriptor, stamp.owner, stamp.group) != 0 && errno != EPERM {
        throw failure(path, "cannot give the temporary file the original owner", errno)
      }
      guard fchmod(descriptor, stamp.mode & 0o7777) == 0 else {
        throw failure(path, "cannot give the temporary file the original permissions", errno)
      }
      guard fsync(descriptor) == 0 else { throw failure(path, "cannot flush the temporary file", errno) }
    } catch {
      close(descriptor)
      throw error
    }
    guard close(descriptor) == 0 else { throw failure(path, "cannot close the temporary file", errno) }
    try ensureUnchanged(path, target: target, original: original, stamp: stamp)
    guard rename(temporary, target) == 0 else { throw failure(path, "cannot rename the fixed copy over it", errno) }
    renamed = true
    syncFolder(folder)
  }

  /// The last look before the rename: same inode, size, modification time and bytes as when it was read.
  private static func ensureUnchanged(
    _ path: String, target: String, original: [UInt8], stamp: FileStamp
  ) throws(RewriteError) {
    let changed = RewriteError(path: path, reason: "changed on disk since it was read", changedOnDisk: true)
    guard let now = FileStamp(path: target), now.sameVersion(as: stamp) else { throw changed }
    guard let data = FileManager.default.contents(atPath: target), data.elementsEqual(original) else { throw changed }
  }

  private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(RewriteError) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
      if written < 0 {
        if errno == EINTR { continue }
        throw failure(path, "cannot write the temporary file", errno)
      }
      offset += written
    }
  }

  /// Makes the rename itself durable; a folder that cannot be synced is not worth failing a fix for.
  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  private static func failure(_ path: String, _ what: String, _ code: Int32) -> RewriteError {
    RewriteError(path: path, reason: "\(what): \(String(cString: strerror(code)))")
  }
}
