/// Splits a draft into blocks and sentences and blanks what is not prose (see `Draft`).
///
/// Markdown is read line by line with the few CommonMark constructs that hide non-prose text: front matter,
/// fenced and indented code, HTML comments and tags, inline code, link and image targets, autolinks, bare URLs.
struct DraftScanner {
  let bytes: [UInt8]
  let lineTable: LineTable
  let format: DraftFormat
  var prose: [UInt8]
  var blocks: [Block] = []
  var directives: [SuppressionDirective] = []
  /// The front matter's `date:` (`date = …` in TOML).
  var date: DraftDate?

  private var blockStart: Int?
  private var blockKind = Block.Kind.paragraph
  private var blockEnd = 0
  private var inComment = false
  private var commentStart = 0

  init(bytes: [UInt8], lineTable: LineTable, format: DraftFormat) {
    self.bytes = bytes
    self.lineTable = lineTable
    self.format = format
    self.prose = bytes
  }

  mutating func scan() {
    if format == .plainText {
      scanPlainText()
    } else {
      scanMarkdown()
    }
  }

  // MARK: Blocks

  private mutating func closeBlock() {
    if let start = blockStart, blockEnd > start {
      let sentences = SentenceSplitter.sentences(in: prose, range: start..<blockEnd)
      if !sentences.isEmpty { blocks.append(Block(kind: blockKind, span: start..<blockEnd, sentences: sentences)) }
    }
    blockStart = nil
  }

  private mutating func extendBlock(_ kind: Block.Kind, _ content: Range<Int>, startsNew: Bool) {
    if startsNew || blockStart == nil {
      closeBlock()
      blockStart = content.lowerBound
      blockKind = kind
    }
    blockEnd = content.upperBound
  }

  private mutating func blank(_ range: Range<Int>) {
    var i = range.lowerBound
    while i < range.upperBound {
      if prose[i] != 0x0A && prose[i] != 0x0D { prose[i] = 0x20 }
      i += 1
    }
  }

  private func isBlank(_ range: Range<Int>) -> Bool {
    for i in range where prose[i] != 0x20 && prose[i] != 0x09 { return false }
    return true
  }

  private func indentation(_ range: Range<Int>) -> (columns: Int, end: Int) {
    var columns = 0
    var i = range.lowerBound
    while i < range.upperBound {
      if bytes[i] == 0x20 {
        columns += 1
      } else if bytes[i] == 0x09 {
        columns += 4 - columns % 4
      } else {
        break
      }
      i += 1
    }
    return (columns, i)
  }

  // MARK: Plain text

  private mutating func scanPlainText() {
    for line in 0..<lineTable.lineCount {
      let content = lineTable.contentRange(ofLine: line)
      maskURLs(content)
      if isBlank(content) {
        closeBlock()
      } else {
        extendBlock(.paragraph, content, startsNew: false)
      }
    }
    closeBlock()
  }

  // MARK: Markdown

  private mutating func scanMarkdown() {
    var line = skipFrontMatter()
    var fence: (byte: UInt8, count: Int)?
    var previousBlank = true
    var lastKind: Block.Kind?
    while line < lineTable.lineCount {
      let content = lineTable.contentRange(ofLine: line)
      defer { line += 1 }
      if let open = fence {
        blank(content)
        let (columns, start) = indentation(content)
        if columns < 4, run(of: open.byte, at: start, limit: content.upperBound) >= open.count,
          isBlank(start + run(of: open.byte, at: start, limit: content.upperBound)..<content.upperBound)
        {
          fence = nil
        }
        continue
      }
      if inComment {
        maskInline(content, line: line)
        if isBlank(content) && blockStart == nil { continue }
        if !isBlank(content) { extendBlock(.paragraph, content, startsNew: false) }
        continue
      }
      if isBlank(content) {
        closeBlock()
        previousBlank = true
        continue
      }
      let (columns, start) = indentation(content)
      // Indented code: after a blank line, outside a list.
      if columns >= 4 && previousBlank && blockStart == nil && lastKind != .listItem {
        blank(content)
        continue
      }
      previousBlank = false
      if columns < 4 {
        let fenceByte = bytes[start]
        if fenceByte == UInt8(ascii: "`") || fenceByte == UInt8(ascii: "~") {
          let count = run(of: fenceByte, at: start, limit: content.upperBound)
          if count >= 3 {
            closeBlock()
            fence = (fenceByte, count)
            blank(content)
            continue
          }
        }
      }
      if isReferenceDefinition(start..<content.upperBound) || isTableDelimiter(start..<content.upperBound) {
        blank(content)
        closeBlock()
        continue
      }
      var kind = Block.Kind.paragraph
      var startsNew = false
      var textStart = start
      if let headingEnd = headingMarker(start, limit: content.upperBound) {
        blank(start..<headingEnd)
        kind = .heading
        startsNew = true
        textStart = headingEnd
      } else if let markerEnd = listMarker(start, limit: content.upperBound) {
        blank(start..<markerEnd)
        kind = .listItem
        startsNew = true
        textStart = markerEnd
      } else if bytes[start] == UInt8(ascii: "|") {
        kind = .tableRow
        startsNew = true
        for i in content where bytes[i] == UInt8(ascii: "|") { prose[i] = 0x20 }
      } else if bytes[start] == UInt8(ascii: ">") {
        var i = start
        while i < content.upperBound && (bytes[i] == UInt8(ascii: ">") || bytes[i] == 0x20) {
          prose[i] = 0x20
          i += 1
        }
        textStart = i
      } else if blockStart != nil && blockKind == .heading {
        startsNew = true
      }
      maskInline(textStart..<content.upperBound, line: line)
      if kind == .heading {
        // Closing #s of an ATX heading are not prose.
        var end = content.upperBound
        while end > textStart && (prose[end - 1] == 0x20 || prose[end - 1] == UInt8(ascii: "#")) { end -= 1 }
        if end < content.upperBound && end > textStart && prose[end] == 0x20 { blank(end..<content.upperBound) }
      }
      if isBlank(content) {
        if blockStart != nil && kind == .paragraph { continue }
        closeBlock()
        continue
      }
      extendBlock(kind, textStart..<content.upperBound, startsNew: startsNew)
      if kind == .heading || kind == .tableRow { closeBlock() }
      lastKind = kind
    }
    closeBlock()
  }

