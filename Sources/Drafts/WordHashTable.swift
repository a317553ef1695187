/// An open-addressing table from word hashes (`WordScanner`'s) to small integers: a multiply and a probe or two
/// per word, where a `Dictionary` would hash the hash again with SipHash on every word of every keystroke.
public struct WordHashTable: Sendable {
  /// 0 marks an empty slot; a key that is 0 itself is kept aside in `zeroValue`.
  private let keys: [UInt64]
  private let values: [Int32]
  private let shift: UInt64
  private let mask: Int
  private let zeroValue: Int32
  public let count: Int

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
    var count = 0
    for (key, value) in pairs {
      if key == 0 {
        if zeroValue < 0 { count += 1 }
        zeroValue = value
        continue
      }
      var slot = Self.slot(key, shift)
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (size - 1) }
      if keys[slot] == 0 { count += 1 }
      keys[slot] = key
      values[slot] = value
    }
    self.keys = keys
    self.values = values
    self.shift = shift
    self.mask = size - 1
    self.zeroValue = zeroValue
    self.count = count
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
