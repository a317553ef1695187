import Checking
import Drafts
import Evaluation
import Foundation
import JSONOutput

/// `factlint eval`'s numbers, grouped by subject and split, as text for people and JSON for tools.
struct EvalSummary {
  struct Row {
    var subject: String
    var split: String
    var tally: EvalTally
  }

  let passages: [EvalCommand.ScoredPassage]
  var total = EvalTally()
  var splits: [(String, EvalTally)] = []
  var rows: [Row] = []
  var facts: [(String, EvalTally)] = []

  init(_ passages: [EvalCommand.ScoredPassage]) {
    self.passages = passages
    var bySplit: [String: EvalTally] = [:]
    var byRow: [String: Row] = [:]
    var byFact: [String: EvalTally] = [:]
    for passage in passages {
      let split = passage.split ?? "-"
      total += passage.score.tally
      bySplit[split, default: EvalTally()] += passage.score.tally
      byRow["\(passage.subject)\u{0}\(split)", default: Row(subject: passage.subject, split: split, tally: EvalTally())]
        .tally += passage.score.tally
      for (fact, tally) in passage.score.perFact { byFact[fact, default: EvalTally()] += tally }
    }
    splits = bySplit.sorted { $0.key < $1.key }
    rows = byRow.values.sorted { ($0.subject, $0.split) < ($1.subject, $1.split) }
    facts = byFact.sorted { $0.key < $1.key }
  }

  static func format(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "n/a" }

  // MARK: - Text

  func text(verbose: Bool) -> String {
    var out =
      "factlint eval: \(total.passages) passage\(total.passages == 1 ? "" : "s") (\(total.editedPassages) edited), \(total.labelled) labelled "
    out += "figures (\(total.contradicts) contradicts, \(total.agrees) agrees, \(total.notAClaim) not-a-claim)\n\n"
    var table: [[String]] = [
      [
        "subject", "split", "passages", "labelled", "TP", "miss", "false alarms", "precision", "recall", "F1",
        "understood",
      ]
    ]
    for row in rows { table.append(cells(row.subject, row.split, row.tally)) }
    for (split, tally) in splits where splits.count > 1 { table.append(cells("all", split, tally)) }
    table.append(cells("all", "all", total))
    out += Self.align(table)
    guard verbose else { return out }
    out += "\nper fact\n"
    var factTable: [[String]] = [
      ["fact", "labelled", "TP", "miss", "false alarms", "precision", "recall", "understood"]
    ]
    for (fact, tally) in facts {
      let row = cells(fact.isEmpty ? "(none)" : fact, "", tally)
      factTable.append([row[0]] + row[3...8] + [row[10]])
    }
    out += Self.align(factTable)
    out += "\nper file\n"
    for passage in passages {
      let t = passage.score.tally
      out += "\(passage.path): \(t.labelled) labelled, \(t.truePositives) TP, \(t.misses) miss, "
      out += "\(t.falseAlarms) false alarm\(t.falseAlarms == 1 ? "" : "s"), understood \(t.understood)/\(t.agrees)\n"
      for item in passage.score.items where item.kind == .miss || item.kind.isFalseAlarm || item.kind == .notUnderstood
      {
        let position = passage.report.lineTable.position(ofOffset: item.span.lowerBound, in: .scalars)
        out += "  \(passage.path):\(position.line + 1):\(position.column + 1): \(Self.describe(item))\n"
        out += "    \(Self.sentence(containing: item.span, in: passage.report.draft))\n"
      }
    }
    return out
  }

  private func cells(_ subject: String, _ split: String, _ t: EvalTally) -> [String] {
    let understood = t.agrees == 0 ? "n/a" : "\(t.understood)/\(t.agrees)"
    return [
      subject, split, String(t.passages), String(t.labelled), String(t.truePositives), String(t.misses),
      String(t.falseAlarms), Self.format(t.precision), Self.format(t.recall), Self.format(t.f1), understood,
    ]
  }

