import Checking
import Drafts

/// One flag or one label's fate, for the lists `--verbose` prints.
public struct ScoredItem: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    case truePositive = "true-positive"
    case miss
    /// A flag on a figure labelled `agrees`.
    case falseAlarmOnAgrees = "false-alarm-on-agrees"
    /// A flag on a figure labelled `not-a-claim`.
    case falseAlarmOnNotAClaim = "false-alarm-on-not-a-claim"
    /// A flag on a figure nobody labelled.
    case falseAlarmUnlabelled = "false-alarm-unlabelled"
    /// A flag on a `contradicts` figure that names another fact.
    case falseAlarmWrongFact = "false-alarm-wrong-fact"
    /// An `agrees` figure read as a claim of its fact, in agreement.
    case understood
    /// An `agrees` figure that was not read as an agreeing claim of its fact.
    case notUnderstood = "not-understood"

    public var isFalseAlarm: Bool {
      switch self {
      case .falseAlarmOnAgrees, .falseAlarmOnNotAClaim, .falseAlarmUnlabelled, .falseAlarmWrongFact: true
      default: false
      }
    }
  }

  public var kind: Kind
  /// The fact the item counts for: the label's for a miss or a true positive, the flag's for a false alarm.
  public var factID: String?
  /// UTF-8 span of the figure in the passage.
  public var span: Range<Int>
  /// The figure as written.
  public var figure: String
  /// For a flag: what factlint said was expected.
  public var expected: String?
  /// The label's line in its labels file, when the item comes from a label.
  public var labelLine: Int?
}

/// Counts that add up across passages, subjects and splits.
public struct EvalTally: Sendable, Hashable {
  public var passages = 0
  public var editedPassages = 0
  public var labelled = 0
  public var contradicts = 0
  public var agrees = 0
  public var notAClaim = 0
  public var truePositives = 0
  public var misses = 0
  public var falseAlarms = 0
  public var understood = 0

  public init() {}

  /// nil when nothing was flagged: no precision to speak of.
  public var precision: Double? { ratio(truePositives, truePositives + falseAlarms) }
  /// nil when nothing was labelled `contradicts`.
  public var recall: Double? { ratio(truePositives, truePositives + misses) }
  public var f1: Double? {
    guard let precision, let recall, precision + recall > 0 else { return nil }
    return 2 * precision * recall / (precision + recall)
  }
  /// Share of `agrees` figures read as agreeing claims of their fact.
  public var understoodShare: Double? { ratio(understood, agrees) }

  public static func += (total: inout EvalTally, part: EvalTally) {
    total.passages += part.passages
    total.editedPassages += part.editedPassages
    total.labelled += part.labelled
    total.contradicts += part.contradicts
    total.agrees += part.agrees
    total.notAClaim += part.notAClaim
    total.truePositives += part.truePositives
    total.misses += part.misses
    total.falseAlarms += part.falseAlarms
    total.understood += part.understood
  }

  mutating func count(_ item: ScoredItem) {
    switch item.kind {
    case .truePositive: truePositives += 1
    case .miss: misses += 1
    case .understood: understood += 1
    case .notUnderstood: break
    default: falseAlarms += 1
    }
  }

  private func ratio(_ part: Int, _ whole: Int) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }
}

/// A passage's labels placed in its text, scored against what factlint reported on it.
public struct PassageScore: Sendable {
  public var tally = EvalTally()
  public var items: [ScoredItem] = []
  /// Per fact id (items without a fact are under ""), the same counts.
  public var perFact: [String: EvalTally] = [:]

  /// - Parameter located: each label with the UTF-8 span of its figure in the passage.
  public init(report: CheckReport, labels located: [(label: Label, span: Range<Int>)], edited: Bool) {
    tally.passages = 1
    tally.editedPassages = edited ? 1 : 0
    var caught = Set<Int>()
    func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
      a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
    }
    for (label, _) in located {
      tally.labelled += 1
      var part = EvalTally()
      part.labelled = 1
      switch label.verdict {
      case .agrees:
        tally.agrees += 1
        part.agrees = 1
      case .contradicts:
        tally.contradicts += 1
        part.contradicts = 1
      case .notAClaim:
        tally.notAClaim += 1
        part.notAClaim = 1
      }
      perFact[label.factID ?? "", default: EvalTally()] += part
    }
    for finding in report.findings where finding.rule == Rule.figureMismatch {
      let text = String(decoding: report.draft.bytes[finding.span], as: UTF8.self)
      var item = ScoredItem(
        kind: .falseAlarmUnlabelled, factID: finding.factId, span: finding.span, figure: text,
        expected: finding.expected, labelLine: nil)
      if let index = located.firstIndex(where: { overlaps($0.span, finding.span) }) {
        let label = located[index].label
        item.labelLine = label.line
        switch label.verdict {
        case .contradicts where label.factID == finding.factId:
          // A second flag of the same fact on the same figure adds nothing.
          if caught.contains(index) { continue }
          caught.insert(index)
          item.kind = .truePositive
        case .contradicts: item.kind = .falseAlarmWrongFact
        case .agrees: item.kind = .falseAlarmOnAgrees
        case .notAClaim: item.kind = .falseAlarmOnNotAClaim
        }
      }
      add(item)
    }
    for (index, (label, span)) in located.enumerated() {
      let text = String(decoding: report.draft.bytes[span], as: UTF8.self)
      let item = ScoredItem(
        kind: .miss, factID: label.factID, span: span, figure: text, expected: nil, labelLine: label.line)
      switch label.verdict {
      case .contradicts where !caught.contains(index): add(item)
      case .agrees:
        let read = report.claims.contains { claim in
          claim.fact.id == label.factID && claim.agrees && overlaps(claim.figure.span, span)
        }
        var understood = item
        understood.kind = read ? .understood : .notUnderstood
        add(understood)
      default: break
      }
    }
  }

  private mutating func add(_ item: ScoredItem) {
    items.append(item)
    tally.count(item)
    perFact[item.factID ?? "", default: EvalTally()].count(item)
  }
}
