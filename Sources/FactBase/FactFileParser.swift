import Drafts
import Figures

/// Reads one facts file (see facts/README.md) into facts, collecting every problem with its line and column.
struct FactFileParser {
  let path: String
  let lineTable: LineTable
  var diagnostics: [FactDiagnostic] = []

  init(path: String, bytes: [UInt8]) {
    self.path = path
    self.lineTable = LineTable(bytes: bytes)
  }

  static let factKeys: Set<String> = [
    "id", "statement", "value", "unit", "currency", "terms", "source", "period", "examples", "note", "rounding",
  ]

  /// The file's "rounding", for its facts that say none.
  var defaultRounding: Rounding = .press

  mutating func parse() -> [Fact] {
    let root: JSONNode
    do {
      root = try JSONParser.parse(lineTable.bytes)
    } catch {
      report(at: error.offset, "invalid JSON: \(error.message)")
      return []
    }
    guard let members = root.members else {
      report(root, "a facts file holds an object with a \"facts\" array")
      return []
    }
    for (key, node) in members where key != "facts" && key != "$schema" && key != "description" && key != "rounding" {
      report(node, "unknown key \"\(key)\" at the top level")
    }
    if let node = root["rounding"], let policy = rounding(node) { defaultRounding = policy }
    guard let list = root["facts"]?.array else {
      report(root, "missing \"facts\" array")
      return []
    }
    return list.compactMap { fact($0) }
  }

  mutating func report(at offset: Int, _ message: String) {
    let position = lineTable.position(ofOffset: offset, in: .scalars)
    diagnostics.append(
      FactDiagnostic(path: path, line: position.line + 1, column: position.column + 1, message: message))
  }

  mutating func report(_ node: JSONNode, _ message: String) { report(at: node.span.lowerBound, message) }

  func location(_ node: JSONNode) -> FactLocation {
    FactLocation(
      path: path, span: node.span,
      start: lineTable.position(ofOffset: node.span.lowerBound, in: .scalars),
      end: lineTable.position(ofOffset: node.span.upperBound, in: .scalars))
  }

  mutating func requiredString(_ node: JSONNode, _ key: String, in what: String) -> String? {
    guard let child = node[key] else {
      report(node, "\(what) is missing \"\(key)\"")
      return nil
    }
    guard let text = child.string, !text.trimmingWhitespace.isEmpty else {
      report(child, "\"\(key)\" must be a non-empty string")
      return nil
    }
    return text
  }

  mutating func fact(_ node: JSONNode) -> Fact? {
    guard let members = node.members else {
      report(node, "each fact is an object")
      return nil
    }
    for (key, child) in members where !Self.factKeys.contains(key) {
      report(child, "unknown key \"\(key)\" in a fact")
    }
    let before = diagnostics.count
    let id = requiredString(node, "id", in: "a fact")
    if let id, let idNode = node["id"], !Self.isValidId(id) {
      report(idNode, "fact id \"\(id)\" must be lowercase letters, digits, '-' and '.'")
    }
    let statement = languageStrings(node["statement"], key: "statement", in: node)
    let unit = unit(node)
    let value = value(node["value"], unit: unit, in: node)
    let terms = terms(node["terms"], in: node)
    let source = source(node["source"], in: node)
    let period = period(node["period"])
    let examples = examples(node["examples"])
    if unit == .money {
      if node["currency"]?.string.map({ $0.count == 3 && $0 == $0.uppercased() }) != true {
        report(node["currency"] ?? node, "a money fact needs \"currency\", an ISO 4217 code such as \"USD\"")
      }
    }
    guard diagnostics.count == before, let id, let unit, let value, let source else { return nil }
    var fact = Fact(
      id: id, statement: statement, value: value, unit: unit, terms: terms, source: source, period: period,
      examples: examples, location: location(node))
    fact.currency = node["currency"]?.string
    fact.rounding = node["rounding"].flatMap { rounding($0) } ?? defaultRounding
    return fact
  }

  mutating func rounding(_ node: JSONNode) -> Rounding? {
    guard let text = node.string, let policy = Rounding(rawValue: text) else {
      report(node, "\"rounding\" is \"press\" (read round figures as the press rounds) or \"as-written\"")
      return nil
    }
    return policy
  }