  static func describe(_ item: ScoredItem) -> String {
    let fact = item.factID.map { " [\($0)]" } ?? ""
    let expected = item.expected.map { ", expected \($0)" } ?? ""
    let label = item.labelLine.map { " (label line \($0))" } ?? ""
    let what: String
    switch item.kind {
    case .miss: what = "miss"
    case .falseAlarmOnAgrees: what = "false alarm on a figure labelled agrees"
    case .falseAlarmOnNotAClaim: what = "false alarm on a figure labelled not-a-claim"
    case .falseAlarmUnlabelled: what = "false alarm on an unlabelled figure"
    case .falseAlarmWrongFact: what = "false alarm naming another fact than the label's"
    case .notUnderstood: what = "not read as a claim of its fact"
    case .truePositive: what = "true positive"
    case .understood: what = "understood"
    }
    return "\(what)\(fact): “\(item.figure)”\(expected)\(label)"
  }

  /// The sentence holding a span, on one line.
  static func sentence(containing span: Range<Int>, in draft: Draft) -> String {
    for block in draft.blocks where block.span.contains(span.lowerBound) {
      if let sentence = block.sentences.first(where: { $0.contains(span.lowerBound) }) {
        return oneLine(draft.text(sentence))
      }
      return oneLine(draft.text(block.span))
    }
    let lines = draft.lineTable
    return oneLine(draft.text(lines.contentRange(ofLine: lines.line(containing: span.lowerBound))))
  }

  private static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
  }

  static func align(_ table: [[String]]) -> String {
    var widths = [Int](repeating: 0, count: table.map(\.count).max() ?? 0)
    for row in table { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
    return table.map { row in
      row.enumerated().map { i, cell in
        i == row.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }

  // MARK: - JSON

  func json(verbose: Bool) -> [UInt8] {
    var out = JSONBytes(indent: 2)
    out.beginObject()
    out.key("total")
    Self.write(total, to: &out)
    out.object("splits") { out in
      for (split, tally) in splits {
        out.key(split)
        Self.write(tally, to: &out)
      }
    }
    out.array("subjects") { out in
      for row in rows {
        out.beginObject()
        out.member("subject", row.subject)
        out.member("split", row.split)
        Self.members(row.tally, to: &out)
        out.endObject()
      }
    }
    if verbose {
      out.array("facts") { out in
        for (fact, tally) in facts {
          out.beginObject()
          out.member("fact", fact.isEmpty ? nil : fact)
          Self.members(tally, to: &out)
          out.endObject()
        }
      }
      out.array("files") { out in for passage in passages { writeFile(passage, to: &out) } }
    }
    out.endObject()
    return out.bytes
  }

  private func writeFile(_ passage: EvalCommand.ScoredPassage, to out: inout JSONBytes) {
    out.beginObject()
    out.member("path", passage.path)
    out.member("subject", passage.subject)
    out.member("split", passage.split)
    Self.members(passage.score.tally, to: &out)
    out.array("items") { out in
      for item in passage.score.items {
        let position = passage.report.lineTable.position(ofOffset: item.span.lowerBound, in: .scalars)
        out.beginObject()
        out.member("kind", item.kind.rawValue)
        out.member("fact", item.factID)
        out.member("line", position.line + 1)
        out.member("column", position.column + 1)
        out.member("figure", item.figure)
        out.member("expected", item.expected)
        out.member("labelLine", item.labelLine)
        out.member("sentence", Self.sentence(containing: item.span, in: passage.report.draft))
        out.endObject()
      }
    }
    out.endObject()
  }

  static func write(_ tally: EvalTally, to out: inout JSONBytes) {
    out.beginObject()
    members(tally, to: &out)
    out.endObject()
  }

  static func members(_ t: EvalTally, to out: inout JSONBytes) {
    func ratio(_ name: StaticString, _ value: Double?) {
      out.key(name)
      if let value { out.double((value * 1000).rounded() / 1000) } else { out.null() }
    }
    out.member("passages", t.passages)
    out.member("edited", t.editedPassages)
    out.member("labelled", t.labelled)
    out.member("contradicts", t.contradicts)
    out.member("agrees", t.agrees)
    out.member("notAClaim", t.notAClaim)
    out.member("truePositives", t.truePositives)
    out.member("misses", t.misses)
    out.member("falseAlarms", t.falseAlarms)
    out.member("understood", t.understood)
    ratio("precision", t.precision)
    ratio("recall", t.recall)
    ratio("f1", t.f1)
    ratio("understoodShare", t.understoodShare)
  }
}
