import Foundation
import Testing

/// What a hostile or careless user hands factlint: odd files in checked folders, fact bases and configs that
/// once crashed, hung or were skipped in silence. Every case must end, with a clear message and the right status.
@Suite struct HostileInputTests {
  /// A fact of the shape, with `value` and `unit` filled in.
  func zorglub(_ value: String, unit: String) -> String {
    """
    {"facts": [{"id": "z", "statement": {"fr": "x", "en": "x"}, "value": \(value), "unit": "\(unit)",
      "terms": {"fr": {"subject": ["Zorglub"], "context": [["bidule*"]]},
                "en": {"subject": ["Zorglub"], "context": [["bidule*"]]}},
      "source": {"publisher": "P", "title": "T", "url": "https://example.org", "published": "2025-01-01"}}]}
    """
  }

  @Test(arguments: ["{\"exact\": 1e400}", "{\"exact\": 9223372036854775808}", "{\"atMost\": 1e300}"])
  func unwritableValuesAreRefusedNotCrashedOn(value: String) throws {
    let folder = try TemporaryFolder()
    try folder.write("f.json", zorglub(value, unit: "days"))
    try folder.write("d.md", "Zorglub fabrique des bidules pendant six jours.\n")
    for command in [["check", "--facts", "f.json", "d.md"], ["facts", "test", "--facts", "f.json"]] {
      let result = try Factlint.run(command, in: folder.url)
      #expect(result.status == 2, "\(command): \(result.stderr)")
      #expect(result.stderr.contains("f.json:1:"), "\(command): \(result.stderr)")
      #expect(result.stderr.contains("finite number between -1e18 and 1e18"), "\(result.stderr)")
    }
    let validate = try Factlint.run(["facts", "validate", "--facts", "f.json"], in: folder.url)
    #expect(validate.status == 2)
  }

