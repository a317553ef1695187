/// One word of prose: its UTF-8 span and the hash of its folded form (lowercase, accents removed).
public struct Word: Sendable, Hashable {
  public var span: Range<Int>
  public var hash: UInt64
  /// The folded length in bytes; prefix terms ("raffin*") compare hashes of the first `n` folded bytes.
  public var foldedLength: Int

  @inlinable
  public init(span: Range<Int>, hash: UInt64, foldedLength: Int) {
    self.span = span
    self.hash = hash
    self.foldedLength = foldedLength
  }
}

/// Splits prose into words and folds them, so "Raffinée", "raffinee" and "RAFFINÉE" are one word.
///
/// Works on UTF-8 bytes without allocating: letters and digits make words; apostrophes, hyphens and
/// punctuation separate them. Letters fold as `WordFolding` says, as they do everywhere else.
public enum WordScanner {
  public static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
  public static let fnvPrime: UInt64 = 0x100_0000_01b3

  @inlinable @inline(__always)
  public static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* fnvPrime
  }

  /// Calls `body` for each word of `bytes[range]`, in order. `folded` holds the word's folded bytes.
  @inlinable
  public static func forEachWord(
    in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>,
    _ body: (_ word: Word, _ folded: UnsafeBufferPointer<UInt8>) -> Void
  ) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: WordCursor.capacity) { buffer in
      var cursor = WordCursor(bytes: bytes, range: range, buffer: buffer.baseAddress!)
      while let word = cursor.next() { body(word, cursor.folded) }
    }
  }

  /// Hash of a folded byte prefix, as `forEachWord` computes it.
  @inline(__always)
  public static func hash(_ folded: UnsafeBufferPointer<UInt8>, prefix: Int) -> UInt64 {
    var hash = fnvOffset
    for k in 0..<min(prefix, folded.count) { hash = mix(hash, folded[k]) }
    return hash
  }

  /// The folded words of a short text (a term, a stop-word list), for building indexes.
  public static func foldedWords(_ text: String) -> [[UInt8]] {
    let bytes = Array(text.utf8)
    var words: [[UInt8]] = []
    bytes.withUnsafeBufferPointer { buffer in
      forEachWord(in: buffer, range: 0..<buffer.count) { _, folded in words.append(Array(folded)) }
    }
    return words
  }

  /// The hashes of the folded words of a space-separated list, for word sets looked up while scanning.
  public static func hashes(_ words: String) -> WordSet {
    WordSet(foldedWords(words).map { hash($0) })
  }

  public static func hash(_ folded: [UInt8]) -> UInt64 {
    folded.reduce(fnvOffset) { mix($0, $1) }
  }

  /// Folds the character at `i` and advances past it; nil (after advancing) when it is not a word character.
  @usableFromInline
  static func fold(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int, end: Int) -> WordFolding.Piece? {
    let lead = bytes[i]
    if lead < 0x80 {
      i += 1
      switch lead {
      case 0x61...0x7A, 0x30...0x39: return WordFolding.Piece(a: lead, b: 0, count: 1)
      case 0x41...0x5A: return WordFolding.Piece(a: lead | 0x20, b: 0, count: 1)
      default: return nil
      }
    }
    if lead < 0xC0 {
      i += 1
      return nil
    }
    if lead < 0xE0 {
      guard i + 1 < end else {
        i = end
        return nil
      }
      let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
      i += 2
      return WordFolding.latin(scalar)
    }
    let length = lead < 0xF0 ? 3 : 4
    let start = i
    i = min(i + length, end)
    // Punctuation and spaces of the general-punctuation block separate words; other letters stay raw.
    if lead == 0xE2 { return nil }
    if lead == 0xEF && start + 1 < end && bytes[start + 1] == 0xBB { return nil }  // BOM
    if length == 3 {
      // Keep other scripts as words: hash their raw bytes, three at most, in two pieces.
      return WordFolding.Piece(a: bytes[start], b: start + 1 < end ? bytes[start + 1] : 0, count: 2)
    }
    return nil  // emoji and other astral symbols
  }
}

