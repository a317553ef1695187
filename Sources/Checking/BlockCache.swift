import Drafts
import Synchronization

/// Claims of blocks already read, keyed by the block's bytes, so re-checking after an edit reads only the
/// blocks that changed. One cache serves one document; entries unused by the latest check are dropped.
public final class BlockCache: Sendable {
  struct Key: Hashable {
    var bytes: ArraySlice<UInt8>
    var language: Language
  }

  private let entries = Mutex<[Key: Entry]>([:])

  /// A block's claims with the offset the block started at when they were read.
  struct Entry {
    var start: Int
    var claims: [Claim]
  }

  public init() {}

  /// Number of blocks remembered.
  public var count: Int { entries.withLock { $0.count } }

  func entry(for key: Key) -> Entry? { entries.withLock { $0[key] } }

  /// Replaces the whole cache with the blocks of the latest check.
  func replace(with fresh: [Key: Entry]) { entries.withLock { $0 = fresh } }
}
