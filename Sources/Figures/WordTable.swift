/// An open-addressing table from folded words to lexicon entries: one multiply and a probe or two per word,
/// no String, no SipHash, since every word of every keystroke goes through it.
struct WordTable: Sendable {
  private let keys: [WordKey]
  private let values: [Int32]
  private let shift: UInt64
  private let mask: Int

  init(_ pairs: [(WordKey, Int32)]) {
    var bits: UInt64 = 4
    while (1 << bits) < pairs.count * 3 { bits += 1 }
    let size = 1 << Int(bits)
    var keys = [WordKey](repeating: .empty, count: size)
    var values = [Int32](repeating: -1, count: size)
    let shift = 64 - bits
    for (key, value) in pairs where key != .empty {
      var slot = Int(truncatingIfNeeded: key.hashSeed >> shift)
      while keys[slot] != .empty && keys[slot] != key { slot = (slot + 1) & (size - 1) }
      keys[slot] = key
      values[slot] = value
    }
    self.keys = keys
    self.values = values
    self.shift = shift
    self.mask = size - 1
  }

  /// The entry index of `key`, or -1.
  @inline(__always)
  func lookup(_ key: WordKey) -> Int32 {
    var slot = Int(truncatingIfNeeded: key.hashSeed >> shift)
    while true {
      let k = keys[slot]
      if k == key { return values[slot] }
      if k == .empty { return -1 }
      slot = (slot + 1) & mask
    }
  }
}