/// Steps through the words of a span of prose without a closure, for the hottest loops: the caller owns the
/// buffer (`WordCursor.capacity` bytes) where each word's folded form is written.
public struct WordCursor {
  public static let capacity = 256

  @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
  @usableFromInline var i: Int
  @usableFromInline let end: Int
  @usableFromInline let buffer: UnsafeMutablePointer<UInt8>
  @usableFromInline var length = 0
  /// The hash of the word's first three and four folded bytes (0 when the word is shorter): prefix terms are keyed
  /// by them. Read from the buffer on demand, so the byte loop carries two fewer values.
  @inlinable public var prefixHash3: UInt64 {
    guard length >= 3 else { return 0 }
    return WordScanner.mix(WordScanner.mix(WordScanner.mix(WordScanner.fnvOffset, buffer[0]), buffer[1]), buffer[2])
  }
  @inlinable public var prefixHash4: UInt64 {
    guard length >= 4 else { return 0 }
    return WordScanner.mix(prefixHash3, buffer[3])
  }

  @inlinable
  public init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, buffer: UnsafeMutablePointer<UInt8>) {
    // The cursor reads raw memory: a range past the buffer would read whatever lies beyond it.
    precondition(
      range.lowerBound >= 0 && range.upperBound <= bytes.count, "word range \(range) outside \(bytes.count) bytes")
    self.bytes = bytes
    self.i = range.lowerBound
    self.end = range.upperBound
    self.buffer = buffer
  }

  /// The folded bytes of the word `next()` returned last.
  @inlinable
  public var folded: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: buffer, count: length) }

  /// ASCII letters and digits folded (lowercase), 0 for ASCII separators, 0xFF for bytes that start or continue
  /// a multi-byte character: one table lookup classifies a byte.
  @usableFromInline static let asciiFold: [UInt8] = (0..<256).map { b in
    switch b {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: WordFolding.ascii(UInt8(b))
    case 0x80...0xFF: 0xFF
    default: 0
    }
  }

  @inlinable
  public mutating func next() -> Word? {
    var start = -1
    var wordEnd = 0
    var hash = WordScanner.fnvOffset
    length = 0
    return WordCursor.asciiFold.withUnsafeBufferPointer { table -> Word? in
      while i < end {
        let c = table[Int(bytes[i])]
        if c != 0 && c != 0xFF {
          // ASCII letter or digit: extend the word.
          if start < 0 { start = i }
          if length < WordCursor.capacity {
            buffer[length] = c
            length += 1
            hash = WordScanner.mix(hash, c)
          }
          i += 1
          wordEnd = i
          continue
        }
        if c == 0xFF {
          var j = i
          if let piece = WordScanner.fold(bytes, at: &j, end: end) {
            if start < 0 { start = i }
            for k in 0..<piece.count where length < WordCursor.capacity {
              buffer[length] = piece[k]
              length += 1
              hash = WordScanner.mix(hash, piece[k])
            }
            i = j
            wordEnd = j
            continue
          }
          i = j
        } else {
          i += 1
        }
        if start >= 0 { return Word(span: start..<wordEnd, hash: hash, foldedLength: length) }
      }
      return start >= 0 ? Word(span: start..<wordEnd, hash: hash, foldedLength: length) : nil
    }
  }
}

/// A fixed set of word hashes (stop words, cues, pronouns), looked up in a `WordHashTable`.
public struct WordSet: Sendable, Hashable, ExpressibleByArrayLiteral {
  /// The members, sorted: what equality compares.
  private let sorted: [UInt64]
  private let table: WordHashTable

  public init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
    sorted = Array(Set(hashes)).sorted()
    table = WordHashTable(sorted.map { ($0, 0) })
  }

  public init(arrayLiteral elements: UInt64...) { self.init(elements) }

  public var isEmpty: Bool { sorted.isEmpty }

  @inline(__always)
  public func contains(_ hash: UInt64) -> Bool { table.value(of: hash) >= 0 }

  public static func == (a: WordSet, b: WordSet) -> Bool { a.sorted == b.sorted }
  public func hash(into hasher: inout Hasher) { hasher.combine(sorted) }
}
