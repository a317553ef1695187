import Checking
import Drafts
import FactBase
import Foundation
import LanguageServer

// factlint's benchmark: engine throughput, time per article, fact-base load time, peak memory, and the language
// server's latency after an edit. Run in release: `swift run -c release factlint-benchmark` (see BENCHMARKS.md).

/// Seed-like sentences (half of them about curated facts, some wrong) and filler prose, French and English.
enum Corpus {
  static let factual = [
    "La Chine assure plus de 60 % de l’extraction minière des terres rares et 92 % de leur production raffinée.",
    "Mme Takaichi a annoncé que son pays porterait à 2 % de son PIB le budget de défense dès l’exercice fiscal actuel.",
    "Les États-Unis et le Japon ont signé un accord-cadre à Tokyo le mardi 28 octobre 2025.",
    "Des mesures seront adoptées dans les six prochains mois pour soutenir des projets prioritaires.",
    "La Chine assure 95 % de la production raffinée de terres rares, selon l’Agence internationale de l’énergie.",
    "China accounts for 92% of refined rare earth production and 90% of magnet output.",
    "Demand for lithium and graphite could jump by 4,000% over the coming decades.",
  ]
  static let filler = [
    "Le gouvernement a présenté mardi un projet de loi sur les transports publics, débattu en commission.",
    "Les marchés européens ont terminé la séance en légère hausse, portés par les valeurs technologiques.",
    "La rédaction a interrogé une vingtaine d’experts sur l’avenir des politiques industrielles du continent.",
    "The committee met on Thursday to review the budget and heard from several regional representatives.",
    "Analysts expect the central bank to hold rates steady at its next meeting, citing cooling inflation.",
    "Dans la région, les agriculteurs attendent la pluie depuis plusieurs semaines et s’inquiètent des récoltes.",
    "Le match s’est joué à guichets fermés devant 45 000 spectateurs, un record pour le stade cette saison.",
  ]

  /// A Markdown draft of about `bytes` bytes: paragraphs of five sentences, one in four about a fact.
  static func draft(bytes: Int, seed: UInt64 = 42) -> String {
    var rng = seed
    func next(_ n: Int) -> Int {
      rng = rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((rng >> 33) % UInt64(n))
    }
    var text = "# Dossier\n\n"
    while text.utf8.count < bytes {
      var paragraph: [String] = []
      for _ in 0..<5 {
        paragraph.append(next(4) == 0 ? factual[next(factual.count)] : filler[next(filler.count)])
      }
      text += paragraph.joined(separator: " ") + "\n\n"
    }
    return text
  }

  /// `count` synthetic facts whose terms the drafts never use, plus the curated ones.
  static func syntheticBase(count: Int) -> (json: [UInt8], base: FactBase) {
    var facts: [String] = []
    for i in 0..<count {
      facts.append(
        """
        {"id": "synthetic-\(i)", "statement": {"fr": "Fait \(i).", "en": "Fact \(i)."}, "value": {"exact": \(i % 100)},
         "unit": "percent", "terms": {"fr": {"subject": ["zorblax\(i)", "quintar\(i)"], "context": [["vexil\(i)*"]]},
         "en": {"subject": ["zorblax\(i)"], "context": [["vexil\(i)*"]]}},
         "source": {"publisher": "Bench", "title": "Synthetic", "url": "https://example.org/\(i)", "published": "2025-01-01"}}
        """)
    }
    let json = Array("{\"facts\": [\(facts.joined(separator: ",\n"))]}".utf8)
    let synthetic = try! FactBase.load(files: [("synthetic.json", json)])
    return (json, FactBase.curated.merging(synthetic))
  }
}

