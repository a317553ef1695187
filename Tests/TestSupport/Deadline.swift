import Foundation

/// Runs `body` on another thread and returns its result if it finishes within `seconds`, nil otherwise: a hang or
/// a quadratic blow-up fails the test instead of stopping the suite. The bound is generous; it measures nothing.
public func finishing<T: Sendable>(within seconds: Double, _ body: @escaping @Sendable () -> T) -> T? {
  let box = ResultBox<T>()
  let done = DispatchSemaphore(value: 0)
  Thread.detachNewThread {
    box.set(body())
    done.signal()
  }
  guard done.wait(timeout: .now() + seconds) == .success else { return nil }
  return box.get()
}

/// A value handed from the worker thread to the test.
final class ResultBox<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: T?

  func set(_ new: T) { lock.withLock { value = new } }
  func get() -> T? { lock.withLock { value } }
}
