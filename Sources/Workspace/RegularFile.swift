import Foundation

/// Why a file on disk could not be read; the front ends print it and exit with status 2.
public struct FileReadError: Error, Sendable, Hashable {
  public var path: String
  public var message: String

  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)" }
}

/// Reads regular files only, whole and bounded: a FIFO, a device (`draft.md` → `/dev/zero`) or a socket is refused
/// without blocking, and a file larger than the limit is refused before it fills memory.
public enum RegularFile {
  /// Drafts larger than this are refused unless configured otherwise (`maxDraftSize`, `--max-draft-size`).
  public static let defaultDraftLimit = 64 << 20
  /// Facts files may be larger: a base of 100,000 facts is about 100 MiB.
  public static let factsLimit = 1 << 30

  /// The file's bytes; links are followed, and what they reach must be a regular file of at most `limit` bytes.
  /// `hint` says how to raise the limit, when the caller has a way.
  public static func read(_ path: String, limit: Int, hint: String? = nil) -> Result<[UInt8], FileReadError> {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      let reason =
        switch errno {
        case EACCES: "cannot read the file (permission denied)"
        case ENOENT: "no such file or directory"
        case ENAMETOOLONG: "path too long (over \(PATH_MAX) bytes)"
        case ELOOP: "too many levels of symbolic links"
        default: "cannot open the file: \(String(cString: strerror(errno)))"
        }
      return .failure(FileReadError(path: path, message: reason))
    }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0 else {
      return .failure(FileReadError(path: path, message: "cannot read the file: \(String(cString: strerror(errno)))"))
    }
    if let kind = specialKind(status.st_mode) {
      return .failure(FileReadError(path: path, message: "\(kind), not a regular file"))
    }
    let size = Int(status.st_size)
    if size > limit { return .failure(FileReadError(path: path, message: tooLarge(limit, hint: hint))) }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    switch readAll(fd, expected: size, limit: limit) {
    case .success(let bytes): return .success(bytes)
    case .failure(.tooLarge): return .failure(FileReadError(path: path, message: tooLarge(limit, hint: hint)))
    case .failure(.system(let code)):
      return .failure(FileReadError(path: path, message: "cannot read the file: \(String(cString: strerror(code)))"))
    }
  }

  /// What a file is when it is not a regular one ("a directory", "a FIFO"…), nil for a regular file.
  public static func specialKind(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: "a directory"
    case S_IFIFO: "a FIFO (named pipe)"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    default: "a special file"
    }
  }

  public static func tooLarge(_ limit: Int, hint: String? = nil) -> String {
    "larger than \(limit >> 20) MiB (the limit for one file\(hint.map { "; " + $0 } ?? ""))"
  }

  public enum ReadFailure: Error {
    case tooLarge
    case system(Int32)
  }

  /// Everything a descriptor gives until its end, in 64 KiB reads, straight into the array the checker keeps;
  /// stops at `limit` bytes so a file that grows while it is read cannot take all memory.
  public static func readAll(_ fd: Int32, expected: Int, limit: Int) -> Result<[UInt8], ReadFailure> {
    var bytes: [UInt8] = []
    if expected > 0 { bytes.reserveCapacity(min(expected, limit)) }
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(.system(errno))
      }
      if count == 0 { return .success(bytes) }
      if bytes.count + count > limit { return .failure(.tooLarge) }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }
}
