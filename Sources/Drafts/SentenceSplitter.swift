/// Cuts a block of prose into sentences at '.', '!', '?' or '…' followed by space and a capital, a digit or a quote.
///
/// Abbreviations that end in a period ("M.", "Mme.", "U.S.", "etc.") and decimal points do not end a sentence.
public enum SentenceSplitter {
  /// Longer runs without a sentence end (a 50 MB line, a table dump) are cut at a space, so the cost of
  /// pairing figures with terms inside one sentence stays bounded.
  public static let maximumLength = 2_000

  public static func sentences(in bytes: [UInt8], range: Range<Int>) -> [Range<Int>] {
    precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "sentence range outside the text")
    let raw = splitAtTerminators(bytes, range: range)
    guard raw.contains(where: { $0.count > maximumLength }) else { return raw }
    var result: [Range<Int>] = []
    for sentence in raw {
      var start = sentence.lowerBound
      while sentence.upperBound - start > maximumLength {
        // Cut after a clause (", ", "; ", ": ") if one ends in the second half, else at a space, else anywhere.
        var cut = start + maximumLength
        while cut > start + maximumLength / 2
          && !(bytes[cut] == 0x20
            && [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(bytes[cut - 1]))
        {
          cut -= 1
        }
        if cut <= start + maximumLength / 2 {
          cut = start + maximumLength
          while cut > start + maximumLength / 2 && bytes[cut] != 0x20 { cut -= 1 }
        }
        if bytes[cut] != 0x20 {
          cut = start + maximumLength
          while cut > start && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        }
        result.append(start..<cut)
        start = cut
      }
      if start < sentence.upperBound { result.append(start..<sentence.upperBound) }
    }
    return result
  }

  /// Bytes that may end a sentence: '.', '!', '?', and the lead byte of '…'.
  private static let terminators: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for b in [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0xE2] { table[Int(b)] = true }
    return table
  }()

  static func splitAtTerminators(_ bytes: [UInt8], range: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    bytes.withUnsafeBufferPointer { buffer in
      var start = skipSpace(buffer, from: range.lowerBound, limit: range.upperBound)
      var i = start
      let stops = terminators
      while i < range.upperBound {
        if !stops[Int(buffer[i])] {
          i += 1
          continue
        }
        let b = buffer[i]
        var terminatorEnd: Int? = nil
        if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
          terminatorEnd = i + 1
        } else if b == 0xE2 && i + 2 < range.upperBound && buffer[i + 1] == 0x80 && buffer[i + 2] == 0xA6 {
          terminatorEnd = i + 3  // …
        }
        guard var end = terminatorEnd else {
          i += 1
          continue
        }
        // Closing quotes and brackets stay with the sentence they close, and so do invisible format characters
        // (a bidi control, a byte order mark), which would otherwise hide the end and merge two sentences.
        while end < range.upperBound {
          if buffer[end] == UInt8(ascii: "\"") || buffer[end] == UInt8(ascii: ")") || buffer[end] == UInt8(ascii: "'") {
            end += 1
          } else if end + 1 < range.upperBound && buffer[end] == 0xC2 && buffer[end + 1] == 0xBB {
            end += 2  // »
          } else if end + 2 < range.upperBound && buffer[end] == 0xE2 && buffer[end + 1] == 0x80
            && (buffer[end + 2] == 0x9D || buffer[end + 2] == 0x99)
          {
            end += 3  // ” ’
          } else {
            let n = FormatCharacter.length(buffer, at: end, limit: range.upperBound)
            if n == 0 { break }
            end += n
          }
        }
        let next = skipSpace(buffer, from: end, limit: range.upperBound, formats: true)
        if next == end && next < range.upperBound {
          i = end
          continue
        }
        if next >= range.upperBound
          || (startsSentence(buffer, at: next) && !isAbbreviation(buffer, period: i, from: start))
        {
          if trimmedEnd(buffer, start, end) > start { result.append(start..<end) }
          start = next
          i = next
        } else {
          i = end
        }
      }
      let tail = trimmedEnd(buffer, start, range.upperBound)
      if tail > start { result.append(start..<tail) }
    }
    return result
  }

  /// Past spaces, and past invisible format characters too when `formats` is set: between sentences they are as
  /// transparent as a space.
  private static func skipSpace(_ b: UnsafeBufferPointer<UInt8>, from: Int, limit: Int, formats: Bool = false) -> Int {
    var i = from
    while i < limit {
      if b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D {
        i += 1
      } else if i + 1 < limit && b[i] == 0xC2 && b[i + 1] == 0xA0 {
        i += 2
      } else if formats && b[i] >= 0xC2, case let n = FormatCharacter.length(b, at: i, limit: limit), n > 0 {
        i += n
      } else {
        break
      }
    }
    return i
  }

  private static func trimmedEnd(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    var e = end
    while e > start && (b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0A || b[e - 1] == 0x0D) { e -= 1 }
    return e
  }

  /// A capital letter (ASCII or a two-byte Latin capital), a digit, or an opening quote, dash or bracket.
  private static func startsSentence(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    let c = b[i]
    if (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) { return true }
    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: "*")
      || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
    {
      return true
    }
    if c == 0xC3 && i + 1 < b.count { return b[i + 1] >= 0x80 && b[i + 1] <= 0x9E }  // À…Þ
    if c == 0xC2 && i + 1 < b.count { return b[i + 1] == 0xAB }  // «
    if c == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 {
      return b[i + 2] == 0x9C || b[i + 2] == 0x94 || b[i + 2] == 0x93
    }
    return false
  }

  /// Hashes of folded abbreviations, compared without building a String per period.
  private static let abbreviations = WordScanner.hashes(
    "m mm mme mmes mlle dr pr st ste mr mrs ms prof gen sen rep gov jr sr no vol p pp cf ex env approx art fig vs av apr"
  )

  /// True for "M.", "Mme.", "U.S." and other short abbreviations before the period at `period`.
  private static func isAbbreviation(_ b: UnsafeBufferPointer<UInt8>, period: Int, from start: Int) -> Bool {
    guard b[period] == UInt8(ascii: ".") else { return false }
    var i = period
    while i > start && ((b[i - 1] >= 0x41 && b[i - 1] <= 0x5A) || (b[i - 1] >= 0x61 && b[i - 1] <= 0x7A)) { i -= 1 }
    let length = period - i
    if length == 0 { return false }
    // A single capital letter: an initial ("J. Smith") or part of "U.S.".
    if length == 1 && b[i] >= 0x41 && b[i] <= 0x5A { return true }
    if i > start && b[i - 1] == UInt8(ascii: ".") && length <= 2 { return true }
    guard length <= 6 else { return false }
    var hash = WordScanner.fnvOffset
    for k in i..<period { hash = WordScanner.mix(hash, b[k] | 0x20) }
    return abbreviations.contains(hash)
  }
}
