import Checking
import Drafts
import FactBase

/// One input line of `factlint batch` turned into its output line: the document's findings, or an error record.
///
/// The `id` is copied as it was written (a string or a number, digit for digit), so the output joins back to
/// the input whatever the id's type or size.
enum BatchRecord {
  static func process(_ line: [UInt8], number: Int, checker: Checker, language: LanguageChoice) -> String {
    let node: JSONNode
    do {
      node = try JSONParser.parse(line)
    } catch {
      return failure(number, id: nil, "invalid JSON at byte \(error.offset + 1): \(error.message)")
    }
    guard node.members != nil else { return failure(number, id: nil, "a line must be a JSON object") }
    guard let idNode = node["id"] else { return failure(number, id: nil, "missing \"id\"") }
    let id: String
    switch idNode.value {
    case .string, .number: id = String(decoding: line[idNode.span], as: UTF8.self)
    default: return failure(number, id: nil, "\"id\" must be a string or a number")
    }
    guard let text = node["text"]?.string else {
      return failure(number, id: id, "missing \"text\" (a string)")
    }
    var format = DraftFormat.markdown
    if let pathNode = node["path"], pathNode.value != .null {
      guard let path = pathNode.string else { return failure(number, id: id, "\"path\" must be a string") }
      format = DraftFormat(path: path)
    }
    var choice = language
    if let langNode = node["lang"], langNode.value != .null {
      guard let name = langNode.string, let parsed = LanguageChoice(argument: name) else {
        return failure(number, id: id, "\"lang\" must be \"auto\", \"fr\" or \"en\"")
      }
      choice = parsed
    }
    let report = checker.check(text: text, format: format, language: choice)
    let findings = JSON.array(report.findings.map { JSONRenderer.finding($0, report) })
    return "{\"id\":\(id),\"findings\":\(findings.text())}"
  }

  static func failure(_ number: Int, id: String?, _ message: String) -> String {
    var out = "{\"line\":\(number),"
    if let id { out += "\"id\":\(id)," }
    out += "\"error\":"
    JSON.escape(message, into: &out)
    return out + "}"
  }
}
