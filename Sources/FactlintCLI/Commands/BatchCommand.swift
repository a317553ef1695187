import Checking
import Drafts
import Foundation
import Workspace

/// `factlint batch`: JSON Lines in, JSON Lines out, one output line a document in input order.
///
/// Streams in bounded windows: lines are read until a window holds `windowDocuments` documents or
/// `windowBytes` bytes, the window is checked on every job at once, and its results are written in order
/// before the next window is read. Memory stays constant whatever the input length; the order never depends
/// on which thread finished first.
enum BatchCommand {
  static let scanner = ArgumentScanner(
    valued: ["facts", "lang", "messages", "jobs"], flags: ["help", "no-curated"], usage: Help.batchUsage)

  static let windowDocuments = 512
  static let windowBytes = 8 << 20
  static let maximumLineBytes = 64 << 20

  static func run(_ arguments: [String], console: Console) throws(UsageError) -> Int32 {
    let args = try scanner.parse(arguments)
    if args.has("help") {
      console.out(Help.batch)
      return ExitCode.clean
    }
    if let extra = args.positionals.first {
      throw UsageError(
        "unexpected argument '\(extra)': batch reads JSON Lines from standard input", usage: Help.batchUsage)
    }
    let language = try CheckCommand.languageChoice(args.last("lang"), usage: Help.batchUsage)
    let messages = try CheckCommand.messageLanguage(args.last("messages"), usage: Help.batchUsage)
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    if let value = args.last("jobs") {
      guard let parsed = Int(value), parsed >= 1 else {
        throw UsageError("invalid value '\(value)' for '--jobs' (expected a positive integer)", usage: Help.batchUsage)
      }
      jobs = parsed
    }
    var projects = ProjectLoader(extraFacts: args.all("facts"), useCurated: !args.has("no-curated"))
    let context: Project
    switch projects.project(for: ".") {
    case .success(let found): context = found
    case .failure(let error):
      for diagnostic in error.diagnostics { console.err(diagnostic.description) }
      console.err("error: the fact base or config could not be loaded; nothing was checked")
      return ExitCode.failure
    }
    let checker = context.checker
    let defaultLanguage = context.language(overriding: language)
    let messageLanguage = context.messages(overriding: messages)

    var reader = LineReader(descriptor: STDIN_FILENO, maximumLength: maximumLineBytes)
    var number = 0
    var finished = false
    while !finished {
      var window: [(number: Int, line: [UInt8])] = []
      var immediate: [Int: [UInt8]] = [:]
      var bytes = 0
      while window.count < windowDocuments && bytes < windowBytes {
        guard let next = reader.next() else {
          finished = true
          break
        }
        number += 1
        switch next {
        case .tooLong:
          immediate[window.count] = BatchRecord.failure(
            number, id: nil, "line longer than \(maximumLineBytes >> 20) MiB")
          window.append((number, []))
        case .text(var line):
          if number == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
          if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
          bytes += line.count
          window.append((number, line))
        }
      }
      let results = check(window, skipping: immediate, jobs: jobs) { item in
        BatchRecord.process(
          item.line, number: item.number, checker: checker, language: defaultLanguage, messages: messageLanguage)
      }
      for (index, result) in results.enumerated() {
        console.out(bytes: immediate[index] ?? result)
        console.out(bytes: [0x0A])
      }
      console.flush()
      // Nobody reads the results any more (`batch | head -1`, a full disk): stop instead of checking the rest.
      if console.outputFailed { return ExitCode.failure }
    }
    if let failure = reader.failure {
      console.err("error: cannot read standard input: \(String(cString: strerror(failure)))")
      return ExitCode.failure
    }
    return ExitCode.clean
  }

  /// Runs `work` on every item of the window on `jobs` threads; results come back in the window's order.
  ///
  /// Plain threads rather than `DispatchQueue.concurrentPerform`: on Linux, libdispatch may decide not to
  /// add worker threads when the machine looks busy, and the run would silently use one core.
  static func check(
    _ window: [(number: Int, line: [UInt8])], skipping: [Int: [UInt8]], jobs: Int,
    work: @escaping @Sendable ((number: Int, line: [UInt8])) -> [UInt8]
  ) -> [[UInt8]] {
    guard jobs > 1 && window.count > 1 else {
      return window.indices.map { skipping[$0] == nil ? work(window[$0]) : [] }
    }
    let results = OrderedResults(count: window.count)
    let drain: @Sendable () -> Void = {
      while let index = results.claim() {
        if skipping[index] == nil { results.store(work(window[index]), at: index) }
      }
    }
    let group = DispatchGroup()
    for _ in 1..<min(jobs, window.count) {
      group.enter()
      let thread = Thread {
        drain()
        group.leave()
      }
      thread.stackSize = 8 << 20
      thread.start()
    }
    drain()
    group.wait()
    return results.values
  }
}
