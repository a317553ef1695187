import Foundation

/// Why a fixed draft was not written; the original file is untouched in every case.
struct RewriteError: Error, CustomStringConvertible {
  var path: String
  var reason: String
  /// True when the file changed on disk after it was read: the user's edit wins over the fix.
  var changedOnDisk = false
  /// Set when the user's version could not be put back in place and was kept under this name instead.
  var keptAt: String?
  /// The rare case where the fix is in place but an edit made at the same moment could not be restored.
  var leftFixed = false

  var description: String {
    if let keptAt { return "\(path): \(reason); the edited version was kept as \(keptAt)" }
    if leftFixed { return "\(path): \(reason)" }
    return "\(path): \(reason); the file was left untouched"
  }
}

/// What a caller allows a rewrite to override.
struct RewriteOptions {
  /// Rewrite a read-only draft, and one with other hard links (which then keep the old text).
  var force = false
}

/// Places for tests to act at the racy moments of a rewrite, as a concurrent editor would.
struct RewriteHooks {
  var beforeRename: () -> Void = {}
  var afterRename: () -> Void = {}
}

/// Replaces a draft with its fixed bytes so that nothing can be lost.
///
/// The new bytes go to a temporary file in the draft's own folder (so the rename cannot cross file systems),
/// get the original's permissions and owner, are flushed to disk, and are renamed over the original only if
/// the original is still the version that was read. The original stays open across the rename, so a write
/// that lands in it at the last moment (an editor appending) is seen afterwards and its version put back.
/// Any failure removes the temporary file and leaves the draft as it was. A symbolic link stays a link: its
/// target is rewritten.
enum DraftRewriter {
  /// - Parameters:
  ///   - original: the bytes that were read and checked.
  ///   - stamp: the file's stamp taken before it was read.
  static func replace(
    _ path: String, original: [UInt8], stamp: FileStamp, with bytes: [UInt8], options: RewriteOptions = .init(),
    hooks: RewriteHooks = .init()
  ) throws(RewriteError) {
    guard let resolved = realpath(path, nil) else { throw failure(path, "cannot resolve the path", errno) }
    let target = String(cString: resolved)
    free(resolved)
    guard let current = FileStamp(path: target), current.isRegularFile else {
      throw RewriteError(path: path, reason: "is no longer a regular file")
    }
    if !options.force {
      if current.mode & S_IWUSR == 0 || access(target, W_OK) != 0 {
        throw RewriteError(path: path, reason: "is read-only (use --force to fix it anyway)")
      }
      if current.linkCount > 1 {
        throw RewriteError(
          path: path,
          reason: "has \(current.linkCount) hard links, which a fix would break: the other names would keep the "
            + "old text (use --force to fix this name anyway)")
      }
    }
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let temporary = try writeTemporary(bytes, folder: folder, name: name, mode: stamp, path: path)
    var settled = false
    defer {
      if !settled { PendingTemporaryFile.settle { unlink(temporary) } }
    }
    // Opened before the last comparison and kept across the rename: whatever is written to the old version
    // from now on is visible through this descriptor.
    let old = open(target, O_RDONLY | O_CLOEXEC)
    guard old >= 0 else { throw failure(path, "cannot reopen it", errno) }
    defer { close(old) }
    let changed = RewriteError(path: path, reason: "changed on disk since it was read", changedOnDisk: true)
    guard let before = FileStamp(descriptor: old), before.sameVersion(as: stamp), contents(of: old) == original
    else { throw changed }
    hooks.beforeRename()
    let renamed = PendingTemporaryFile.settle { rename(temporary, target) == 0 }
    guard renamed else { throw failure(path, "cannot rename the fixed copy over it", errno) }
    settled = true
    syncFolder(folder)
    hooks.afterRename()
    let after = contents(of: old)
    if let stamped = FileStamp(descriptor: old), stamped.sameVersion(as: stamp), after == original { return }
    // Someone wrote to the draft between the comparison and the rename: their version goes back in place.
    let edited = after ?? original
    let restore: String
    do throws(RewriteError) {
      restore = try writeTemporary(edited, folder: folder, name: name, mode: stamp, path: path)
    } catch {
      throw RewriteError(
        path: path,
        reason: "changed on disk while the fix was being written, and the edited version could not be "
          + "put back (\(error.reason)); the draft now holds the fixed text", changedOnDisk: true, keptAt: nil,
        leftFixed: true)
    }
    guard PendingTemporaryFile.settle({ rename(restore, target) == 0 }) else {
      throw RewriteError(
        path: path, reason: "changed on disk while the fix was being written; the draft holds the fixed text",
        changedOnDisk: true, keptAt: restore)
    }
    syncFolder(folder)
    throw RewriteError(
      path: path, reason: "changed on disk while the fix was being written, so the fix was not kept",
      changedOnDisk: true)
  }

  /// A flushed temporary file beside the draft, with its permissions and owner; registered for removal on signals.
  private static func writeTemporary(
    _ bytes: [UInt8], folder: String, name: String, mode stamp: FileStamp, path: String
  ) throws(RewriteError) -> String {
    guard let (descriptor, temporary) = PendingTemporaryFile.create(template: "\(folder)/.\(name).factlint-XXXXXX")
    else { throw failure(path, "cannot create a temporary file in \(folder)", errno) }
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
      guard close(descriptor) == 0 else { throw failure(path, "cannot close the temporary file", errno) }
    } catch {
      close(descriptor)
      PendingTemporaryFile.settle { unlink(temporary) }
      throw error
    }
    return temporary
  }

  /// The whole content behind a descriptor, read from its start; nil when it cannot be read.
  private static func contents(of descriptor: Int32) -> [UInt8]? {
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    var offset: off_t = 0
    while true {
      let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, offset) }
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { return result }
      result.append(contentsOf: chunk[0..<count])
      offset += off_t(count)
    }
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