func measure(_ body: () -> Void) -> Double {
  let start = ContinuousClock.now
  body()
  let elapsed = ContinuousClock.now - start
  return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// The best of `runs` timings: the least disturbed by the rest of the machine.
func best(_ runs: Int, _ body: () -> Void) -> Double {
  (0..<runs).map { _ in measure(body) }.min()!
}

let arguments = Set(CommandLine.arguments.dropFirst())
let quick = arguments.contains("--quick")

// `--write-draft`: the 1 MB draft the engine figures use, on stdout, for instruction counts of `factlint check`
// (`valgrind --tool=callgrind`), which do not drift with the machine's speed as wall time does.
if arguments.contains("--write-draft") {
  FileHandle.standardOutput.write(Data(Corpus.draft(bytes: 1_000_000).utf8))
  exit(0)
}

// Peak memory is measured in fresh processes, so one measurement's allocations never count in another's.
if arguments.contains("--memory-engine") {
  let text = Array(Corpus.draft(bytes: 10_000_000).utf8)
  let before = LanguageServerLatencyProbe.residentMemory().peak
  let report = Checker(base: .curated).check(Draft(bytes: text, format: .markdown), language: .fixed(.fr))
  let peak = LanguageServerLatencyProbe.residentMemory().peak
  print(
    "engine: \(report.claims.count) claims; peak \(peak / 1024) MiB, \((peak - before) / 1024) MiB above the input held"
  )
  exit(0)
}
if arguments.contains("--lsp") {
  // Latency after one-character edits, and memory with ten open drafts, in a process of its own.
  print(LanguageServerLatencyProbe.run(words: 10_000, edits: quick ? 50 : 200, openDrafts: 10))
  exit(0)
}

/// Runs this benchmark again with `flag` and returns what it printed.
func fresh(_ flags: String...) -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
  process.arguments = flags
  let pipe = Pipe()
  process.standardOutput = pipe
  try? process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}
print("factlint benchmark (\(quick ? "quick" : "full") run, one core, release build expected)")
print("")

// Fact-base load: parsing, validation and indexing.
print("fact base                 facts   load (ms)")
var bases: [(String, FactBase)] = [("curated", .curated)]
let curatedJSON: [(path: String, bytes: [UInt8])] = {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("facts")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
  return names.filter { $0.hasSuffix(".json") && $0 != "schema.json" }.sorted().map {
    ($0, [UInt8]((try? Data(contentsOf: root.appendingPathComponent($0))) ?? Data()))
  }
}()
let curatedMs = best(20) { _ = try! FactBase.load(files: curatedJSON) } * 1000
func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
print(pad("curated", 22) + String(format: " %8d %11.2f", FactBase.curated.facts.count, curatedMs))
for count in [10, 1_000, 10_000] {
  let (json, base) = Corpus.syntheticBase(count: count)
  let ms = best(quick ? 1 : 3) { _ = try! FactBase.load(files: [("synthetic.json", json)]) } * 1000
  print(pad("synthetic + curated", 22) + String(format: " %8d %11.2f", base.facts.count, ms))
  bases.append(("\(count) synthetic", base))
}
print("")

// Engine throughput on whole drafts.
print("draft    fact base            MB/s    ms per 10 KB article")
let sizes = quick ? [1_000_000] : [1_000_000, 10_000_000]
let article = Corpus.draft(bytes: 10_000, seed: 7)
for size in sizes {
  let text = Corpus.draft(bytes: size)
  let draftBytes = Array(text.utf8)
  for (name, base) in bases where name == "curated" || name == "10000 synthetic" || size == 1_000_000 {
    let checker = Checker(base: base)
    let seconds = best(quick ? 1 : 3) {
      _ = checker.check(Draft(bytes: draftBytes, format: .markdown), language: .fixed(.fr))
    }
    let perArticle = best(50) { _ = checker.check(text: article, format: .markdown, language: .fixed(.fr)) }
    print(
      String(format: "%4.0f MB  ", Double(draftBytes.count) / 1e6) + pad(name, 18)
        + String(format: " %6.1f    %6.3f", Double(draftBytes.count) / 1e6 / seconds, perArticle * 1000))
  }
}
print("\npeak memory, fresh processes:")
print("  " + fresh("--memory-engine") + " (10 MB draft, curated base)")

// Language server latency after a one-character edit.
if !arguments.contains("--no-lsp") {
  print("")
  print(quick ? fresh("--lsp", "--quick") : fresh("--lsp"))
}
