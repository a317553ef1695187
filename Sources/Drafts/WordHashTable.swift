/// An open-addressing table from word hashes (`WordScanner`'s) to small integers: a multiply and a probe or two
/// per word, where a `Dictionary` would hash the hash again with SipHash on every word of every keystroke.
public struct WordHashTable: Sendable {
  /// 0 marks an empty slot; a key that is 0 itself is kept aside in `zeroValue`.
  private let keys: [UInt64]
  private let values: [Int32]
  private let shift: UInt64
  private let mask: Int
  private let zeroValue: Int32

  /// Later pairs of a repeated key replace earlier ones.
  public init<S: Sequence>(_ pairs: S) where S.Element == (UInt64, Int32) {
    let pairs = Array(pairs)
    var bits: UInt64 = 3
    while (1 << bits) < pairs.count * 2 { bits += 1 }
    let size = 1 << Int(bits)
    var keys = [UInt64](repeating: 0, count: size)
    var values = [Int32](repeating: -1, count: size)
    let shift = 64 - bits
    var zeroValue: Int32 = -1
    for (key, value) in pairs {
      if key == 0 {
        zeroValue = value
        continue
      }
      var slot = Self.slot(key, shift)
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (size - 1) }
      keys[slot] = key
      values[slot] = value
    }
    self.keys = keys
    self.values = values
    self.shift = shift
    self.mask = size - 1
    self.zeroValue = zeroValue
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The value stored for `key`, or -1.
  @inline(__always)
  public func value(of key: UInt64) -> Int32 {
    if key == 0 { return zeroValue }
    var slot = Self.slot(key, shift)
    while true {
      let k = keys[slot]
      if k == key { return values[slot] }
      if k == 0 { return -1 }
      slot = (slot + 1) & mask
    }
  }
}

/// Items grouped by a word hash and laid out group after group in the caller's flat array: `range(of:)` says where
/// a hash's group stands, for one table probe and no array of arrays to retain on the hot path.
public struct WordGroups: Sendable {
  @usableFromInline let table: WordHashTable
  @usableFromInline let bounds: [Int32]

  public init() {
    table = WordHashTable([])
    bounds = [0]
  }

  @usableFromInline init(table: WordHashTable, bounds: [Int32]) {
    self.table = table
    self.bounds = bounds
  }

  /// Groups `items` by hash, groups in order of first appearance and each keeping its items' order; returns the
  /// items laid out group after group, as `range(of:)` reads them. Inlinable, so each caller's item type is
  /// specialized (generic code across modules runs through witness tables).
  @inlinable
  public static func grouping<Item>(_ items: [(hash: UInt64, item: Item)]) -> (groups: WordGroups, items: [Item]) {
    var groupOf: [UInt64: Int32] = [:]
    var members: [[Item]] = []
    for (hash, item) in items {
      if let g = groupOf[hash] {
        members[Int(g)].append(item)
      } else {
        groupOf[hash] = Int32(members.count)
        members.append([item])
      }
    }
    var flat: [Item] = []
    var bounds: [Int32] = [0]
    for group in members {
      flat += group
      bounds.append(Int32(flat.count))
    }
    return (WordGroups(table: WordHashTable(groupOf.map { ($0.key, $0.value) }), bounds: bounds), flat)
  }

  /// Where the items of `hash` stand in the flat array; empty when there are none.
  @inline(__always)
  public func range(of hash: UInt64) -> Range<Int> {
    let g = Int(table.value(of: hash))
    return g < 0 ? 0..<0 : Int(bounds[g])..<Int(bounds[g + 1])
  }
}
