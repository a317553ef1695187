/// Snowball's English stemmer ("Porter2", snowballstem.org, algorithms/english.sbl), written for factlint so that
/// "economy" and "economic", "refined" and "refining" meet at one stem. One routine per Snowball routine.
public enum EnglishStemmer {
  /// The stem of one lowercase word.
  public static func stem(_ word: String) -> String {
    if let exception = exception1(word) { return exception }
    var s = Stemming(word)
    guard s.w.count >= 3 else { return word }
    s.prelude()
    s.markRegions()
    s.step1a()
    s.step1b()
    s.step1c()
    s.step2()
    s.step3()
    s.step4()
    s.step5()
    s.postlude()
    return s.string
  }

  /// Words whose stem is given outright.
  private static func exception1(_ word: String) -> String? {
    switch word {
    case "skis": "ski"
    case "skies": "sky"
    case "idly": "idl"
    case "gently": "gentl"
    case "ugly": "ugli"
    case "early": "earli"
    case "only": "onli"
    case "singly": "singl"
    case "sky", "news", "howe", "atlas", "cosmos", "bias", "andes": word
    default: nil
    }
  }

  /// The word being stemmed, as letters, with the regions R1 and R2 (`p1`, `p2`: where they start).
  struct Stemming {
    /// Scalars, not `Character`s: comparing characters runs grapheme breaking, and stemming every word of a fact
    /// base's statements is start-up time.
    var w: [Unicode.Scalar]
    var p1 = 0
    var p2 = 0
    var yFound = false

    init(_ word: String) { w = Array(word.unicodeScalars) }