  @Test func aLinkToADeviceIsRefusedWithoutReadingIt() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createSymbolicLink(
      atPath: folder.url.appendingPathComponent("draft.md").path, withDestinationPath: "/dev/zero")
    try folder.write("ok.md", "Rien à signaler.\n")
    let walked = try Factlint.run(["check", "."], in: folder.url, timeout: 30)
    #expect(walked.status == 2)
    #expect(walked.stderr.contains("draft.md: a character device, not a regular file"), "\(walked.stderr)")
    let direct = try Factlint.run(["check", "draft.md"], in: folder.url, timeout: 30)
    #expect(direct.status == 2)
    #expect(direct.stderr.contains("a character device, not a regular file"), "\(direct.stderr)")
  }

  @Test func aFIFOIsRefusedWithoutBlocking() throws {
    let folder = try TemporaryFolder()
    let fifo = folder.url.appendingPathComponent("pipe.md").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let direct = try Factlint.run(["check", "pipe.md"], in: folder.url, timeout: 20)
    #expect(direct.status == 2)
    #expect(direct.stderr.contains("a FIFO (named pipe), not a regular file"), "\(direct.stderr)")
    let walked = try Factlint.run(["check", "."], in: folder.url, timeout: 20)
    #expect(walked.status == 2)
    #expect(walked.stderr.contains("pipe.md: a FIFO (named pipe), not a regular file"), "\(walked.stderr)")
    // A FIFO in a facts folder, too.
    let facts = folder.url.appendingPathComponent("facts")
    try FileManager.default.createDirectory(at: facts, withIntermediateDirectories: true)
    #expect(mkfifo(facts.appendingPathComponent("more.json").path, 0o644) == 0)
    let validate = try Factlint.run(["facts", "validate", "--facts", "facts"], in: folder.url, timeout: 20)
    #expect(validate.status == 2)
    #expect((validate.stdout + validate.stderr).contains("a FIFO (named pipe), not a regular file"), "\(validate)")
  }

  @Test func draftsOverTheSizeLimitAreRefused() throws {
    let folder = try TemporaryFolder()
    let line = String(repeating: "La Chine assure 92 % de la production raffinée de terres rares. ", count: 100) + "\n"
    try folder.write("big.md", String(repeating: line, count: 200))  // about 1.3 MB
    let refused = try Factlint.run(["check", "--max-draft-size", "1", "big.md"], in: folder.url)
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("big.md: larger than 1 MiB"), "\(refused.stderr)")
    let piped = try Factlint.run(
      ["check", "--max-draft-size", "1", "-"], stdin: Data(String(repeating: line, count: 200).utf8))
    #expect(piped.status == 2)
    #expect(piped.stderr.contains("larger than 1 MiB"), "\(piped.stderr)")
    try folder.write(".factlint.json", "{\"maxDraftSize\": 1}")
    #expect(try Factlint.run(["check", "big.md"], in: folder.url).status == 2)
    #expect(try Factlint.run(["check", "--max-draft-size", "2", "big.md"], in: folder.url).status == 0)
    let usage = try Factlint.run(["check", "--max-draft-size", "0", "big.md"], in: folder.url)
    #expect(usage.status == 64)
  }

  /// A path longer than PATH_MAX inside a walked folder is reported, not skipped.
  @Test func pathsBeyondPathMaxAreReported() throws {
    let folder = try TemporaryFolder()
    let name = String(repeating: "d", count: 200)
    var fd = open(folder.url.path, O_RDONLY | O_DIRECTORY)
    #expect(fd >= 0)
    for _ in 0..<25 {
      #expect(mkdirat(fd, name, 0o755) == 0)
      let next = openat(fd, name, O_RDONLY | O_DIRECTORY)
      close(fd)
      fd = next
    }
    let file = openat(fd, "deep.md", O_CREAT | O_WRONLY, 0o644)
    #expect(file >= 0)
    close(file)
    close(fd)
    let result = try Factlint.run(["check", "."], in: folder.url)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.contains("path longer than 4096 bytes"), "\(result.stderr)")
  }

  /// A facts subfolder the user cannot read fails the load. As root every folder is readable, so the run drops
  /// to the `nobody` user with setpriv (util-linux) to see what a user sees.
  @Test func anUnreadableFactsFolderIsAnError() throws {
    let folder = try TemporaryFolder()
    try folder.write("facts/ok/a.json", zorglub("{\"exact\": 3}", unit: "days"))
    try folder.write("facts/locked/b.json", zorglub("{\"exact\": 3}", unit: "days"))
    let locked = folder.url.appendingPathComponent("facts/locked").path
    chmod(folder.url.path, 0o755)
    #expect(chmod(locked, 0o000) == 0)
    defer { chmod(locked, 0o755) }
    let arguments = ["facts", "validate", "--facts", "facts"]
    let result: RunResult
    if getuid() == 0 {
      let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
      try #require(
        FileManager.default.isExecutableFile(atPath: setpriv.path), "setpriv (util-linux) is needed as root")
      result =
        try ChildProcess.run(
          setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", Factlint.binary.path] + arguments,
          stdin: nil, in: folder.url, timeout: 60
        ).result
    } else {
      result = try Factlint.run(arguments, in: folder.url)
    }
    #expect(result.status == 2, "\(result.stdout) \(result.stderr)")
    let expected = "facts/locked:1:1: error: cannot read the folder (Permission denied)"
    #expect((result.stdout + result.stderr).contains(expected), "\(result)")
  }

  @Test func aNulByteAnywhereMakesABinaryFile() throws {
    let folder = try TemporaryFolder()
    var late = Data(String(repeating: "Une phrase ordinaire. ", count: 1000).utf8)
    late.append(0)
    late.append(Data("La Chine assure 95 % de la production raffinée de terres rares.\n".utf8))
    try folder.write("late.md", late)
    let result = try Factlint.run(["check", "late.md"], in: folder.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("binary file (contains NUL bytes)"), "\(result.stderr)")
  }

  @Test func configsWithABOMDuplicateKeysOrForeignFactsPaths() throws {
    let folder = try TemporaryFolder()
    try folder.write("d.md", "La Chine assure 95 % de la production raffinée de terres rares.\n")
    var bom = Data([0xEF, 0xBB, 0xBF])
    bom.append(Data("{\"language\": \"fr\"}".utf8))
    try folder.write(".factlint.json", bom)
    let withBOM = try Factlint.run(["check", "d.md"], in: folder.url)
    #expect(withBOM.status == 1, "\(withBOM.stderr)")

    try folder.write(".factlint.json", "{\"curatedFacts\": true, \"curatedFacts\": false}")
    let duplicate = try Factlint.run(["check", "d.md"], in: folder.url)
    #expect(duplicate.status == 2)
    #expect(duplicate.stderr.contains(".factlint.json:1:24: error: invalid JSON: duplicate key \"curatedFacts\""))

    for foreign in ["/etc/passwd", "../../etc", "/"] {
      try folder.write(".factlint.json", "{\"facts\": [\"\(foreign)\"]}")
      let outside = try Factlint.run(["check", "d.md"], in: folder.url)
      #expect(outside.status == 2, "\(foreign)")
      #expect(outside.stderr.contains("\"facts\" paths stay inside the project folder"), "\(outside.stderr)")
      #expect(!outside.stderr.contains("root:"), "the error echoes a foreign file: \(outside.stderr)")
    }
  }

  @Test func oneFactsFileReachedByTwoPathsIsLoadedOnce() throws {
    let folder = try TemporaryFolder()
    try folder.write("x.json", zorglub("{\"exact\": 3}", unit: "days"))
    try FileManager.default.createSymbolicLink(
      atPath: folder.url.appendingPathComponent("y.json").path, withDestinationPath: "x.json")
    let result = try Factlint.run(
      ["facts", "validate", "--facts", "x.json", "--facts", "./x.json", "--facts", "y.json"], in: folder.url)
    #expect(result.status == 0, "\(result.stdout) \(result.stderr)")
    #expect(!result.stderr.contains("duplicate fact id"))
  }
}
