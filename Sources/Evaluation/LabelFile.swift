import Drafts
import FactBase

/// A passage's labels file: where the passage comes from, and a verdict per figure. Format: `docs/corpus.md`.
public struct LabelFile: Sendable {
  public var path: String
  /// The address the passage was read at.
  public var source: String
  /// Publication date, `YYYY-MM-DD`.
  public var published: String
  /// What a what-if variant changed; nil for a passage as published.
  public var edited: String?
  public var language: Language?
  public var labels: [Label]

  public var isEdited: Bool { edited != nil }

  /// Parses a labels file; every problem comes back with its line and column, and none is skipped.
  public static func parse(_ text: String, path: String) throws(FactBaseError) -> LabelFile {
    var problems: [FactDiagnostic] = []
    func report(_ line: Int, _ column: Int, _ message: String) {
      problems.append(FactDiagnostic(path: path, line: line, column: column, message: message))
    }
    var file = LabelFile(path: path, source: "", published: "", edited: nil, language: nil, labels: [])
    var seen: Set<String> = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let number = index + 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      let indent = line.prefix { $0 == " " || $0 == "\t" }.count
      let body = line.dropFirst(indent)
      if body.isEmpty || body.hasPrefix("#") { continue }
      guard let colon = body.firstIndex(of: ":") else {
        report(number, indent + 1, "expected 'field: value' or 'VERDICT [FACT-ID]: CONTEXT'")
        continue
      }
      let head = body[..<colon].split(separator: " ", omittingEmptySubsequences: true)
      var rest = body[body.index(after: colon)...]
      var skipped = 0
      while let first = rest.first, first == " " || first == "\t" {
        rest.removeFirst()
        skipped += 1
      }
      while let last = rest.last, last == " " || last == "\t" { rest.removeLast() }
      let value = String(rest)
      // One-based column of the value's first character, in Unicode scalars.
      let valueColumn = indent + body[..<colon].unicodeScalars.count + 2 + skipped
      guard let keyword = head.first.map(String.init) else {
        report(number, indent + 1, "a line starts with a field name or a verdict")
        continue
      }
      if head.count == 1, let field = headerFields.first(where: { $0 == keyword }) {
        if seen.contains(field) { report(number, indent + 1, "'\(field)' is given twice") }
        seen.insert(field)
        switch field {
        case "source":
          if !(value.hasPrefix("https://") || value.hasPrefix("http://")) {
            report(number, valueColumn, "'source' is the address the passage was read at (https://…)")
          }
          file.source = value
        case "published":
          if !isISODate(value) { report(number, valueColumn, "'published' is a date, YYYY-MM-DD") }
          file.published = value
        case "edited":
          if value.isEmpty { report(number, valueColumn, "'edited' says what the variant changed") }
          file.edited = value
        default:
          guard let language = Language(rawValue: value) else {
            report(number, valueColumn, "'language' is fr or en")
            continue
          }
          file.language = language
        }
        continue
      }
      guard let verdict = Verdict(rawValue: keyword) else {
        let choices = Verdict.allCases.map(\.rawValue).joined(separator: ", ")
        report(
          number, indent + 1,
          "unknown verdict or field '\(keyword)' (verdicts: \(choices); fields: \(headerFields.joined(separator: ", ")))"
        )
        continue
      }
      guard head.count <= 2 else {
        report(number, indent + 1, "a label is 'VERDICT [FACT-ID]: CONTEXT'")
        continue
      }
      let factID = head.count == 2 ? String(head[1]) : nil
      if factID == nil && verdict != .notAClaim {
        report(number, indent + 1, "'\(verdict.rawValue)' names the fact: '\(verdict.rawValue) FACT-ID: CONTEXT'")
        continue
      }
      guard let (context, mark) = marked(value) else {
        report(number, valueColumn, "the context marks its figure once, with [[ and ]]: 'assure [[92 %]] de la'")
        continue
      }
      file.labels.append(
        Label(verdict: verdict, factID: factID, context: context, mark: mark, line: number, column: indent + 1))
    }
    for field in ["source", "published"] where !seen.contains(field) {
      report(1, 1, "the labels file has no '\(field):' line")
    }
    guard problems.isEmpty else { throw FactBaseError(diagnostics: problems) }
    return file
  }

  static let headerFields = ["source", "published", "edited", "language"]

  /// The context with its `[[…]]` removed, and where the mark was (in scalars); nil unless marked exactly once.
  static func marked(_ value: String) -> (String, Range<Int>)? {
    let scalars = Array(value.unicodeScalars)
    var plain: [Unicode.Scalar] = []
    var start: Int?
    var end: Int?
    var index = 0
    while index < scalars.count {
      if index + 1 < scalars.count && scalars[index] == "[" && scalars[index + 1] == "[" {
        guard start == nil else { return nil }
        start = plain.count
        index += 2
      } else if index + 1 < scalars.count && scalars[index] == "]" && scalars[index + 1] == "]" {
        guard start != nil, end == nil else { return nil }
        end = plain.count
        index += 2
      } else {
        plain.append(scalars[index])
        index += 1
      }
    }
    guard var start, var end, start < end else { return nil }
    // Spaces just inside the marks are not part of the figure.
    while start < end && plain[start].properties.isWhitespace { start += 1 }
    while end > start && plain[end - 1].properties.isWhitespace { end -= 1 }
    guard start < end else { return nil }
    var text = ""
    text.unicodeScalars.append(contentsOf: plain)
    return (text, start..<end)
  }

  private static func isISODate(_ value: String) -> Bool {
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
    else { return false }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return (1...days).contains(day)
  }
}
