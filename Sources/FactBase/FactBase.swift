import Drafts

/// A set of facts with unique ids, indexed by the words that announce them.
public struct FactBase: Sendable {
  public let facts: [Fact]
  /// The same facts by reference, for the thousands of claims of an archive that point at a handful of facts.
  public let shared: [SharedFact]
  public let index: TermIndex
  /// Per fact, what its statement says it is about.
  public let frames: [FactFrame]
  private let positions: [String: Int]
  /// Which base this is, for caches: two loads of the same files are two bases.
  public let identity = Identity()

  /// Compared by reference, held strongly by whoever keys on it, so an identity is never reused.
  public final class Identity: Hashable, Sendable {
    public init() {}
    public static func == (a: Identity, b: Identity) -> Bool { a === b }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
  }

  public init(facts: [Fact]) {
    var stems: [String: String] = [:]
    let readers = FactFrame.Readers()
    self.init(facts: facts, frames: facts.map { FactFrame(fact: $0, readers: readers, stems: &stems) })
  }

  init(facts: [Fact], frames: [FactFrame]) {
    self.facts = facts
    self.shared = facts.map(SharedFact.init)
    var positions: [String: Int] = [:]
    for (i, fact) in facts.enumerated() where positions[fact.id] == nil { positions[fact.id] = i }
    self.positions = positions
    self.frames = frames
    self.index = TermIndex(facts: facts, frames: frames)
  }

  public func fact(id: String) -> Fact? { positions[id].map { facts[$0] } }

  /// Parses facts files given as (path, bytes). Any problem — syntax, schema, a duplicate id — fails the whole load.
  public static func load(files: [(path: String, bytes: [UInt8])]) throws(FactBaseError) -> FactBase {
    var facts: [Fact] = []
    var diagnostics: [FactDiagnostic] = []
    var seen: [String: FactLocation] = [:]
    for file in files {
      var parser = FactFileParser(path: file.path, bytes: file.bytes)
      let parsed = parser.parse()
      diagnostics += parser.diagnostics
      for fact in parsed {
        if let first = seen[fact.id] {
          diagnostics.append(
            FactDiagnostic(
              path: fact.location.path, line: fact.location.start.line + 1, column: fact.location.start.column + 1,
              message:
                "duplicate fact id \"\(fact.id)\" (first defined at \(first.path):\(first.start.line + 1):\(first.start.column + 1))"
            ))
          continue
        }
        seen[fact.id] = fact.location
        facts.append(fact)
      }
    }
    if !diagnostics.isEmpty { throw FactBaseError(diagnostics: diagnostics) }
    return FactBase(facts: facts)
  }

  /// This base with `other`'s facts added; a fact of `other` replaces one of the same id.
  public func merging(_ other: FactBase) -> FactBase {
    let replaced = Set(other.facts.map(\.id))
    let kept = facts.indices.filter { !replaced.contains(facts[$0].id) }
    // Frames are read once per fact: merging reuses both bases' (stemming is the costly part of a load).
    return FactBase(facts: kept.map { facts[$0] } + other.facts, frames: kept.map { frames[$0] } + other.frames)
  }

  /// The curated base compiled into the binary, so `factlint check` works from anywhere with no files to lose.
  public static let curated: FactBase = {
    do {
      return try load(files: CuratedFacts.files.map { ($0.path, Array($0.json.utf8)) })
    } catch {
      // The embedded base is validated by the test suite; reaching this is a build defect.
      fatalError("the embedded fact base is invalid:\n\(error)")
    }
  }()
}

/// A fact held by reference: a claim stores 8 bytes instead of a copy of every field.
public final class SharedFact: Sendable, Hashable {
  public let fact: Fact

  public init(_ fact: Fact) { self.fact = fact }

  public static func == (a: SharedFact, b: SharedFact) -> Bool { a === b || a.fact == b.fact }

  public func hash(into hasher: inout Hasher) { hasher.combine(fact.id) }
}
