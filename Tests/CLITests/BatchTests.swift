import Foundation
import Testing

/// One JSON Lines document.
private func document(_ id: Any, _ text: String, path: String? = nil, lang: String? = nil) throws -> String {
  var object: [String: Any] = ["id": id, "text": text]
  if let path { object["path"] = path }
  if let lang { object["lang"] = lang }
  return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
}

private func records(_ output: String) throws -> [[String: Any]] {
  try output.split(separator: "\n").map {
    try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
  }
}

/// Generated articles: a third wrong in French, a third wrong in English, a third clean.
func generatedArticles(_ count: Int) throws -> String {
  try (0..<count).map { i in
    let text =
      switch i % 3 {
      case 0: "# Article \(i)\n\nLa Chine assure \(90 + i % 5) % de la production raffinée de terres rares.\n"
      case 1: "China refines \(88 + i % 6)% of the world's rare earths, according to the IEA. Story \(i).\n"
      default: "Un article sans chiffre vérifiable, numéro \(i).\n"
      }
    return try document(i % 2 == 0 ? "doc-\(i)" : i, text)
  }.joined(separator: "\n") + "\n"
}

@Suite struct BatchTests {
  @Test func findingsAreThoseOfCheckInInputOrder() throws {
    let folder = try TemporaryFolder()
    let french = "Titre\n\nLa Chine assure 95 % de la production raffinée de terres rares.\n"
    let english = "China refines 95% of the world's rare earths, according to the IEA.\n"
    let input = [
      try document("fr", french), try document(7, english, path: "notes/a.txt", lang: "en"),
      try document("clean", "Rien.", path: "b.md"),
    ].joined(separator: "\n")
    let result = try Factlint.run(["batch"], stdin: Data(input.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let lines = try records(result.stdout)
    #expect(lines.count == 3)
    #expect(lines[0]["id"] as? String == "fr")
    #expect(lines[1]["id"] as? Int == 7)
    #expect(lines[2]["id"] as? String == "clean")
    #expect((lines[2]["findings"] as? [Any])?.isEmpty == true)
    #expect(Set(lines[0].keys) == ["id", "findings"])

    let folderFile = try folder.write("fr.md", french)
    let checked = try Factlint.run(["check", "--format", "json", folderFile.path])
    let expected = try #require(((checked.json?["files"] as? [[String: Any]])?.first?["findings"]) as? [Any])
    #expect(expected.count == 1)
    #expect((lines[0]["findings"] as? NSArray) == (expected as NSArray))
    let englishFile = try folder.write("a.txt", english)
    let checkedEnglish = try Factlint.run(["check", "--format", "json", "--lang", "en", englishFile.path])
    let expectedEnglish = try #require(
      ((checkedEnglish.json?["files"] as? [[String: Any]])?.first?["findings"]) as? [Any])
    #expect((lines[1]["findings"] as? NSArray) == (expectedEnglish as NSArray))
  }

  @Test func malformedLinesYieldErrorRecordsAndTheRunGoesOn() throws {
    let input = [
      try document("a", "La Chine assure 95 % de la production raffinée de terres rares."),
      "{not json",
      "",
      "[1, 2]",
      #"{"text": "sans id"}"#,
      #"{"id": "b", "text": 42}"#,
      #"{"id": 12345678901234567890123, "text": "x", "lang": "de"}"#,
      #"{"id": {"nested": 1}, "text": "x"}"#,
      try document("c", "Rien."),
    ].joined(separator: "\r\n")
    let result = try Factlint.run(["batch"], stdin: Data(input.utf8))
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 8)
    #expect(lines[0].hasPrefix(#"{"id":"a","findings":[{"rule":"figure-mismatch""#))
    #expect(lines[1].hasPrefix(#"{"line":2,"error":"invalid JSON"#))
    #expect(lines[2] == #"{"line":4,"error":"a line must be a JSON object"}"#)
    #expect(lines[3] == #"{"line":5,"error":"missing \"id\""}"#)
    #expect(lines[4] == #"{"line":6,"id":"b","error":"missing \"text\" (a string)"}"#)
    #expect(
      lines[5] == #"{"line":7,"id":12345678901234567890123,"error":"\"lang\" must be \"auto\", \"fr\" or \"en\""}"#)
    #expect(lines[6] == #"{"line":8,"error":"\"id\" must be a string or a number"}"#)
    #expect(lines[7] == #"{"id":"c","findings":[]}"#)
  }

  @Test func manyDocumentsKeepTheirOrderWithOneJobOrTwo() throws {
    let input = Data(try generatedArticles(3_000).utf8)
    let two = try Factlint.run(["batch", "--jobs", "2"], stdin: input, timeout: 120)
    let one = try Factlint.run(["batch", "--jobs", "1"], stdin: input, timeout: 120)
    #expect(two.status == 0)
    #expect(two.stdout == one.stdout)
    let lines = try records(two.stdout)
    #expect(lines.count == 3_000)
    for (i, line) in lines.enumerated() where i % 97 == 0 {
      if i % 2 == 0 { #expect(line["id"] as? String == "doc-\(i)") } else { #expect(line["id"] as? Int == i) }
      if i % 3 == 2 { #expect((line["findings"] as? [Any])?.isEmpty == true) }
    }
    #expect(lines.filter { ($0["findings"] as? [Any])?.isEmpty == false }.count > 500)
    #expect(try Factlint.run(["batch", "--jobs", "0"], stdin: Data()).status == 64)
  }

  @Test func memoryStaysFlatWhateverTheInputLength() throws {
    // Peak memory of factlint batch over 2,000 and 30,000 documents, and over a single 80 MB line; python
    // feeds the input from a generator so the test never holds it either.
    let measure = """
      import resource, subprocess, sys, threading
      binary, count, long_line = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "long"
      process = subprocess.Popen([binary, "batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
      def feed():
          if long_line:
              process.stdin.write(b'{"id": "big", "text": "' + b"x" * (80 << 20) + b'"}\\n')
          for i in range(count):
              text = "La Chine assure %d %% de la production raffin\\u00e9e de terres rares." % (90 + i % 5)
              process.stdin.write(('{"id": %d, "text": "%s"}\\n' % (i, text)).encode())
          process.stdin.close()
      writer = threading.Thread(target=feed)
      writer.start()
      lines = 0
      first = b""
      for line in process.stdout:
          if lines == 0: first = line
          lines += 1
      writer.join()
      process.wait()
      print(process.returncode, lines, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
      print(first[:80].decode())
      """
    func peak(_ count: Int, long: Bool = false) throws -> (lines: Int, megabytes: Int, first: String) {
      let result = try ExternalTool.python(measure, [Factlint.binary.path, String(count), long ? "long" : "short"])
      let output = result.stdout.split(separator: "\n").map(String.init)
      let fields = try #require(output.first).split(separator: " ").compactMap { Int($0) }
      try #require(fields.count == 3 && fields[0] == 0, "\(result.stdout) \(result.stderr)")
      return (fields[1], fields[2], output.count > 1 ? output[1] : "")
    }
    let small = try peak(2_000)
    let large = try peak(30_000)
    #expect(small.lines == 2_000)
    #expect(large.lines == 30_000)
    #expect(large.megabytes < small.megabytes + 30, "peak \(small.megabytes) MB, then \(large.megabytes) MB")
    let long = try peak(10, long: true)
    #expect(long.lines == 11)
    #expect(long.first.hasPrefix(#"{"line":1,"error":"line longer than 64 MiB"}"#))
    #expect(long.megabytes < small.megabytes + 150, "a long line costs \(long.megabytes) MB")
  }
}
