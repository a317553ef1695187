import Dispatch
import Foundation
import Synchronization

/// Settings a host picks when starting the server; tests shorten the debounce.
public struct LanguageServerOptions: Sendable {
  /// How long after an edit pushed diagnostics wait, so a burst of keystrokes publishes once.
  public var pushDelay: Duration
  /// Directories searched (besides workspace roots) for the files named by fact locations, such as the
  /// curated base's `facts/*.json`; by default the executable's directory and its parents.
  public var factSearchDirectories: [String]?
  /// How many bytes of messages read but not yet started the server holds before it stops reading its input,
  /// 8 MiB by default; one read may go past it (by 64 KiB of frames or the rest of one long body). A client that
  /// never reads stdout blocks the reply being written, so it costs this much memory, not all it sends.
  public var backlogLimit: Int

  public init(
    pushDelay: Duration = .milliseconds(50), factSearchDirectories: [String]? = nil, backlogLimit: Int = 8 << 20
  ) {
    self.pushDelay = pushDelay
    self.factSearchDirectories = factSearchDirectories
    self.backlogLimit = backlogLimit
  }
}

/// The language server over any byte transport: feed it the client's bytes, it writes frames to `output`.
///
/// Bytes are cut into frames and decoded on the caller's thread; messages are then handled in order on one serial
/// queue, which also runs the debounce timers. `$/cancelRequest` is seen at decode time, so a request still
/// waiting on the queue when its cancellation arrives is answered -32800; `exit` too, so it ends the session at
/// once even while a long request runs.
public final class LanguageServer: Sendable {
  private let queue = DispatchQueue(label: "factlint.lsp")
  private let reader = Mutex(ReaderState())
  private let tracker = Mutex(RequestTracker())
  private let core: Mutex<ServerCore>
  let log: Logger
  private let output: @Sendable ([UInt8]) -> Void
  let backlog: Backlog
  /// Set once `exit` is read or the session finished: nothing more is handled or written.
  private let stopped = Atomic<Bool>(false)

  private struct ReaderState {
    var decoder = FrameDecoder()
    var exited = false
  }

  /// Requests read but not yet answered, which of them the client cancelled, and where `shutdown` stands.
  private struct RequestTracker {
    var pending: Set<RequestID> = []
    var cancelled: Set<RequestID> = []
    /// `shutdown` requests read and not yet handled: `exit` may come before the queue gets to them.
    var unhandledShutdowns = 0
    var shutdownAccepted = false
  }

  public init(
    options: LanguageServerOptions = LanguageServerOptions(), log: Logger = .silent,
    output: @escaping @Sendable ([UInt8]) -> Void
  ) {
    self.log = log
    self.output = output
    backlog = Backlog(limit: options.backlogLimit)
    core = Mutex(ServerCore(options: options, log: log))
  }

  /// Feeds bytes from the client. Returns false once the `exit` notification has been read: stop reading then,
  /// and call `finish()` for the exit status. Messages not yet handled when `exit` is read are dropped.
  @discardableResult
  public func receive(_ bytes: some Collection<UInt8>) -> Bool {
    let messages: [(message: IncomingMessage, weight: Int)]? = reader.withLock { state in
      guard !state.exited else { return nil }
      state.decoder.append(bytes)
      var messages: [(message: IncomingMessage, weight: Int)] = []
      while let event = state.decoder.next() {
        switch event {
        case .malformed(let reason):
          let message = IncomingMessage.invalid(id: nil, error: .parseError("malformed frame: \(reason)"))
          messages.append((message, Backlog.messageOverhead))
        case .frame(let body):
          let message = IncomingMessage(body: body)
          if case .notification("exit", _) = message {
            state.exited = true
            stopped.store(true, ordering: .sequentiallyConsistent)
            return messages
          }
          messages.append((message, body.count + Backlog.messageOverhead))
        }
      }
      return messages
    }
    guard let messages else { return false }
    // Note every message of the chunk before handling any, so a cancellation read with its request wins.
    for (message, _) in messages { note(message) }
    for (message, weight) in messages {
      backlog.add(weight)
      queue.async {
        self.backlog.remove(weight)
        self.process(message)
      }
    }
    return !reader.withLock { $0.exited }
  }

  /// How many bytes the next read should ask for.
  public var preferredReadSize: Int { reader.withLock { $0.decoder.preferredReadSize } }

