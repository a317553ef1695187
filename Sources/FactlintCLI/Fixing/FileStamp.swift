import Foundation

/// What identifies one version of a file on disk without reading it: device, inode, size and modification time.
///
/// Taken before a draft is read and again just before its fixed version is renamed over it, so an edit made
/// in between (by an editor, a formatter, a second factlint) is noticed instead of lost.
struct FileStamp: Equatable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  var modifiedSeconds: Int64
  var modifiedNanoseconds: Int64
  /// Permission bits, owner and group, restored on the fixed copy.
  var mode: mode_t
  var owner: uid_t
  var group: gid_t
  var isRegularFile: Bool
  /// Hard links to the file: a rename over one of them leaves the others with the old text.
  var linkCount: UInt64

  /// The stamp of the file a path leads to (symbolic links followed), or nil when it cannot be stat'ed.
  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    self.init(info)
  }

  /// The stamp of an open file.
  init?(descriptor: Int32) {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return nil }
    self.init(info)
  }

  private init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    #if canImport(Darwin)
      modifiedSeconds = Int64(info.st_mtimespec.tv_sec)
      modifiedNanoseconds = Int64(info.st_mtimespec.tv_nsec)
    #else
      modifiedSeconds = Int64(info.st_mtim.tv_sec)
      modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
    #endif
    mode = info.st_mode
    owner = info.st_uid
    group = info.st_gid
    isRegularFile = (info.st_mode & S_IFMT) == S_IFREG
    linkCount = UInt64(info.st_nlink)
  }

  /// Same file, same version: what matters for "has it changed since we read it".
  func sameVersion(as other: FileStamp) -> Bool {
    device == other.device && inode == other.inode && size == other.size
      && modifiedSeconds == other.modifiedSeconds && modifiedNanoseconds == other.modifiedNanoseconds
  }
}
