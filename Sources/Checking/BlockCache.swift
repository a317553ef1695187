import Drafts
import FactBase
import Foundation
import Synchronization

/// Claims of blocks already read, keyed by the block's bytes, so re-checking after an edit reads only the
/// blocks that changed. One cache serves one document; entries unused by the latest check are dropped.
public final class BlockCache: Sendable {
  /// A block's bytes, its language and the fact base it was read against; hashed in one pass over the bytes,
  /// compared with memcmp. Another base never reuses a block's claims, even through a cache shared by mistake.
  struct Key: Hashable {
    let bytes: ArraySlice<UInt8>
    let language: Language
    let base: FactBase.Identity
    /// The draft's topic countries (`Checker.topic(of:)`): a block's claims may lean on them.
    let topic: Set<String>
    /// The year the draft is written in: "last year" in a block depends on it.
    let year: Int?
    private let digest: Int

    init(
      bytes: ArraySlice<UInt8>, language: Language, base: FactBase.Identity, topic: Set<String> = [], year: Int? = nil
    ) {
      self.bytes = bytes
      self.language = language
      self.base = base
      self.topic = topic
      self.year = year
      var hasher = Hasher()
      bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
      hasher.combine(language)
      hasher.combine(base)
      hasher.combine(topic)
      hasher.combine(year)
      digest = hasher.finalize()
    }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    static func == (a: Key, b: Key) -> Bool {
      guard a.digest == b.digest, a.language == b.language, a.base == b.base, a.topic == b.topic, a.year == b.year,
        a.bytes.count == b.bytes.count
      else {
        return false
      }
      return a.bytes.withUnsafeBytes { x in
        b.bytes.withUnsafeBytes { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
      }
    }
  }

  private let entries = Mutex<[Key: Entry]>([:])

  /// A block's claims with the offset the block started at when they were read.
  struct Entry {
    var start: Int
    var claims: [Claim]
  }

  public init() {}

  /// Number of blocks remembered, for tests.
  package var count: Int { entries.withLock { $0.count } }

  func entry(for key: Key) -> Entry? { entries.withLock { $0[key] } }

  /// Replaces the whole cache with the blocks of the latest check.
  func replace(with fresh: [Key: Entry]) { entries.withLock { $0 = fresh } }
}
