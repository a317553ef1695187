import Dispatch
import Synchronization

/// Bytes of messages read but not yet started, so the reader can stop reading while a client does not keep up.
///
/// A client that does not read stdout blocks the queue in the write of a reply, the backlog stops draining, and
/// reading stops at the limit. The message being handled no longer counts, so one long request, however large,
/// never keeps the reader from seeing `exit`.
final class Backlog: Sendable {
  /// What one message costs besides its body: its place in the queue and its reply, so floods of empty or
  /// malformed frames are bounded too.
  static let messageOverhead = 256

  let limit: Int
  private let state = Mutex(State())
  private let room = DispatchSemaphore(value: 0)

  private struct State {
    var bytes = 0
    var readerWaiting = false
  }

  init(limit: Int) {
    self.limit = limit
  }

  var bytes: Int { state.withLock { $0.bytes } }

  /// Whether the reader is waiting for the backlog to drain.
  var isReaderWaiting: Bool { state.withLock { $0.readerWaiting } }

  func add(_ count: Int) {
    state.withLock { $0.bytes += count }
  }

  func remove(_ count: Int) {
    let wake = state.withLock { state in
      state.bytes -= count
      guard state.readerWaiting, state.bytes <= limit else { return false }
      state.readerWaiting = false
      return true
    }
    if wake { room.signal() }
  }

  /// Returns once the backlog is at or under the limit; one reader calls it before each read.
  func waitForRoom() {
    while state.withLock({ state in
      guard state.bytes > limit else { return false }
      state.readerWaiting = true
      return true
    }) {
      room.wait()
    }
  }
}
