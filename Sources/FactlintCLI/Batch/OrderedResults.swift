import Foundation

/// A window's output slots, shared by the threads that fill them: each thread claims the next document under
/// a lock and writes only its own slot, so results keep the input order whoever finishes first.
final class OrderedResults: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0
  private var slots: [[UInt8]]

  init(count: Int) { slots = [[UInt8]](repeating: [], count: count) }

  /// The next unclaimed index, or nil when every document has a thread.
  func claim() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < slots.count else { return nil }
    next += 1
    return next - 1
  }

  /// Stores a claimed slot's result; slots are distinct, but the array's storage is shared, hence the lock.
  func store(_ result: [UInt8], at index: Int) {
    lock.lock()
    slots[index] = result
    lock.unlock()
  }

  /// Every result, once all threads are done.
  var values: [[UInt8]] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}
