import Checking
import Testing

@Suite struct FixApplierTests {
  let text = Array("a 95 % b 12 c\r\n".utf8)

  @Test func splicesFixesAndKeepsOtherBytes() {
    let outcome = FixApplier.apply(
      [Fix(span: 9..<11, replacement: "3"), Fix(span: 2..<4, replacement: "92")], to: text)
    #expect(String(decoding: outcome.bytes, as: UTF8.self) == "a 92 % b 3 c\r\n")
    #expect(outcome.applied.map(\.span) == [2..<4, 9..<11])
    #expect(outcome.skipped.isEmpty)
  }

  @Test func skipsOverlappingOutOfBoundsAndNoOpFixes() {
    let outcome = FixApplier.apply(
      [
        Fix(span: 2..<6, replacement: "92 %"), Fix(span: 3..<4, replacement: "1"), Fix(span: 20..<22, replacement: "x"),
        Fix(span: 9..<11, replacement: "12"),
      ], to: text)
    #expect(String(decoding: outcome.bytes, as: UTF8.self) == "a 92 % b 12 c\r\n")
    #expect(outcome.applied.count == 1)
    #expect(outcome.skipped.count == 3)
  }

  @Test func neverSplitsACharacter() {
    let bytes = Array("é1".utf8)
    let outcome = FixApplier.apply([Fix(span: 1..<3, replacement: "2")], to: bytes)
    #expect(outcome.bytes == bytes)
    #expect(outcome.applied.isEmpty)
  }
}
