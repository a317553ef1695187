import Foundation
import Testing

@testable import FactlintCLI

private let wrong = "La Chine assure 95 % de la production raffinée de terres rares.\n"
private let right = "La Chine assure 92 % de la production raffinée de terres rares.\n"

private func leftovers(in folder: URL) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".factlint-") }
}

private func append(_ text: String, to url: URL) throws {
  let handle = try FileHandle(forWritingTo: url)
  try handle.seekToEnd()
  try handle.write(contentsOf: Data(text.utf8))
  try handle.close()
}

/// `--fix` against the things that happen to a file while it is being fixed, and files that must not be rewritten.
@Suite struct FixSafetyTests {
  @Test func anAppendJustBeforeTheRenameIsKept() throws {
    let folder = try TemporaryFolder()
    let draft = try folder.write("draft.md", wrong)
    let stamp = try #require(FileStamp(path: draft.path))
    var hooks = RewriteHooks()
    hooks.beforeRename = { try? append("Une ligne ajoutée.\n", to: draft) }
    do {
      try DraftRewriter.replace(
        draft.path, original: Array(wrong.utf8), stamp: stamp, with: Array(right.utf8), hooks: hooks)
      Issue.record("the rewrite should have been refused")
    } catch {
      #expect(error.changedOnDisk)
      #expect(error.description.contains("changed on disk while the fix was being written"))
    }
    #expect(try String(contentsOf: draft, encoding: .utf8) == wrong + "Une ligne ajoutée.\n")
    #expect(try leftovers(in: folder.url).isEmpty)
  }

  @Test func aWriteThroughAnOpenDescriptorRightAfterTheRenameIsPutBack() throws {
    let folder = try TemporaryFolder()
    let draft = try folder.write("draft.md", wrong)
    let stamp = try #require(FileStamp(path: draft.path))
    // An editor that opened the draft earlier writes through its descriptor as the rename happens.
    let editor = try FileHandle(forWritingTo: draft)
    defer { try? editor.close() }
    var hooks = RewriteHooks()
    hooks.afterRename = {
      _ = try? editor.seekToEnd()
      try? editor.write(contentsOf: Data("Ajout.\n".utf8))
    }
    #expect(throws: RewriteError.self) {
      try DraftRewriter.replace(
        draft.path, original: Array(wrong.utf8), stamp: stamp, with: Array(right.utf8), hooks: hooks)
    }
    #expect(try String(contentsOf: draft, encoding: .utf8) == wrong + "Ajout.\n")
    #expect(try leftovers(in: folder.url).isEmpty)
  }

  @Test func aReadOnlyDraftIsRefusedUnlessForced() throws {
    let folder = try TemporaryFolder()
    let draft = try folder.write("draft.md", wrong)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: draft.path)
    let refused = try Factlint.run(["check", "--fix", draft.path])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("is read-only (use --force to fix it anyway)"))
    #expect(try String(contentsOf: draft, encoding: .utf8) == wrong)

    let forced = try Factlint.run(["check", "--fix", "--force", draft.path])
    #expect(forced.status == 0)
    #expect(try String(contentsOf: draft, encoding: .utf8) == right)
    let mode = try FileManager.default.attributesOfItem(atPath: draft.path)[.posixPermissions] as? Int
    #expect(mode == 0o444)
  }

  @Test func aHardLinkedDraftIsRefusedUnlessForced() throws {
    let folder = try TemporaryFolder()
    let draft = try folder.write("draft.md", wrong)
    let other = folder.url.appendingPathComponent("same-draft.md")
    try FileManager.default.linkItem(at: draft, to: other)
    let refused = try Factlint.run(["check", "--fix", draft.path])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("has 2 hard links, which a fix would break"))
    #expect(try String(contentsOf: draft, encoding: .utf8) == wrong)
    #expect(try String(contentsOf: other, encoding: .utf8) == wrong)

    let forced = try Factlint.run(["check", "--fix", "--force", draft.path])
    #expect(forced.status == 0)
    #expect(try String(contentsOf: draft, encoding: .utf8) == right)
    #expect(try String(contentsOf: other, encoding: .utf8) == wrong)
  }

  @Test func forceGoesWithFix() throws {
    #expect(try Factlint.run(["check", "--force", "x.md"]).status == 64)
    #expect(try Factlint.run(["check", "--fix", "--dry-run", "--force", "x.md"]).status == 64)
  }

  /// The fix's flush is slowed down (a preloaded `fsync` that sleeps), and the signal sent while the temporary file
  /// exists: whichever signal it is, the file is gone when the process has died of it, and the draft is intact.
  /// The child is started by Python with the signal mask cleared and default handlers, as a shell would start it.
  @Test func signalsDuringAFixLeaveNoTemporaryFiles() throws {
    let folder = try TemporaryFolder()
    let source = try folder.write("slowfsync.c", slowFsync)
    let library = folder.url.appendingPathComponent("slowfsync.so")
    let compiled = try ExternalTool.run("gcc", ["-shared", "-fPIC", "-o", library.path, source.path])
    try #require(compiled.status == 0, "gcc: \(compiled.stderr)")
    let result = try ExternalTool.python(
      signalDriver, [Factlint.binary.path, folder.url.appendingPathComponent("drafts").path, library.path, wrong],
      timeout: 120)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "SIGINT ok\nSIGTERM ok\nSIGHUP ok\n")
  }
}

private let slowFsync = """
  #include <time.h>
  #include <unistd.h>
  int fsync(int fd) { struct timespec t = {0, 300000000}; nanosleep(&t, 0); return fdatasync(fd); }
  """

private let signalDriver = """
  import glob, os, signal, subprocess, sys, time
  binary, folder, library, text = sys.argv[1:5]
  def clean_start():
      signal.pthread_sigmask(signal.SIG_SETMASK, [])
      for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
          signal.signal(number, signal.SIG_DFL)
  for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
      os.makedirs(folder, exist_ok=True)
      for name in os.listdir(folder):
          os.remove(os.path.join(folder, name))
      draft = os.path.join(folder, "draft.md")
      with open(draft, "w") as f:
          f.write(text)
      child = subprocess.Popen([binary, "check", "--fix", folder], env=dict(os.environ, LD_PRELOAD=library),
                               preexec_fn=clean_start, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
      pattern = os.path.join(folder, ".draft.md.factlint-*")
      deadline = time.time() + 60
      while not glob.glob(pattern) and child.poll() is None and time.time() < deadline:
          time.sleep(0.002)
      if not glob.glob(pattern):
          print(number.name, "no temporary file seen"); sys.exit(1)
      child.send_signal(number)
      status = child.wait()
      left = glob.glob(pattern)
      intact = open(draft).read() == text
      print(number.name, "ok" if status == -number and not left and intact else f"status {status} left {left}")
  """
