import Checking
import Drafts
import Foundation

/// SARIF 2.1.0 for GitHub code scanning and other SARIF readers: one run, one rule per rule id with its help,
/// and each finding as a result with its region, a stable fingerprint and its fix.
///
/// Columns count Unicode scalars (the run says so with `columnKind`), as in every other factlint output.
struct SarifRenderer: FindingRenderer {
  private var results: [JSON] = []

  /// The rules' descriptions and help, in `Rule.all` order (results point at them by index).
  static let rules: [(id: String, name: String, short: String, help: String, level: String)] = [
    (
      Rule.figureMismatch, "FigureMismatch", "A figure contradicts the curated fact base.",
      "The figure is read as a claim about a fact of the fact base (its sentence names the fact's subject and "
        + "context and the unit fits) and its value does not meet the fact's value. Replace it with the "
        + "expected value (the fix does it), or, if the draft is right and the base is out of date, update "
        + "the fact and its source. Suppress one line with `<!-- factlint-disable-next-line FACT-ID -->`.",
      "error"
    ),
    (
      Rule.figureInconsistent, "FigureInconsistent", "The draft gives two different values for the same fact.",
      "Two figures of the same draft are claims about one fact and do not say the same thing, though each is "
        + "within the fact's tolerance. Pick one value and use it throughout the draft.",
      "warning"
    ),
  ]

  mutating func file(_ file: CheckedFile, console: Console) {
    let location = Self.artifactLocation(file.path)
    var occurrences: [String: Int] = [:]
    for finding in file.report.findings {
      let range = ScalarRange(finding.span, in: file.report.lineTable)
      let identity = [finding.rule, finding.factId, finding.found].joined(separator: "\u{0}")
      let occurrence = occurrences[identity, default: 0]
      occurrences[identity] = occurrence + 1
      var members: [(String, JSON)] = [
        ("ruleId", .string(finding.rule)),
        ("ruleIndex", .int(Self.rules.firstIndex { $0.id == finding.rule } ?? 0)),
        ("level", .string(Self.level(finding.severity))),
        ("message", .object([("text", .string(finding.message))])),
        (
          "locations",
          .array([
            .object([
              (
                "physicalLocation",
                .object([
                  ("artifactLocation", location),
                  ("region", Self.region(range, snippet: finding.found)),
                ])
              )
            ])
          ])
        ),
        (
          "partialFingerprints",
          .object([("factlintFindingHash/v1", .string(Self.fingerprint("\(identity)\u{0}\(occurrence)")))])
        ),
      ]
      if let fix = finding.fix {
        let fixRange = ScalarRange(fix.span, in: file.report.lineTable)
        members.append(
          (
            "fixes",
            .array([
              .object([
                ("description", .object([("text", .string("Replace with “\(fix.replacement)”"))])),
                (
                  "artifactChanges",
                  .array([
                    .object([
                      ("artifactLocation", location),
                      (
                        "replacements",
                        .array([
                          .object([
                            ("deletedRegion", Self.region(fixRange, snippet: nil)),
                            ("insertedContent", .object([("text", .string(fix.replacement))])),
                          ])
                        ])
                      ),
                    ])
                  ])
                ),
              ])
            ])
          ))
      }
      members.append(
        (
          "properties",
          .object([
            ("factId", .string(finding.factId)), ("found", .string(finding.found)),
            ("expected", .string(finding.expected)), ("source", JSONRenderer.source(finding.fact.source)),
          ])
        ))
      results.append(.object(members))
    }
  }

  mutating func finish(_ summary: CheckSummary, console: Console) {
    let rules = Self.rules.map { rule in
      JSON.object([
        ("id", .string(rule.id)), ("name", .string(rule.name)),
        ("shortDescription", .object([("text", .string(rule.short))])),
        ("fullDescription", .object([("text", .string(rule.short))])),
        ("help", .object([("text", .string(rule.help)), ("markdown", .string(rule.help))])),
        ("defaultConfiguration", .object([("level", .string(rule.level))])),
        (
          "properties",
          .object([
            ("tags", .array([.string("fact-checking"), .string("correctness")])), ("precision", .string("high")),
            ("problem.severity", .string(rule.level)),
          ])
        ),
      ])
    }
    let cwd = FileManager.default.currentDirectoryPath
    let document = JSON.object([
      ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
      ("version", .string("2.1.0")),
      (
        "runs",
        .array([
          .object([
            (
              "tool",
              .object([
                (
                  "driver",
                  .object([
                    ("name", .string("factlint")), ("version", .string(FactlintCLI.version)),
                    ("semanticVersion", .string(FactlintCLI.version)), ("rules", .array(rules)),
                  ])
                )
              ])
            ),
            (
              "invocations",
              .array([.object([("executionSuccessful", .bool(summary.unreadable == 0))])])
            ),
            (
              "originalUriBaseIds",
              .object([
                ("%SRCROOT%", .object([("uri", .string(Self.fileURI(cwd.hasSuffix("/") ? cwd : cwd + "/")))]))
              ])
            ),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
          ])
        ])
      ),
    ])
    console.outLine(document.text(indent: 2))
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  static func region(_ range: ScalarRange, snippet: String?) -> JSON {
    var members: [(String, JSON)] = [
      ("startLine", .int(range.line)), ("startColumn", .int(range.column)), ("endLine", .int(range.endLine)),
      ("endColumn", .int(range.endColumn)),
    ]
    if let snippet { members.append(("snippet", .object([("text", .string(snippet))]))) }
    return .object(members)
  }

  /// A relative path stays relative to `%SRCROOT%` (the working folder), as code scanning wants; an absolute
  /// one becomes a `file:` URI; standard input keeps the name it was given.
  static func artifactLocation(_ path: String) -> JSON {
    if path.hasPrefix("/") { return .object([("uri", .string(fileURI(path)))]) }
    var relative = Substring(path)
    while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
    return .object([("uri", .string(percentEncoded(String(relative)))), ("uriBaseId", .string("%SRCROOT%"))])
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

  /// FNV-1a, 64 bits, in hex: stable across runs and platforms (Swift's `Hasher` is seeded per process).
  static func fingerprint(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
