/// Invisible format characters: zero-width space and joiners, the word joiner and invisible operators, bidi
/// controls, the byte order mark and the soft hyphen. A draft may hide them anywhere, and neither a sentence end
/// nor a number may be cut or joined by what the writer cannot see.
public enum FormatCharacter {
  /// The UTF-8 length of the format character at `i`, or 0; `limit` is where the bytes end.
  @inlinable
  public static func length(_ p: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int) -> Int {
    let b = p[i]
    if b == 0xC2 { return i + 1 < limit && p[i + 1] == 0xAD ? 2 : 0 }  // U+00AD
    guard b == 0xE2 || b == 0xEF, i + 2 < limit else { return 0 }
    let c = p[i + 1]
    let d = p[i + 2]
    if b == 0xEF { return c == 0xBB && d == 0xBF ? 3 : 0 }  // U+FEFF
    switch c {
    case 0x80: return (d >= 0x8B && d <= 0x8F) || (d >= 0xAA && d <= 0xAE) ? 3 : 0  // U+200B–200F, U+202A–202E
    case 0x81: return (d >= 0xA0 && d <= 0xA4) || (d >= 0xA6 && d <= 0xAF) ? 3 : 0  // U+2060–2064, U+2066–206F
    default: return 0
    }
  }
}
