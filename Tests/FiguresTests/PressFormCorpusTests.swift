import Drafts
import Figures
import Foundation
import Testing

/// The press-forms test set (corpus/press-forms/cases.jsonl): sentences of published text, each with one labelled
/// figure (its kind, value, unit or period, and qualifier). Prints the share read right and fails below 95 %,
/// listing each case misread.
@Suite struct PressFormCorpusTests {
  struct Case {
    var id: String
    var language: Language
    var text: String
    var figure: String
    var kind: String
    var value: Double?
    var unit: String?
    var date: String?
    var period: String?
    var qualifier: String?
  }

  static func cases() throws -> [Case] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let data = try String(contentsOf: root.appendingPathComponent("corpus/press-forms/cases.jsonl"), encoding: .utf8)
    return try data.split(separator: "\n").map { line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
      return Case(
        id: object["id"] as? String ?? "?", language: (object["lang"] as? String) == "fr" ? .fr : .en,
        text: object["text"] as? String ?? "", figure: object["figure"] as? String ?? "",
        kind: object["kind"] as? String ?? "", value: (object["value"] as? NSNumber)?.doubleValue,
        unit: object["unit"] as? String, date: object["date"] as? String, period: object["period"] as? String,
        qualifier: object["qualifier"] as? String)
    }
  }

  /// The label's qualifier for a figure's: bounds by direction, hedges as "about".
  static func label(_ q: Qualifier?) -> String? {
    switch q {
    case nil, .exactly?: nil
    case .moreThan?, .atLeast?: "atLeast"
    case .lessThan?, .atMost?: "atMost"
    case .about?, .nearly?: "about"
    }
  }

  static func iso(_ d: CalendarDate) -> String {
    func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
    return (d.year.map { pad($0, 4) } ?? "-") + "-" + pad(d.month, 2) + "-" + (d.day.map { pad($0, 2) } ?? "")
  }

  static func near(_ a: Double?, _ b: Double?) -> Bool {
    guard let a, let b else { return false }
    return abs(a - b) <= max(0.006, 1e-6 * abs(b))
  }

  /// Why the case is misread, or nil when it is read right.
  static func misreading(_ c: Case) -> String? {
    let bytes = Array(c.text.utf8)
    guard
      let start = c.text.range(of: c.figure).map({
        c.text.utf8.distance(from: c.text.utf8.startIndex, to: $0.lowerBound)
      })
    else { return "figure not in text" }
    let span = start..<(start + c.figure.utf8.count)
    let found = FigureExtractor(language: c.language).figures(in: bytes, range: 0..<bytes.count)
      .filter { $0.span.overlaps(span) }
    if c.kind == "none" {
      return found.isEmpty ? nil : "read \(found.map(\.text))"
    }
    guard let f = found.first(where: { $0.kind != .relativeDate }) ?? found.first else { return "no figure" }
    let got: String
    switch f.kind {
    case .number where f.unit == "percentage-point": got = "points"
    case .number where f.unit == "fraction": got = "percent"
    default: got = f.kind.rawValue
    }
    guard got == c.kind else { return "read as \(got) “\(f.text)”" }
    switch c.kind {
    case "date":
      guard let d = f.date else { return "no date" }
      let want = c.date ?? ""
      let written = iso(d)
      if want.hasPrefix("--") ? !written.hasSuffix(want.dropFirst(2)) || d.year != nil : written != want {
        return "date \(written), labelled \(want)"
      }
    case "period":
      guard let p = f.period else { return "no period" }
      let written = iso(p.start) + "/" + iso(p.end)
      if written != c.period { return "period \(written), labelled \(c.period ?? "")" }
    default:
      let value = f.unit == "fraction" ? f.value.map { $0 * 100 } : f.value
      if let lower = f.lower, let upper = f.upper, c.value == nil || !near(lower, c.value) {
        return "range \(lower)…\(upper)"
      }
      if f.lower == nil, !near(value, c.value) {
        return "value \(value.map { "\($0)" } ?? "none"), labelled \(c.value ?? 0)"
      }
      if c.kind == "money" || c.kind == "duration" || c.kind == "age", f.unit != c.unit {
        return "unit \(f.unit ?? "none"), labelled \(c.unit ?? "none")"
      }
    }
    if label(f.qualifier) != c.qualifier {
      return "qualifier \(f.qualifier?.rawValue ?? "none"), labelled \(c.qualifier ?? "none")"
    }
    return nil
  }

  @Test func pressFormsAreReadRight() throws {
    let cases = try Self.cases()
    #expect(cases.count >= 150)
    var wrong: [String] = []
    var byLanguage: [Language: (right: Int, all: Int)] = [:]
    for c in cases {
      let why = Self.misreading(c)
      if let why { wrong.append("\(c.id): \(why) — \(c.figure)") }
      byLanguage[c.language, default: (0, 0)].all += 1
      if why == nil { byLanguage[c.language, default: (0, 0)].right += 1 }
    }
    let rate = Double(cases.count - wrong.count) / Double(cases.count)
    let fr = byLanguage[.fr] ?? (0, 0)
    let en = byLanguage[.en] ?? (0, 0)
    print(
      "press forms: \(cases.count - wrong.count)/\(cases.count) read right (\(Int((rate * 1000).rounded()) / 10) %);"
        + " fr \(fr.right)/\(fr.all), en \(en.right)/\(en.all)")
    #expect(rate >= 0.95, "\(wrong.joined(separator: "\n"))")
  }
}
