import Foundation
import Testing

/// A report that did not reach its reader must not end as a success.
@Suite struct OutputFailureTests {
  @Test func aFullDiskOnStandardOutputIsAnError() throws {
    let folder = try TemporaryFolder()
    try folder.write("draft.md", "La Chine assure 95 % de la production raffinée de terres rares.\n")
    for format in ["sarif", "json", "text"] {
      let result = try ExternalTool.run(
        "sh", ["-c", "exec \"$0\" check --format \(format) draft.md > /dev/full", Factlint.binary.path],
        in: folder.url)
      #expect(result.status == 2, "format \(format)")
      #expect(result.stderr.contains("error: cannot write standard output: No space left on device"))
    }
    let batch = try ExternalTool.run(
      "sh", ["-c", "exec \"$0\" batch > /dev/full", Factlint.binary.path],
      stdin: Data(#"{"id": 1, "text": "La Chine assure 95 % du raffinage des terres rares."}"#.utf8 + [0x0A]))
    #expect(batch.status == 2)
    #expect(batch.stderr.contains("cannot write standard output"))
  }

  /// `yes` never ends: only a batch that stops at the closed pipe lets the pipeline finish.
  @Test func batchStopsReadingWhenItsReaderIsGone() throws {
    let line = #"{"id": 1, "text": "La Chine assure 95 % du raffinage des terres rares."}"#
    let result = try ExternalTool.run(
      "sh", ["-c", "yes '\(line)' | \"$0\" batch | head -1", Factlint.binary.path], timeout: 60)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix(#"{"id":1"#))
  }
}