  private func run(of byte: UInt8, at start: Int, limit: Int) -> Int {
    var i = start
    while i < limit && bytes[i] == byte { i += 1 }
    return i - start
  }

  private mutating func skipFrontMatter() -> Int {
    guard lineTable.lineCount > 1 else { return 0 }
    let first = lineTable.contentRange(ofLine: 0)
    let marker = String(decoding: bytes[first], as: UTF8.self).trimmingCharacters(in: " \t")
    guard marker == "---" || marker == "+++" else { return 0 }
    for line in 1..<lineTable.lineCount {
      let content = lineTable.contentRange(ofLine: line)
      let text = String(decoding: bytes[content], as: UTF8.self).trimmingCharacters(in: " \t")
      if text == marker || (marker == "---" && text == "...") {
        blank(0..<content.upperBound)
        return line + 1
      }
      if date == nil, let separator = text.firstIndex(where: { $0 == ":" || $0 == "=" }),
        String(text[..<separator]).trimmingCharacters(in: " \t") == "date"
      {
        date = DraftDate(iso: Substring(String(text[text.index(after: separator)...]).trimmingCharacters(in: " \t")))
      }
    }
    return 0
  }

  private func headingMarker(_ start: Int, limit: Int) -> Int? {
    let count = run(of: UInt8(ascii: "#"), at: start, limit: limit)
    guard (1...6).contains(count) else { return nil }
    let end = start + count
    if end == limit { return end }
    return bytes[end] == 0x20 || bytes[end] == 0x09 ? end + 1 : nil
  }

