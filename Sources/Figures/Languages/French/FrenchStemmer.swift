/// Snowball's French stemmer (snowballstem.org, algorithms/french.sbl), written for factlint: "économie" and
/// "économique" meet at one stem, "raffinée" and "raffiné" at another (not "raffinage": Snowball strips no -age).
public enum FrenchStemmer {
  /// The stem of one lowercase word (as Snowball's own tests give words: lowercase, accents kept).
  public static func stem(_ word: String) -> String {
    var w = FrenchStemmerWord(Array(word.unicodeScalars))
    w.elisions()
    w.prelude()
    w.markRegions()
    w.backwards()
    w.postlude()
    var out = String.UnicodeScalarView()
    out.append(contentsOf: w.s)
    return String(out)
  }
}

/// Snowball's `among`: a list of strings, of which the longest that ends the word (and starts at or after a
/// limit) is the one matched.
private struct Among {
  let entries: [(scalars: [Unicode.Scalar], name: String)]

  init(_ names: [String]) {
    entries = names.map { (Array($0.unicodeScalars), $0) }.sorted { $0.scalars.count > $1.scalars.count }
  }

  /// The longest entry that ends `s` and starts at or after `limit`.
  func longest(endOf s: [Unicode.Scalar], limit: Int = 0) -> String? {
    for entry in entries where s.count - entry.scalars.count >= limit {
      if s.ends(with: entry.scalars) { return entry.name }
    }
    return nil
  }
}

extension Array where Element == Unicode.Scalar {
  /// Whether the scalars end with `suffix`.
  fileprivate func ends(with suffix: [Unicode.Scalar]) -> Bool {
    guard suffix.count <= count else { return false }
    return self[(count - suffix.count)...].elementsEqual(suffix)
  }

  /// Whether the scalars end with `suffix`.
  fileprivate func ends(with suffix: String) -> Bool { has(suffix, endingAt: count) }

  /// Whether the scalars just before `end` spell `t` (compared in place: stemming a base's statements is start-up
  /// time).
  fileprivate func has(_ t: String, endingAt end: Int) -> Bool {
    guard end <= count else { return false }
    var i = end
    for c in t.unicodeScalars.reversed() {
      i -= 1
      if i < 0 || self[i] != c { return false }
    }
    return true
  }
}

/// The word being stemmed, with the marks of its regions RV (`pV`), R1 (`p1`) and R2 (`p2`).
private struct FrenchStemmerWord {
  var s: [Unicode.Scalar]
  var pV = 0
  var p1 = 0
  var p2 = 0

  init(_ s: [Unicode.Scalar]) { self.s = s }

  // MARK: Groupings

