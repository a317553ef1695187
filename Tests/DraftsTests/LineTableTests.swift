import Drafts
import Testing

@Suite struct LineTableTests {
  @Test func linesEndAtLFCRLFAndLoneCR() {
    let table = LineTable("a\nb\r\nc\rd")
    #expect(table.lineStarts == [0, 2, 5, 7])
    #expect(table.contentRange(ofLine: 1) == 2..<3)
    #expect(table.contentRange(ofLine: 3) == 7..<8)
  }

  @Test func columnsCountInEachEncoding() {
    // "é" is 2 UTF-8 bytes, 1 UTF-16 unit; "😀" is 4 bytes, 2 UTF-16 units; both 1 scalar.
    let text = "é😀x"
    let table = LineTable(text)
    let offsetOfX = 6
    #expect(table.position(ofOffset: offsetOfX, in: .utf8) == LinePosition(line: 0, column: 6))
    #expect(table.position(ofOffset: offsetOfX, in: .utf16) == LinePosition(line: 0, column: 3))
    #expect(table.position(ofOffset: offsetOfX, in: .scalars) == LinePosition(line: 0, column: 2))
    for encoding in [ColumnEncoding.utf8, .utf16, .scalars] {
      #expect(table.offset(of: table.position(ofOffset: offsetOfX, in: encoding), in: encoding) == offsetOfX)
    }
  }

  @Test func positionsPastTheEndClamp() {
    let table = LineTable("ab\r\ncd")
    #expect(table.offset(of: LinePosition(line: 0, column: 99), in: .utf16) == 2)
    #expect(table.offset(of: LinePosition(line: 9, column: 0), in: .utf16) == 6)
    // A column inside a surrogate pair never splits the character.
    let emoji = LineTable("😀a")
    #expect(emoji.offset(of: LinePosition(line: 0, column: 1), in: .utf16) == 0)
    #expect(emoji.offset(of: LinePosition(line: 0, column: 2), in: .utf8) == 0)
  }

  @Test func lineOfAnOffsetOnEveryLine() {
    let table = LineTable("one\ntwo\n\nfour")
    #expect(table.line(containing: 0) == 0)
    #expect(table.line(containing: 3) == 0)
    #expect(table.line(containing: 4) == 1)
    #expect(table.line(containing: 8) == 2)
    #expect(table.line(containing: 9) == 3)
    #expect(table.lineCount == 4)
  }
}

@Suite struct LongLineTests {
  /// Checkpoints on long lines must give the same answers as a scan from the line start.
  @Test func checkpointsAgreeWithScanning() {
    let unit = "aé😀 ← z"
    let line = String(repeating: unit, count: 3_000)
    let text = "short\n" + line + "\nend"
    let table = LineTable(text)
    let bytes = Array(text.utf8)
    var utf16 = 0
    var scalars = 0
    var offset = 6
    for scalar in line.unicodeScalars {
      if offset % 97 == 0 || offset == 6 {
        #expect(table.position(ofOffset: offset, in: .utf16) == LinePosition(line: 1, column: utf16))
        #expect(table.position(ofOffset: offset, in: .scalars) == LinePosition(line: 1, column: scalars))
        #expect(table.offset(of: LinePosition(line: 1, column: utf16), in: .utf16) == offset)
        #expect(table.offset(of: LinePosition(line: 1, column: scalars), in: .scalars) == offset)
      }
      utf16 += scalar.utf16.count
      scalars += 1
      offset += scalar.utf8.count
    }
    #expect(offset == bytes.count - 4)
    #expect(table.position(ofOffset: bytes.count, in: .scalars) == LinePosition(line: 2, column: 3))
  }
}