  private func listMarker(_ start: Int, limit: Int) -> Int? {
    let b = bytes[start]
    if b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "+") {
      return start + 1 < limit && (bytes[start + 1] == 0x20 || bytes[start + 1] == 0x09) ? start + 2 : nil
    }
    var i = start
    while i < limit && i - start < 9 && bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
    guard i > start, i + 1 < limit, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ")"),
      bytes[i + 1] == 0x20
    else { return nil }
    return i + 2
  }

  private func isReferenceDefinition(_ range: Range<Int>) -> Bool {
    guard range.count > 3, bytes[range.lowerBound] == UInt8(ascii: "[") else { return false }
    var i = range.lowerBound + 1
    while i + 1 < range.upperBound {
      if bytes[i] == UInt8(ascii: "]") { return bytes[i + 1] == UInt8(ascii: ":") }
      i += 1
    }
    return false
  }

  private func isTableDelimiter(_ range: Range<Int>) -> Bool {
    var sawDash = false
    for i in range {
      switch bytes[i] {
      case UInt8(ascii: "-"): sawDash = true
      case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20, 0x09: continue
      default: return false
      }
    }
    return sawDash && bytes[range].contains(UInt8(ascii: "|"))
  }

  // MARK: Inline constructs

  /// How far a code span or a link target is looked for: longer ones are left as text, and a line of
  /// unmatched openers costs linear time.
  static let inlineSearchLimit = 4096

  /// Bytes that may open an inline construct; everything else is skipped with one table lookup.
  static let special: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for c in "\\`<[]hw" { table[Int(c.asciiValue!)] = true }
    return table
  }()

  private mutating func maskInline(_ range: Range<Int>, line: Int) {
    var i = range.lowerBound
    let end = range.upperBound
    var openBrackets: [Int] = []
    let special = Self.special
    while i < end {
      if inComment {
        if let close = find("-->", from: i, limit: end) {
          blank(i..<close + 3)
          let comment = String(decoding: bytes[commentStart..<close], as: UTF8.self)
          if let directive = SuppressionDirective.parse(comment: comment, line: line) { directives.append(directive) }
          inComment = false
          i = close + 3
        } else {
          blank(i..<end)
          return
        }
        continue
      }
      // Ordinary prose: skip to the next byte that may open a construct.
      i = special.withUnsafeBufferPointer { table in
        bytes.withUnsafeBufferPointer { buffer in
          var j = i
          while j < end && !table[Int(buffer[j])] { j += 1 }
          return j
        }
      }
      if i >= end { break }
      let b = bytes[i]
      switch b {
      case UInt8(ascii: "\\"):
        i += 2
      case UInt8(ascii: "`"):
        let count = run(of: b, at: i, limit: end)
        var j = i + count
        var closed = false
        // Bounded, so a line of unmatched backticks stays linear.
        let searchEnd = min(end, j + DraftScanner.inlineSearchLimit)
        while j < searchEnd {
          if bytes[j] == b {
            let closing = run(of: b, at: j, limit: end)
            if closing == count {
              blank(i..<j + closing)
              i = j + closing
              closed = true
              break
            }
            j += closing
          } else {
            j += 1
          }
        }
        if !closed { i += count }
      case UInt8(ascii: "<"):
        if matches("<!--", at: i, limit: end) {
          inComment = true
          commentStart = i + 4
          blank(i..<i + 4)
          i += 4
        } else if let close = tagEnd(from: i, limit: end) {
          blank(i..<close)
          i = close
        } else {
          i += 1
        }
      case UInt8(ascii: "["):
        openBrackets.append(i)
        i += 1
      case UInt8(ascii: "]"):
        guard let open = openBrackets.popLast() else {
          i += 1
          continue
        }
        if i + 1 < end && (bytes[i + 1] == UInt8(ascii: "(") || bytes[i + 1] == UInt8(ascii: "[")) {
          let closer = bytes[i + 1] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
          var depth = 0
          var j = i + 1
          let searchEnd = min(end, j + DraftScanner.inlineSearchLimit)
          while j < searchEnd {
            if bytes[j] == bytes[i + 1] { depth += 1 }
            if bytes[j] == closer {
              depth -= 1
              if depth == 0 { break }
            }
            j += 1
          }
          if j < searchEnd {
            prose[open] = 0x20
            if open > range.lowerBound && bytes[open - 1] == UInt8(ascii: "!") { prose[open - 1] = 0x20 }
            blank(i..<j + 1)
            i = j + 1
            continue
          }
        }
        i += 1
      case UInt8(ascii: "h"), UInt8(ascii: "w"):
        if let urlEnd = urlEnd(from: i, limit: end) {
          blank(i..<urlEnd)
          i = urlEnd
        } else {
          i += 1
        }
      default:
        i += 1
      }
    }
  }

  private mutating func maskURLs(_ range: Range<Int>) {
    var i = range.lowerBound
    while i < range.upperBound {
      if let urlEnd = urlEnd(from: i, limit: range.upperBound) {
        blank(i..<urlEnd)
        i = urlEnd
      } else {
        i += 1
      }
    }
  }

  /// End of a bare URL starting at `i` ("https://…", "http://…", "www.…"), at a word boundary.
  private func urlEnd(from i: Int, limit: Int) -> Int? {
    if i > 0 && isWordByte(bytes[i - 1]) { return nil }
    guard
      matches("https://", at: i, limit: limit) || matches("http://", at: i, limit: limit)
        || matches("www.", at: i, limit: limit)
    else { return nil }
    var j = i
    while j < limit && bytes[j] > 0x20 && bytes[j] != UInt8(ascii: "<") && bytes[j] != UInt8(ascii: ">") { j += 1 }
    // Trailing sentence punctuation belongs to the prose.
    while j > i && [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: ";")].contains(bytes[j - 1]) {
      j -= 1
    }
    return j
  }

  private func isWordByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
  }

  /// End of an HTML tag or autolink starting at `i`, on the same line.
  private func tagEnd(from i: Int, limit: Int) -> Int? {
    guard i + 1 < limit else { return nil }
    let next = bytes[i + 1]
    let startsTag =
      (next >= 0x41 && next <= 0x5A) || (next >= 0x61 && next <= 0x7A) || next == UInt8(ascii: "/")
      || next == UInt8(ascii: "!")
    guard startsTag else { return nil }
    var j = i + 1
    while j < limit {
      if bytes[j] == UInt8(ascii: ">") { return j + 1 }
      if bytes[j] == UInt8(ascii: "<") { return nil }
      j += 1
    }
    return nil
  }

  private func matches(_ literal: StaticString, at i: Int, limit: Int) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard i + count <= limit else { return false }
    return literal.withUTF8Buffer { expected in
      for k in 0..<count where bytes[i + k] | (expected[k] >= 0x61 ? 0x20 : 0) != expected[k] { return false }
      return true
    }
  }

  private func find(_ literal: StaticString, from i: Int, limit: Int) -> Int? {
    var j = i
    while j < limit {
      if matches(literal, at: j, limit: limit) { return j }
      j += 1
    }
    return nil
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let c = s.first, set.contains(c) { s.removeFirst() }
    while let c = s.last, set.contains(c) { s.removeLast() }
    return String(s)
  }
}