    var string: String { Self.text(w[...]) }

    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars)
      return String(view)
    }

    static func isVowel(_ c: Unicode.Scalar) -> Bool {
      switch c {
      case "a", "e", "i", "o", "u", "y": true
      default: false
      }
    }

    static func isVowelWXY(_ c: Unicode.Scalar) -> Bool { isVowel(c) || c == "w" || c == "x" || c == "Y" }

    func ends(_ suffix: String) -> Bool { spells(suffix, endingAt: w.count) }

    /// Whether the scalars just before `end` spell `t`.
    func spells(_ t: String, endingAt end: Int) -> Bool {
      var i = end
      for c in t.unicodeScalars.reversed() {
        i -= 1
        if i < 0 || w[i] != c { return false }
      }
      return true
    }

    /// The longest of `suffixes` the word ends with.
    func longest(_ suffixes: [String]) -> String? {
      var best: String?
      for suffix in suffixes where ends(suffix) && suffix.utf8.count > (best?.utf8.count ?? -1) { best = suffix }
      return best
    }

    mutating func replace(_ suffix: String, with replacement: String) {
      w.removeLast(suffix.unicodeScalars.count)
      w.append(contentsOf: replacement.unicodeScalars)
    }

    /// Whether a vowel stands anywhere before index `end`.
    func vowel(before end: Int) -> Bool { w[..<end].contains(where: Self.isVowel) }

    /// A leading apostrophe goes; y at the start or after a vowel is a consonant, written Y.
    mutating func prelude() {
      if w.first == "'" { w.removeFirst() }
      if w.first == "y" {
        w[0] = "Y"
        yFound = true
      }
      if w.count > 1 {
        for i in 1..<w.count where w[i] == "y" && Self.isVowel(w[i - 1]) {
          w[i] = "Y"
          yFound = true
        }
      }
    }

    /// R1 starts after the first non-vowel that follows a vowel (or after one of a few prefixes), R2 likewise
    /// after R1.
    mutating func markRegions() {
      p1 = w.count
      p2 = w.count
      let prefixes = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"]
      let word = string
      var cursor: Int
      if let prefix = prefixes.filter({ word.hasPrefix($0) }).max(by: { $0.count < $1.count }) {
        cursor = prefix.count
      } else {
        guard let c = pastVowelThenConsonant(from: 0) else { return }
        cursor = c
      }
      p1 = cursor
      guard let c2 = pastVowelThenConsonant(from: cursor) else { return }
      p2 = c2
    }

    /// Forward: go past a vowel, then past a non-vowel; the index after it.
    func pastVowelThenConsonant(from start: Int) -> Int? {
      var i = start
      while i < w.count && !Self.isVowel(w[i]) { i += 1 }
      guard i < w.count else { return nil }
      i += 1
      while i < w.count && Self.isVowel(w[i]) { i += 1 }
      guard i < w.count else { return nil }
      return i + 1
    }

    /// A short syllable ending at `end`: non-vowel, vowel, non-vowel (not w, x, Y); or vowel, non-vowel at the
    /// start; or "past".
    func shortSyllable(endingAt end: Int) -> Bool {
      if end >= 3 && !Self.isVowel(w[end - 3]) && Self.isVowel(w[end - 2]) && !Self.isVowelWXY(w[end - 1]) {
        return true
      }
      if end == 2 && Self.isVowel(w[0]) && !Self.isVowel(w[1]) { return true }
      return end >= 4 && spells("past", endingAt: end)
    }

    /// Possessives, plurals: "'s", "sses" → "ss", "ies" → "i"/"ie", "s" after a vowel somewhere.
    mutating func step1a() {
      if let apostrophe = longest(["'", "'s", "'s'"]) { w.removeLast(apostrophe.count) }
      guard let suffix = longest(["sses", "ied", "ies", "s", "us", "ss"]) else { return }
      let start = w.count - suffix.count
      switch suffix {
      case "sses": replace(suffix, with: "ss")
      case "ied", "ies": replace(suffix, with: start >= 2 ? "i" : "ie")
      case "s":
        if start >= 1 && vowel(before: start - 1) { w.removeLast() }
      default: break
      }
    }

    /// "eed", "ed", "ing" and their "-ly" forms, with the repairs that follow ("hoping" → "hope", "hopping" →
    /// "hop").
    mutating func step1b() {
      let suffix = longest(["eed", "eedly", "ed", "edly", "ingly", "ing"])
      let start = w.count - (suffix?.count ?? 0)
      switch suffix {
      case "eed"?, "eedly"?:
        guard start >= p1 else { return }
        let before = Self.text(w[..<start])
        if before != "proc" && before != "exc" && before != "succ" { replace(suffix!, with: "ee") }
        return
      case "ing"?:
        let before = Array(w[..<start])
        // "dying" → "die", "lying" → "lie"; "inning", "outing", "canning", "herring", "earring", "evening" stay.
        if before.count == 2 && before[1] == "y" && !Self.isVowel(before[0]) {
          w = before.dropLast() + ["i", "e"]
          return
        }
        if ["inn", "out", "cann", "herr", "earr", "even"].contains(Self.text(before[...])) { return }
      case nil:
        return
      default:
        break
      }
      guard let suffix, vowel(before: start) else { return }
      w.removeLast(suffix.count)
      if let end = longest(["at", "bl", "iz"]), end.count == 2 {
        w.append("e")
        return
      }
      let doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"]
      if let double = longest(doubles) {
        let before = w.count - double.count
        if !(before == 1 && "aeo".unicodeScalars.contains(w[0])) { w.removeLast() }
        return
      }
      if w.count == p1 && shortSyllable(endingAt: w.count) { w.append("e") }
    }

    /// A final y after a non-vowel (not the first letter) becomes i: "cry" → "cri".
    mutating func step1c() {
      guard let last = w.last, last == "y" || last == "Y", w.count >= 3, !Self.isVowel(w[w.count - 2]) else {
        return
      }
      w[w.count - 1] = "i"
    }

    /// Long suffixes in R1: "ational" → "ate", "ization" → "ize", "fulness" → "ful"…
    mutating func step2() {
      let rules: [(String, String)] = [
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"), ("izer", "ize"),
        ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("aliti", "al"),
        ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"), ("ousness", "ous"), ("iveness", "ive"),
        ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"), ("ogist", "og"), ("ogi", "og"), ("fulli", "ful"),
        ("lessli", "less"), ("li", ""),
      ]
      guard let suffix = longest(rules.map(\.0)), w.count - suffix.count >= p1 else { return }
      let start = w.count - suffix.count
      switch suffix {
      case "ogi":
        if start >= 1 && w[start - 1] == "l" { replace(suffix, with: "og") }
      case "li":
        if start >= 1 && "cdeghkmnrt".unicodeScalars.contains(w[start - 1]) { w.removeLast(2) }
      default:
        replace(suffix, with: rules.first { $0.0 == suffix }!.1)
      }
    }

    /// Suffixes in R1: "alize" → "al", "icate" → "ic", "ful" and "ness" go, "ative" in R2 goes.
    mutating func step3() {
      let rules: [(String, String)] = [
        ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ical", "ic"),
        ("ful", ""), ("ness", ""), ("ative", ""),
      ]
      guard let suffix = longest(rules.map(\.0)), w.count - suffix.count >= p1 else { return }
      if suffix == "ative" {
        if w.count - suffix.count >= p2 { w.removeLast(suffix.count) }
        return
      }
      replace(suffix, with: rules.first { $0.0 == suffix }!.1)
    }

    /// Suffixes in R2 go: "al", "ance", "ment", "ive", "ion" after s or t…
    mutating func step4() {
      let suffixes = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous",
        "ive", "ize", "ion",
      ]
      guard let suffix = longest(suffixes), w.count - suffix.count >= p2 else { return }
      let start = w.count - suffix.count
      if suffix == "ion" {
        if start >= 1 && (w[start - 1] == "s" || w[start - 1] == "t") { w.removeLast(3) }
        return
      }
      w.removeLast(suffix.count)
    }

    /// A final e in R2, or in R1 after no short syllable, goes; a final l after l in R2 goes.
    mutating func step5() {
      guard let last = w.last else { return }
      let start = w.count - 1
      if last == "e" {
        if start >= p2 || (start >= p1 && !shortSyllable(endingAt: start)) { w.removeLast() }
      } else if last == "l" {
        if start >= p2 && start >= 1 && w[start - 1] == "l" { w.removeLast() }
      }
    }

    /// Y back to y.
    mutating func postlude() {
      guard yFound else { return }
      for i in w.indices where w[i] == "Y" { w[i] = "y" }
    }
  }
}
