import Checking
import Drafts
import FactBase
import JSONOutput
import Workspace

/// One input line of `factlint batch` turned into its output line: the document's findings, or an error record.
///
/// The `id` is copied as it was written (a string or a number, digit for digit), so the output joins back to
/// the input whatever the id's type or size.
enum BatchRecord {
  static func process(
    _ line: [UInt8], number: Int, checker: Checker, language: LanguageChoice, messages: MessageLanguage = .draft
  ) -> [UInt8] {
    let node: JSONNode
    do {
      node = try JSONParser.parse(line)
    } catch {
      return failure(number, id: nil, "invalid JSON at byte \(error.offset + 1): \(error.message)")
    }
    guard node.members != nil else { return failure(number, id: nil, "a line must be a JSON object") }
    guard let idNode = node["id"] else { return failure(number, id: nil, "missing \"id\"") }
    let id: [UInt8]
    switch idNode.value {
    case .string, .number: id = Array(line[idNode.span])
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
    let report = checker.check(
      Draft(text: text, format: format).dated(.today()), language: choice, messages: messages)
    var out = JSONBytes(capacity: 256 + report.findings.count * 512)
    out.beginObject()
    out.key("id")
    out.raw(id)
    out.array("findings") { out in
      for finding in report.findings { FindingRecord.write(finding, lines: report.lineTable, to: &out) }
    }
    out.endObject()
    return out.bytes
  }

  /// `{"line": N, "id": …, "error": "…"}`: the record of a line that could not be checked.
  static func failure(_ number: Int, id: [UInt8]?, _ message: String) -> [UInt8] {
    var out = JSONBytes(capacity: 128)
    out.beginObject()
    out.member("line", number)
    if let id {
      out.key("id")
      out.raw(id)
    }
    out.member("error", message)
    out.endObject()
    return out.bytes
  }
}
