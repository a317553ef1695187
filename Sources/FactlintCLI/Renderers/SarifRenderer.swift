import Checking
import Drafts
import Foundation
import JSONOutput

/// SARIF 2.1.0 for GitHub code scanning and other SARIF readers: one run, one rule per rule id with its help,
/// and each finding as a result with its region, a stable fingerprint and its fix.
///
/// Columns count Unicode scalars (the run says so with `columnKind`), as in every other factlint output.
struct SarifRenderer: FindingRenderer {
  /// Streamed: the run's header first, then each file's results as it is checked, then the invocation, which
  /// needs the summary. Key order differs from a tree's, which JSON does not care about. Compact: SARIF is read by
  /// tools, and indentation made up half its bytes.
  private var out = JSONBytes(indent: 0, capacity: 65_536)
  private var started = false

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  private mutating func start() {
    guard !started else { return }
    started = true
    out.beginObject()
    out.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
    out.member("version", "2.1.0")
    out.key("runs")
    out.beginArray()
    out.beginObject()
    out.object("tool") { out in
      out.object("driver") { out in
        out.member("name", "factlint")
        out.member("version", FactlintCLI.version)
        out.member("semanticVersion", FactlintCLI.version)
        out.array("rules") { out in
          for rule in RuleRegistry.all {
            let level = Self.level(rule.defaultSeverity)
            out.beginObject()
            out.member("id", rule.id)
            out.member("name", rule.name)
            out.object("shortDescription") { $0.member("text", rule.summary) }
            out.object("fullDescription") { $0.member("text", rule.summary) }
            out.object("help") { out in
              out.member("text", rule.help)
              out.member("markdown", rule.help)
            }
            out.object("defaultConfiguration") { $0.member("level", level) }
            out.object("properties") { out in
              out.array("tags") { out in
                out.string("fact-checking")
                out.string("correctness")
              }
              out.member("precision", "high")
              out.member("problem.severity", level)
            }
            out.endObject()
          }
        }
      }
    }
    let cwd = FileManager.default.currentDirectoryPath
    out.object("originalUriBaseIds") { out in
      out.object("%SRCROOT%") { $0.member("uri", Self.fileURI(cwd.hasSuffix("/") ? cwd : cwd + "/")) }
    }
    out.member("columnKind", "unicodeCodePoints")
    out.key("results")
    out.beginArray()
  }

  mutating func file(_ file: CheckedFile, console: Console) {
    start()
    let location = Self.artifactLocation(file.path)
    var occurrences: [UInt64: Int] = [:]
    for finding in file.report.findings {
      let range = ScalarRange(finding.span, in: file.report.lineTable)
      // What identifies a finding across runs (rule, fact, figure as written), hashed in place: the n-th finding
      // of an identity in a file keeps its fingerprint when lines move.
      let identity = Self.fnv(
        finding.found, Self.fnv(finding.factId ?? "", Self.fnv(finding.rule), separated: true), separated: true)
      let occurrence = occurrences[identity, default: 0]
      occurrences[identity] = occurrence + 1
      out.beginObject()
      out.member("ruleId", finding.rule)
      if let index = RuleRegistry.index[finding.rule] { out.member("ruleIndex", index) }
      out.member("level", Self.level(finding.severity))
      out.object("message") { $0.member("text", finding.message) }
      out.array("locations") { out in
        out.beginObject()
        out.object("physicalLocation") { out in
          out.key("artifactLocation")
          Self.write(location, to: &out)
          out.key("region")
          Self.region(range, snippet: finding.found, to: &out)
        }
        out.endObject()
      }
      out.object("partialFingerprints") { out in
        out.member("factlintFindingHash/v1", Self.hex(Self.fnv(String(occurrence), identity, separated: true)))
      }
      if let fix = finding.fix {
        let fixRange = ScalarRange(fix.span, in: file.report.lineTable)
        out.array("fixes") { out in
          out.beginObject()
          out.object("description") { $0.member("text", "Replace with “\(fix.replacement)”") }
          out.array("artifactChanges") { out in
            out.beginObject()
            out.key("artifactLocation")
            Self.write(location, to: &out)
            out.array("replacements") { out in
              out.beginObject()
              out.key("deletedRegion")
              Self.region(fixRange, snippet: nil, to: &out)
              out.object("insertedContent") { $0.member("text", fix.replacement) }
              out.endObject()
            }
            out.endObject()
          }
          out.endObject()
        }
      }
      out.object("properties") { out in
        out.member("factId", finding.factId)
        out.member("found", finding.found)
        out.member("expected", finding.expected)
        out.key("source")
        if let fact = finding.fact { FindingRecord.source(fact.source, to: &out) } else { out.null() }
      }
      out.endObject()
      if out.bytes.count >= 65_536 { console.out(bytes: out.take()) }
    }
    console.out(bytes: out.take())
  }

  mutating func finish(_ summary: CheckSummary, console: Console) {
    start()
    out.endArray()
    out.array("invocations") { out in
      out.beginObject()
      out.member("executionSuccessful", summary.unreadable == 0)
      out.endObject()
    }
    out.endObject()
    out.endArray()
    out.endObject()
    console.out(bytes: out.take() + [0x0A])
  }

  static func region<Sink: JSONSink>(_ range: ScalarRange, snippet: String?, to out: inout Sink) {
    out.beginObject()
    out.member("startLine", range.line)
    out.member("startColumn", range.column)
    out.member("endLine", range.endLine)
    out.member("endColumn", range.endColumn)
    if let snippet { out.object("snippet") { $0.member("text", snippet) } }
    out.endObject()
  }

  /// A relative path stays relative to `%SRCROOT%` (the working folder), as code scanning wants; an absolute
  /// one becomes a `file:` URI; standard input keeps the name it was given.
  static func artifactLocation(_ path: String) -> (uri: String, baseId: String?) {
    if path.hasPrefix("/") { return (fileURI(path), nil) }
    var relative = Substring(path)
    while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
    return (percentEncoded(String(relative)), "%SRCROOT%")
  }

  static func write<Sink: JSONSink>(_ location: (uri: String, baseId: String?), to out: inout Sink) {
    out.beginObject()
    out.member("uri", location.uri)
    if let baseId = location.baseId { out.member("uriBaseId", baseId) }
    out.endObject()
  }

  static func fileURI(_ absolutePath: String) -> String { "file://" + percentEncoded(absolutePath) }

  /// RFC 3986: unreserved characters and `/` stay, every other byte of the UTF-8 path is %-encoded.
  static func percentEncoded(_ path: String) -> String {
    var out = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }

  /// FNV-1a, 64 bits: stable across runs and platforms (Swift's `Hasher` is seeded per process).
  static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325

  /// FNV-1a over `text`'s UTF-8, continuing from `hash`; `separated` first feeds a NUL, as between fields.
  static func fnv(_ text: String, _ hash: UInt64 = fnvOffset, separated: Bool = false) -> UInt64 {
    var hash = hash
    if separated { hash = (hash ^ 0) &* 0x100_0000_01b3 }
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  static func hex(_ hash: UInt64) -> String {
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