  /// Grouping `v`: the vowels, accented or not (not the capitals the prelude makes of u, i and y).
  static func isVowel(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "a", "e", "i", "o", "u", "y", "\u{E2}", "\u{E0}", "\u{EB}", "\u{E9}", "\u{EA}", "\u{E8}", "\u{EF}",
      "\u{EE}", "\u{F4}", "\u{FB}", "\u{F9}":
      return true
    default: return false
    }
  }

  /// Grouping `elision_char`: the letters elided before an apostrophe (l', d', j'…).
  static func isElisionChar(_ c: Unicode.Scalar) -> Bool { "cdjlmnstz".unicodeScalars.contains(c) }

  /// Grouping `oux_ending`: the letters after which -oux becomes -ou (bijoux, hiboux…).
  static func isOuxEnding(_ c: Unicode.Scalar) -> Bool { "bhjlnp".unicodeScalars.contains(c) }

  /// Grouping `keep_with_s`: the letters after which a final s stays.
  static func keepsS(_ c: Unicode.Scalar) -> Bool { "aiou\u{E8}s".unicodeScalars.contains(c) }

  func isVowel(at i: Int) -> Bool { i >= 0 && i < s.count && Self.isVowel(s[i]) }
  func isConsonant(at i: Int) -> Bool { i >= 0 && i < s.count && !Self.isVowel(s[i]) }

  // MARK: Regions

  func rv(_ i: Int) -> Bool { pV <= i }
  func r1(_ i: Int) -> Bool { p1 <= i }
  func r2(_ i: Int) -> Bool { p2 <= i }

  // MARK: Editing

  /// Deletes everything from `start` to the end.
  mutating func delete(from start: Int) { s.removeSubrange(start...) }

  /// Replaces everything from `start` to the end with `t`.
  mutating func replace(from start: Int, with t: String) { s.replaceSubrange(start..., with: t.unicodeScalars) }

  // MARK: Forward routines

  /// Strips a leading elision: one of c d j l m n s t z, or qu, then an apostrophe, if letters follow.
  mutating func elisions() {
    let n: Int
    if s.count >= 2, Self.isElisionChar(s[0]), s[1] == "'" {
      n = 2
    } else if s.count >= 3, s[0] == "q", s[1] == "u", s[2] == "'" {
      n = 3
    } else {
      return
    }
    if s.count > n { s.removeFirst(n) }
  }

  /// Strips nothing: marks u, i and y that act as consonants as U, I and Y, and ë, ï as He, Hi.
  mutating func prelude() {
    // repeat goto (…): after a change, the next search starts again at the same place.
    var p = 0
    while p < s.count {
      if preludeChange(at: p) { continue }
      p += 1
    }
  }

  /// One try of the prelude's alternatives at `p`; whether it changed the word.
  private mutating func preludeChange(at p: Int) -> Bool {
    let n = s.count
    if isVowel(at: p), p + 1 < n {
      let next = s[p + 1]
      if next == "u", isVowel(at: p + 2) {
        s[p + 1] = "U"
        return true
      }
      if next == "i", isVowel(at: p + 2) {
        s[p + 1] = "I"
        return true
      }
      if next == "y" {
        s[p + 1] = "Y"
        return true
      }
    }
    if s[p] == "\u{EB}" {
      s.replaceSubrange(p...p, with: ["H", "e"])
      return true
    }
    if s[p] == "\u{EF}" {
      s.replaceSubrange(p...p, with: ["H", "i"])
      return true
    }
    if s[p] == "y", isVowel(at: p + 1) {
      s[p] = "Y"
      return true
    }
    if s[p] == "q", p + 1 < n, s[p + 1] == "u" {
      s[p + 1] = "U"
      return true
    }
    return false
  }

  /// Strips nothing: sets RV, R1 and R2 (RV after par, col, tap, or ni before a vowel, at the word's start).
  mutating func markRegions() {
    let n = s.count
    pV = n
    p1 = n
    p2 = n
    if n >= 3, isVowel(at: 0), isVowel(at: 1) {
      pV = 3
    } else if s.has("par", endingAt: 3) || s.has("col", endingAt: 3) || s.has("tap", endingAt: 3) {
      pV = 3
    } else if s.has("ni", endingAt: 2), isVowel(at: 2) {
      pV = 3
    } else if n >= 1, let i = (1..<n).first(where: { isVowel(at: $0) }) {
      pV = i + 1
    }
    guard let a = pastVowelThenConsonant(from: 0) else { return }
    p1 = a
    guard let b = pastVowelThenConsonant(from: a) else { return }
    p2 = b
  }

  /// `gopast v gopast non-v` from `start`: the position after the first consonant that follows a vowel.
  private func pastVowelThenConsonant(from start: Int) -> Int? {
    guard let v = (start..<max(start, s.count)).first(where: { isVowel(at: $0) }) else { return nil }
    guard let c = ((v + 1)..<max(v + 1, s.count)).first(where: { isConsonant(at: $0) }) else { return nil }
    return c + 1
  }

  /// Strips nothing: turns the prelude's I, U, Y, He, Hi back into i, u, y, ë, ï, and drops a lone H.
  mutating func postlude() {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(s.count)
    var i = 0
    while i < s.count {
      switch s[i] {
      case "I": out.append("i")
      case "U": out.append("u")
      case "Y": out.append("y")
      case "H":
        if i + 1 < s.count, s[i + 1] == "e" {
          out.append("\u{EB}")
          i += 1
        } else if i + 1 < s.count, s[i + 1] == "i" {
          out.append("\u{EF}")
          i += 1
        }
      default: out.append(s[i])
      }
      i += 1
    }
    s = out
  }

  // MARK: Backward routines

  /// The backward part of `stem`: the suffixes, then doubled consonants and a last accent.
  mutating func backwards() {
    if standardSuffix() || iVerbSuffix() || verbSuffix() {
      if s.last == "Y" {
        s[s.count - 1] = "i"
      } else if s.last == "\u{E7}" {
        s[s.count - 1] = "c"
      }
    } else {
      residualSuffix()
    }
    unDouble()
    unAccent()
  }

  static let standardSuffixes = Among([
    "ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes",
    "atrice", "ateur", "ation", "atrices", "ateurs", "ations", "logie", "logies", "usion", "ution", "usions",
    "utions", "ence", "ences", "ement", "ements", "it\u{E9}", "it\u{E9}s", "if", "ive", "ifs", "ives", "eaux",
    "aux", "oux", "euse", "euses", "issement", "issements", "amment", "emment", "ment", "ments",
  ])
  static let afterEment = Among(["iv", "eus", "abl", "iqU", "i\u{E8}r", "I\u{E8}r"])
  static let afterIte = Among(["abil", "ic", "iv"])

  /// Strips the standard (mostly nominal and adjectival) suffixes: -ance, -isme, -ation, -ement, -ité, -if…
  mutating func standardSuffix() -> Bool {
    guard let suffix = Self.standardSuffixes.longest(endOf: s) else { return false }
    let start = s.count - suffix.unicodeScalars.count
    switch suffix {
    case "ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes":
      guard r2(start) else { return false }
      delete(from: start)
    case "atrice", "ateur", "ation", "atrices", "ateurs", "ations":
      guard r2(start) else { return false }
      delete(from: start)
      deleteInR2OrReplace("ic", with: "iqU")
    case "logie", "logies":
      guard r2(start) else { return false }
      replace(from: start, with: "log")
    case "usion", "ution", "usions", "utions":
      guard r2(start) else { return false }
      replace(from: start, with: "u")
    case "ence", "ences":
      guard r2(start) else { return false }
      replace(from: start, with: "ent")
    case "ement", "ements":
      guard rv(start) else { return false }
      delete(from: start)
      afterEmentSuffix()
    case "it\u{E9}", "it\u{E9}s":
      guard r2(start) else { return false }
      delete(from: start)
      afterIteSuffix()
    case "if", "ive", "ifs", "ives":
      guard r2(start) else { return false }
      delete(from: start)
      if s.ends(with: "at"), r2(s.count - 2) {
        delete(from: s.count - 2)
        deleteInR2OrReplace("ic", with: "iqU")
      }
    case "eaux":
      replace(from: start, with: "eau")
    case "aux":
      guard r1(start) else { return false }
      replace(from: start, with: "al")
    case "oux":
      guard start > 0, Self.isOuxEnding(s[start - 1]) else { return false }
      replace(from: start, with: "ou")
    case "euse", "euses":
      if r2(start) {
        delete(from: start)
      } else if r1(start) {
        replace(from: start, with: "eux")
      } else {
        return false
      }
    case "issement", "issements":
      guard r1(start), isConsonant(at: start - 1) else { return false }
      delete(from: start)
    case "amment":
      // Fails whatever happens, so that verb_suffix sees the -ant left.
      if rv(start) { replace(from: start, with: "ant") }
      return false
    case "emment":
      if rv(start) { replace(from: start, with: "ent") }
      return false
    default:  // "ment", "ments": deleted after a vowel in RV, then fails so that verb_suffix runs.
      if isVowel(at: start - 1), rv(start - 1) { delete(from: start) }
      return false
    }
    return true
  }

  /// Strips, after -ement, an -iv(at), -eus, -abl, -iqU, or turns -ièr into -i.
  private mutating func afterEmentSuffix() {
    guard let suffix = Self.afterEment.longest(endOf: s) else { return }
    let start = s.count - suffix.unicodeScalars.count
    switch suffix {
    case "iv":
      guard r2(start) else { return }
      delete(from: start)
      if s.ends(with: "at"), r2(s.count - 2) { delete(from: s.count - 2) }
    case "eus":
      if r2(start) {
        delete(from: start)
      } else if r1(start) {
        replace(from: start, with: "eux")
      }
    case "abl", "iqU":
      if r2(start) { delete(from: start) }
    default:  // "ièr", "Ièr"
      if rv(start) { replace(from: start, with: "i") }
    }
  }

  /// Strips, after -ité, an -abil (or makes it -abl), an -ic (or makes it -iqU), an -iv.
  private mutating func afterIteSuffix() {
    guard let suffix = Self.afterIte.longest(endOf: s) else { return }
    let start = s.count - suffix.unicodeScalars.count
    switch suffix {
    case "abil":
      if r2(start) { delete(from: start) } else { replace(from: start, with: "abl") }
    case "ic":
      if r2(start) { delete(from: start) } else { replace(from: start, with: "iqU") }
    default:  // "iv"
      if r2(start) { delete(from: start) }
    }
  }

  /// `try ( [t] (R2 delete) or <- replacement )`: a final `t` is deleted in R2, else replaced.
  private mutating func deleteInR2OrReplace(_ t: String, with replacement: String) {
    guard s.ends(with: t) else { return }
    let start = s.count - t.unicodeScalars.count
    if r2(start) { delete(from: start) } else { replace(from: start, with: replacement) }
  }

  static let iVerbSuffixes = Among([
    "\u{EE}mes", "\u{EE}t", "\u{EE}tes", "i", "ie", "ies", "ir", "ira", "irai", "iraIent", "irais", "irait",
    "iras", "irent", "irez", "iriez", "irions", "irons", "iront", "is", "issaIent", "issais", "issait",
    "issant", "issante", "issantes", "issants", "isse", "issent", "isses", "issez", "issiez", "issions",
    "issons", "it",
  ])

  /// Strips an -ir verb's ending (-ir, -issons, -it…) in RV, after a consonant (not H) also in RV.
  mutating func iVerbSuffix() -> Bool {
    guard let suffix = Self.iVerbSuffixes.longest(endOf: s, limit: pV) else { return false }
    let start = s.count - suffix.unicodeScalars.count
    guard start - 1 >= pV, s[start - 1] != "H", isConsonant(at: start - 1) else { return false }
    delete(from: start)
    return true
  }

  static let verbSuffixes = Among([
    "ions", "\u{E9}", "\u{E9}e", "\u{E9}es", "\u{E9}s", "\u{E8}rent", "er", "era", "erai", "eraIent", "erais",
    "erait", "eras", "erez", "eriez", "erions", "erons", "eront", "ez", "iez", "\u{E2}mes", "\u{E2}t",
    "\u{E2}tes", "a", "ai", "aIent", "ait", "ant", "ante", "antes", "ants", "as", "asse", "assent", "asses",
    "assiez", "assions", "ais", "aise", "aises", "eais",
  ])

  /// Strips other verbs' endings in RV: -ions in R2, -é, -er, -ez…, -a, -ait, -ant… (with an e before, in RV).
  mutating func verbSuffix() -> Bool {
    guard let suffix = Self.verbSuffixes.longest(endOf: s, limit: pV) else { return false }
    let start = s.count - suffix.unicodeScalars.count
    switch suffix {
    case "ions":
      guard r2(start) else { return false }
      delete(from: start)
    case "\u{E9}", "\u{E9}e", "\u{E9}es", "\u{E9}s", "\u{E8}rent", "er", "era", "erai", "eraIent", "erais",
      "erait", "eras", "erez", "eriez", "erions", "erons", "eront", "ez", "iez", "eais":
      delete(from: start)
    case "ais", "aise", "aises":
      // Kept in balais, calais… (one letter, al, ais), mauvais, déplais.
      if s.has("al", endingAt: start), start == 3 { return false }
      if s.has("auv", endingAt: start) || s.has("\u{E9}pl", endingAt: start) { return false }
      delete(from: start)
    default:  // -âmes, -ât, -a, -ait, -ant, -asse…: an e before them goes too, if in RV.
      if start > 0, s[start - 1] == "e", rv(start - 1) {
        delete(from: start - 1)
      } else {
        delete(from: start)
      }
    }
    return true
  }

  static let residualSuffixes = Among(["ion", "ier", "i\u{E8}re", "Ier", "I\u{E8}re", "e"])

  /// Strips a final s (not after a, i, o, u, è, s, unless after Hi), then in RV -ion (after s or t, in R2)
  /// and -e, and makes -ier, -ière into -i.
  mutating func residualSuffix() {
    if s.last == "s" {
      let b = s.count - 1
      if s.has("Hi", endingAt: b) || (b >= 1 && !Self.keepsS(s[b - 1])) { s.removeLast() }
    }
    guard let suffix = Self.residualSuffixes.longest(endOf: s, limit: pV) else { return }
    let start = s.count - suffix.unicodeScalars.count
    switch suffix {
    case "ion":
      if r2(start), start - 1 >= pV, s[start - 1] == "s" || s[start - 1] == "t" { delete(from: start) }
    case "e":
      delete(from: start)
    default:  // "ier", "ière", "Ier", "Ière"
      replace(from: start, with: "i")
    }
  }

  static let doubles = Among(["enn", "onn", "ett", "ell", "eill"])

  /// Strips the last letter of a final -enn, -onn, -ett, -ell, -eill.
  mutating func unDouble() {
    if Self.doubles.longest(endOf: s) != nil { s.removeLast() }
  }

  /// Strips the accent of an é or è followed by one or more consonants to the word's end.
  mutating func unAccent() {
    var i = s.count
    while i > 0, !Self.isVowel(s[i - 1]) { i -= 1 }
    guard i < s.count, i > 0, s[i - 1] == "\u{E9}" || s[i - 1] == "\u{E8}" else { return }
    s[i - 1] = "e"
  }
}