  /// Ends the session and returns the exit status: 0 if `shutdown` came first, 1 otherwise.
  ///
  /// At end of input it first handles what was read, since the client may still read the replies. After `exit`
  /// it returns at once, without waiting for a request still running; a `shutdown` read but not yet reached by
  /// the queue counts as received. Pending timers are dropped either way.
  public func finish() -> Int32 {
    let (exitRead, leftover) = reader.withLock { state in
      defer { state.exited = true }
      return (state.exited, state.decoder.bufferedCount)
    }
    if leftover > 0 { log.warn("input ended inside a frame (\(leftover) bytes unread)") }
    if !exitRead { queue.sync {} }
    stopped.store(true, ordering: .sequentiallyConsistent)
    queue.async { self.core.withLock { $0.close() } }
    let shutdownReceived = tracker.withLock { $0.shutdownAccepted || $0.unhandledShutdowns > 0 }
    return shutdownReceived ? 0 : 1
  }

  /// Blocks while more than `backlogLimit` bytes of messages wait to be started; call it before each read.
  func waitForRoom() {
    backlog.waitForRoom()
  }

  /// Blocks until every message received so far has been handled (timers not included); for tests and the
  /// benchmark, not for clients of the module.
  package func waitUntilIdle() {
    queue.sync {}
  }

  /// The server's copy of an open document, for tests that check it stays byte-identical to the client's.
  func documentBytes(uri: String) -> [UInt8]? {
    queue.sync { core.withLock { $0.documents[uri]?.text.bytes } }
  }

  /// Registers requests and cancellations as soon as they are read, before the queue reaches them.
  private func note(_ message: IncomingMessage) {
    switch message {
    case .request(let id, let method, _):
      tracker.withLock { tracker in
        tracker.pending.insert(id)
        if method == "shutdown" { tracker.unhandledShutdowns += 1 }
      }
    case .notification("$/cancelRequest", let params):
      guard let id = params?["id"].flatMap(RequestID.init) else { return }
      tracker.withLock { tracker in
        if tracker.pending.contains(id) { tracker.cancelled.insert(id) }
      }
    default:
      break
    }
  }

  private func process(_ message: IncomingMessage) {
    guard !stopped.load(ordering: .sequentiallyConsistent) else { return }
    switch message {
    case .request(let id, let method, let params):
      let cancelled = tracker.withLock { tracker in
        tracker.pending.remove(id)
        return tracker.cancelled.remove(id) != nil
      }
      if cancelled {
        log.debug("request \(id) \(method) cancelled before it ran")
        if method == "shutdown" { tracker.withLock { $0.unhandledShutdowns -= 1 } }
        reply(id: id, result: .failure(.requestCancelled))
        return
      }
      let host = self.host
      let (result, shutdownAccepted) = core.withLock { core in
        (core.handleRequest(method: method, params: params, host: host), core.shutdownRequested)
      }
      if method == "shutdown" {
        tracker.withLock { tracker in
          tracker.unhandledShutdowns -= 1
          tracker.shutdownAccepted = shutdownAccepted
        }
      }
      reply(id: id, result: result)
    case .notification(let method, let params):
      let host = self.host
      core.withLock { core in core.handleNotification(method: method, params: params, host: host) }
    case .response(let id, _, let error):
      if let error { log.warn("client answered request \(id?.description ?? "null") with an error: \(error)") }
    case .invalid(let id, let error):
      log.warn("invalid message: \(error.message)")
      reply(id: id, result: .failure(error))
    }
  }

  private func reply(id: RequestID?, result: Result<LSPAny, ResponseError>) {
    var message: [String: LSPAny] = ["jsonrpc": "2.0", "id": id?.json ?? .null]
    switch result {
    case .success(let value): message["result"] = value
    case .failure(let error): message["error"] = error.json
    }
    send(.object(message))
  }

  private func send(_ message: LSPAny) {
    guard !stopped.load(ordering: .sequentiallyConsistent) else { return }
    output(FrameEncoder.frame(message.encoded()))
  }

  /// What the core may do outside its own state: send messages and run work later on the queue.
  private var host: ServerHost {
    ServerHost(
      send: { [weak self] message in self?.send(message) },
      schedule: { [weak self] delay, work in
        guard let self else { return }
        let nanoseconds = delay.components.seconds * 1_000_000_000 + delay.components.attoseconds / 1_000_000_000
        self.queue.asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds))) { [weak self] in
          guard let self, !self.stopped.load(ordering: .sequentiallyConsistent) else { return }
          let host = self.host
          self.core.withLock { core in work(core, host) }
        }
      })
  }
}

/// The server core's way out: messages to the client and deferred work on the server queue.
struct ServerHost: Sendable {
  let send: @Sendable (LSPAny) -> Void
  let schedule: @Sendable (Duration, @escaping @Sendable (ServerCore, ServerHost) -> Void) -> Void

  func notify(_ method: String, _ params: LSPAny) {
    send(["jsonrpc": "2.0", "method": .string(method), "params": params])
  }
}