  static func isValidId(_ id: String) -> Bool {
    !id.isEmpty
      && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2E }
  }

  mutating func languageStrings(_ node: JSONNode?, key: String, in parent: JSONNode) -> [Language: String] {
    guard let node else {
      report(parent, "a fact is missing \"\(key)\"")
      return [:]
    }
    guard let members = node.members, !members.isEmpty else {
      report(node, "\"\(key)\" is an object of strings by language: {\"fr\": …, \"en\": …}")
      return [:]
    }
    var result: [Language: String] = [:]
    for (code, child) in members {
      guard let language = Language(rawValue: code) else {
        report(child, "unknown language \"\(code)\" (expected \"fr\" or \"en\")")
        continue
      }
      guard let text = child.string, !text.isEmpty else {
        report(child, "\"\(key).\(code)\" must be a non-empty string")
        continue
      }
      result[language] = text
    }
    return result
  }

  mutating func unit(_ node: JSONNode) -> FactUnit? {
    guard let text = requiredString(node, "unit", in: "a fact") else { return nil }
    guard let unit = FactUnit(rawValue: text) else {
      let known = FactUnit.allCases.map(\.rawValue).joined(separator: ", ")
      report(node["unit"]!, "unknown unit \"\(text)\" (known: \(known))")
      return nil
    }
    return unit
  }

  mutating func value(_ node: JSONNode?, unit: FactUnit?, in parent: JSONNode) -> FactValue? {
    guard let node else {
      report(parent, "a fact is missing \"value\"")
      return nil
    }
    guard let members = node.members else {
      report(node, "\"value\" is an object such as {\"exact\": 92} or {\"moreThan\": 60}")
      return nil
    }
    let keys = Set(members.map(\.key))
    for (key, child) in members
    where !["exact", "tolerance", "min", "max", "moreThan", "atLeast", "lessThan", "atMost", "date"].contains(key) {
      report(child, "unknown key \"\(key)\" in a value")
    }
    var outOfRange = false
    // A value must be checkable and writable back: finite, and no larger than the extractor reads exactly.
    func number(_ key: String) -> Double? {
      guard let child = node[key], let v = child.number else { return nil }
      if !v.isFinite || abs(v) > Self.largestValue {
        report(child, "\"\(key)\" must be a finite number between -1e18 and 1e18")
        outOfRange = true
      }
      return v
    }
    let result: FactValue?
    if let date = node["date"] {
      guard let text = date.string, let parsed = Self.isoDate(text) else {
        report(date, "\"date\" must be an ISO date \"YYYY-MM-DD\"")
        return nil
      }
      result = .date(parsed)
    } else if keys.contains("exact") {
      guard let v = number("exact") else {
        report(node["exact"]!, "\"exact\" must be a number")
        return nil
      }
      let tolerance = number("tolerance") ?? 0
      if tolerance < 0 { report(node["tolerance"]!, "\"tolerance\" must not be negative") }
      result = .exact(v, tolerance: tolerance)
    } else if keys.contains("min") || keys.contains("max") {
      guard let a = number("min"), let b = number("max"), a <= b else {
        report(node, "a range needs numbers \"min\" ≤ \"max\"")
        return nil
      }
      result = .range(a, b)
    } else if let v = number("moreThan") {
      result = .moreThan(v)
    } else if let v = number("atLeast") {
      result = .atLeast(v)
    } else if let v = number("lessThan") {
      result = .lessThan(v)
    } else if let v = number("atMost") {
      result = .atMost(v)
    } else {
      report(node, "\"value\" needs one of exact, min/max, moreThan, atLeast, lessThan, atMost, date")
      return nil
    }
    if outOfRange { return nil }
    if let unit, let result {
      let isDate = if case .date = result { true } else { false }
      if isDate != (unit == .date) {
        report(node, isDate ? "a date value needs unit \"date\"" : "unit \"date\" needs a {\"date\": …} value")
      }
    }
    return result
  }

  /// The largest magnitude a fact's value may have: figures are read and written back exactly up to here.
  static let largestValue = 1e18

  static func isoDate(_ text: String) -> CalendarDate? {
    let parts = text.split(separator: "-")
    guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      parts[0].count == 4, parts[1].count == 2, parts[2].count == 2, (1...12).contains(m), d >= 1
    else { return nil }
    // "2025-02-30" is no day: months have their own lengths, February 29 only in leap years.
    let date = CalendarDate(year: y, month: m, day: d)
    return date.isPossible ? date : nil
  }

  mutating func termList(_ node: JSONNode?) -> [Term] {
    guard let node else { return [] }
    if let text = node.string { return [Term(text)] }
    guard let items = node.array else {
      report(node, "terms are a string or an array of strings")
      return []
    }
    var terms: [Term] = []
    for item in items {
      guard let text = item.string else {
        report(item, "a term is a string")
        continue
      }
      let term = Term(text)
      if term.words.isEmpty {
        report(item, "term \"\(text)\" has no word in it")
        continue
      }
      if term.lastIsPrefix && term.words.count == 1 && term.words[0].count < 3 {
        report(item, "prefix term \"\(text)\" needs at least three letters before '*'")
        continue
      }
      terms.append(term)
    }
    return terms
  }

  mutating func terms(_ node: JSONNode?, in parent: JSONNode) -> [Language: FactTerms] {
    // Terms are optional: a fact is matched by its statement's frame; terms add evidence.
    guard let node else { return [:] }
    guard let members = node.members, !members.isEmpty else {
      report(node, "\"terms\" must be an object by language: {\"fr\": {\"subject\": […], \"context\": […]}}")
      return [:]
    }
    var result: [Language: FactTerms] = [:]
    for (code, child) in members {
      guard let language = Language(rawValue: code) else {
        report(child, "unknown language \"\(code)\" (expected \"fr\" or \"en\")")
        continue
      }
      for (key, grandchild) in child.members ?? [] where !["subject", "context", "exclude"].contains(key) {
        report(grandchild, "unknown key \"\(key)\" in terms (expected subject, context, exclude)")
      }
      let subject = termList(child["subject"])
      if subject.isEmpty { report(child, "\"terms.\(code).subject\" needs at least one term") }
      var context: [[Term]] = []
      for group in child["context"]?.array ?? [] {
        let terms = termList(group)
        if !terms.isEmpty { context.append(terms) }
      }
      result[language] = FactTerms(subject: subject, context: context, exclude: termList(child["exclude"]))
    }
    return result
  }

  mutating func source(_ node: JSONNode?, in parent: JSONNode) -> FactSource? {
    guard let node, node.members != nil else {
      report(node ?? parent, "a fact needs a \"source\" with publisher, title, url and published")
      return nil
    }
    let publisher = requiredString(node, "publisher", in: "a source")
    let title = requiredString(node, "title", in: "a source")
    let url = requiredString(node, "url", in: "a source")
    let published = requiredString(node, "published", in: "a source")
    if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("urn:")) {
      report(node["url"]!, "\"url\" must be an http(s) address, or a urn: for a source with none")
    }
    if let published, Self.isoDate(published) == nil {
      report(node["published"]!, "\"published\" must be an ISO date \"YYYY-MM-DD\"")
    }
    guard let publisher, let title, let url, let published else { return nil }
    return FactSource(publisher: publisher, title: title, url: url, published: published)
  }

  mutating func period(_ node: JSONNode?) -> FactPeriod? {
    guard let node else { return nil }
    if let yearNode = node["year"] {
      guard let year = yearNode.number, year == year.rounded(), (1...9999).contains(year) else {
        report(yearNode, "\"year\" is a whole year such as 2024")
        return nil
      }
      return FactPeriod(years: Int(year)...Int(year), asOf: nil)
    }
    if let from = node["from"]?.string.flatMap(Self.isoDate), let to = node["to"]?.string.flatMap(Self.isoDate),
      let a = from.year, let b = to.year, a <= b
    {
      return FactPeriod(years: a...b, asOf: nil, isPartOfYear: CalendarPeriod(start: from, end: to).isPartOfYear)
    }
    if let asOf = node["asOf"]?.string, let date = Self.isoDate(asOf), let year = date.year {
      return FactPeriod(years: year...year, asOf: asOf)
    }
    report(node, "\"period\" is {\"year\": 2024}, {\"from\": \"YYYY-MM-DD\", \"to\": \"YYYY-MM-DD\"} or {\"asOf\": …}")
    return nil
  }

  mutating func examples(_ node: JSONNode?) -> [FactExample] {
    guard let node else { return [] }
    guard let members = node.members else {
      report(node, "\"examples\" is {\"fr\": {\"agree\": […], \"flag\": […], \"quiet\": […]}, \"en\": …}")
      return []
    }
    var result: [FactExample] = []
    for (code, child) in members {
      guard let language = Language(rawValue: code) else {
        report(child, "unknown language \"\(code)\" in examples")
        continue
      }
      for (key, list) in child.members ?? [] {
        // "pass" was the one key for both agreeing and unrelated sentences; it now means "agree", the stricter.
        guard let expectation = key == "pass" ? .agree : FactExample.Expectation(rawValue: key) else {
          report(list, "examples are listed under \"agree\", \"flag\" or \"quiet\"")
          continue
        }
        for item in list.array ?? [] {
          guard let text = item.string else {
            report(item, "an example is a string")
            continue
          }
          result.append(
            FactExample(language: language, text: text, expectation: expectation, location: location(item)))
        }
      }
    }
    return result
  }
}

extension String {
  var trimmingWhitespace: Substring {
    var s = Substring(self)
    while let c = s.first, c.isWhitespace { s.removeFirst() }
    while let c = s.last, c.isWhitespace { s.removeLast() }
    return s
  }
}
