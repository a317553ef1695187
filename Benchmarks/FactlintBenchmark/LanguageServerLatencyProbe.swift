import Dispatch
import Foundation
import LanguageServer
import Synchronization

/// Measures what a writer feels: diagnostics latency after a one-character edit in a long draft, and memory.
///
/// Drives a real `LanguageServer` in memory (framing, JSON, queue and engine included; no pipes), so the benchmark
/// target can call it: `print(LanguageServerLatencyProbe.run())`.
public enum LanguageServerLatencyProbe {
  public struct Results: Sendable, CustomStringConvertible {
    public var words: Int
    public var edits: Int
    /// didChange (one character) plus `textDocument/diagnostic`, from sending both to the reply, in µs.
    public var pullMicroseconds: [Double]
    /// didChange to `textDocument/publishDiagnostics` written, debounce set to zero, in µs.
    public var pushMicroseconds: [Double]
    /// didOpen plus the first pull of a fresh draft (the whole draft checked), in µs.
    public var openMicroseconds: Double
    /// Resident memory (VmRSS) and its peak (VmHWM) after opening and checking `openDrafts` drafts, in KiB.
    public var openDrafts: Int
    public var residentKiB: Int
    public var peakResidentKiB: Int

    public var description: String {
      func stats(_ values: [Double]) -> String {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return "n/a" }
        func at(_ q: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))] }
        return String(
          format: "median %.3f ms, p90 %.3f ms, max %.3f ms", at(0.5) / 1000, at(0.9) / 1000,
          sorted.last! / 1000)
      }
      return """
        LSP latency, \(words)-word draft, \(edits) one-character edits:
          pull diagnostics (didChange + textDocument/diagnostic → reply): \(stats(pullMicroseconds))
          push diagnostics (didChange → publishDiagnostics, no debounce): \(stats(pushMicroseconds))
          open + first full check: \(String(format: "%.3f", openMicroseconds / 1000)) ms
        LSP memory with \(openDrafts) open \(words)-word drafts: VmRSS \(residentKiB / 1024) MiB, \
        VmHWM \(peakResidentKiB / 1024) MiB
        """
    }
  }

  public static func run(words: Int = 10_000, edits: Int = 200, openDrafts: Int = 10) -> Results {
    let pull = Session(pull: true)
    let draft = draftText(words: words, seed: 0)
    let lines = draft.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let openStart = ContinuousClock.now
    pull.open(uri: "file:///probe/pull.md", text: draft)
    _ = pull.request(method: "textDocument/diagnostic", params: ["textDocument": ["uri": "file:///probe/pull.md"]])
    let openMicroseconds = microseconds(since: openStart)

    // Edits alternate: type one character in a paragraph, then delete it, cycling through paragraphs.
    let paragraphLines = lines.indices.filter { !lines[$0].isEmpty }
    var pullTimes: [Double] = []
    for i in 0..<edits {
      let line = paragraphLines[(i / 2 * 7) % paragraphLines.count]
      let change = oneCharacterEdit(line: line, column: 12, insert: i % 2 == 0)
      let start = ContinuousClock.now
      pull.notify("textDocument/didChange", changeParams(uri: "file:///probe/pull.md", version: i + 2, change))
      _ = pull.request(method: "textDocument/diagnostic", params: ["textDocument": ["uri": "file:///probe/pull.md"]])
      pullTimes.append(microseconds(since: start))
    }

    // Push: edits just before a figure the draft gets wrong, so every edit moves a diagnostic and publishes.
    let push = Session(pull: false)
    push.open(uri: "file:///probe/push.md", text: draft)
    push.waitForPush()
    let findingLines = lines.indices.filter { lines[$0].contains(flaggedSentence) }
    var pushTimes: [Double] = []
    for i in 0..<edits {
      let line = findingLines[(i / 2) % findingLines.count]
      let column = lines[line].utf16.count - flaggedSentence.utf16.count - 1
      let change = oneCharacterEdit(line: line, column: max(0, column), insert: i % 2 == 0)
      let start = ContinuousClock.now
      push.notify("textDocument/didChange", changeParams(uri: "file:///probe/push.md", version: i + 2, change))
      push.waitForPush()
      pushTimes.append(microseconds(since: start))
    }
    pull.close()
    push.close()

    // Memory: a server with `openDrafts` distinct drafts open and checked.
    let memory = Session(pull: true)
    for n in 0..<openDrafts {
      let uri = LSPAny.string("file:///probe/memory-\(n).md")
      memory.open(uri: "file:///probe/memory-\(n).md", text: draftText(words: words, seed: n + 1))
      _ = memory.request(method: "textDocument/diagnostic", params: ["textDocument": ["uri": uri]])
    }
    let (resident, peak) = residentMemory()
    memory.close()
    return Results(
      words: words, edits: edits, pullMicroseconds: pullTimes, pushMicroseconds: pushTimes,
      openMicroseconds: openMicroseconds, openDrafts: openDrafts, residentKiB: resident, peakResidentKiB: peak)
  }

  /// VmRSS and VmHWM from /proc/self/status, in KiB (zeros where there is no /proc).
  public static func residentMemory() -> (resident: Int, peak: Int) {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
    func value(_ key: String) -> Int {
      guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key + ":") }) else { return 0 }
      return Int(line.split(separator: " ").dropFirst().first { Int($0) != nil } ?? "0") ?? 0
    }
    return (value("VmRSS"), value("VmHWM"))
  }

  static let flaggedSentence = "La Chine assure 95 % de la production raffinée de terres rares."

  /// A French draft of about `words` words in distinct paragraphs, one in ten with a figure the base flags.
  public static func draftText(words: Int, seed: Int) -> String {
    let sentences = [
      "Les marchés ont réagi avec prudence aux annonces de la semaine.",
      "Les analystes attendent d’autres précisions sur le calendrier des mesures.",
      "Le gouvernement a réuni les industriels pour discuter des approvisionnements.",
      "Plusieurs entreprises européennes cherchent à diversifier leurs fournisseurs.",
      "La question des métaux critiques revient au cœur des discussions diplomatiques.",
      "Le Japon consacrera 2 % de son PIB à la défense dès cette année.",
      "Les exportations ont progressé de 4,5 % sur un an selon les douanes.",
      "La visite du président a duré trois jours et s’est achevée mercredi.",
      "Les prix de l’énergie pèsent toujours sur les ménages et les entreprises.",
      "Cette stratégie suppose des investissements lourds pendant une décennie.",
      "Les négociations reprendront le mois prochain à Bruxelles.",
    ]
    var paragraphs: [String] = []
    var count = 0
    var i = 0
    while count < words {
      var paragraph = "Note \(seed)-\(i)."
      for j in 0..<4 { paragraph += " " + sentences[(i * 3 + j * 5 + seed) % sentences.count] }
      if i % 10 == 5 { paragraph += " " + flaggedSentence }
      count += paragraph.split(separator: " ").count
      paragraphs.append(paragraph)
      i += 1
    }
    return paragraphs.joined(separator: "\n\n") + "\n"
  }

  private static func oneCharacterEdit(line: Int, column: Int, insert: Bool) -> LSPAny {
    let start: LSPAny = ["line": .int(line), "character": .int(column)]
    let end: LSPAny = ["line": .int(line), "character": .int(insert ? column : column + 1)]
    return ["range": ["start": start, "end": end], "text": insert ? "x" : ""]
  }

  private static func changeParams(uri: String, version: Int, _ change: LSPAny) -> LSPAny {
    ["textDocument": ["uri": .string(uri), "version": .int(version)], "contentChanges": [change]]
  }

  private static func microseconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
  }

  /// One server and a client that waits on replies and pushes through semaphores, without decoding them.
  private final class Session: Sendable {
    let server: LanguageServer
    private let replies = DispatchSemaphore(value: 0)
    private let pushes = DispatchSemaphore(value: 0)
    private let nextID = Atomic<Int>(1)

    init(pull: Bool) {
      let replies = self.replies
      let pushes = self.pushes
      let marker = Array(#""method":"textDocument/publishDiagnostics""#.utf8)
      server = LanguageServer(options: LanguageServerOptions(pushDelay: .zero), log: .silent) { frame in
        // Sorted keys put "id" first in a reply and "method" right after "jsonrpc" in a notification.
        let head = frame.prefix(140)
        if let brace = head.firstIndex(of: UInt8(ascii: "{")), head[brace...].starts(with: Array(#"{"id":"#.utf8)) {
          replies.signal()
        } else if head.firstRange(of: marker) != nil {
          pushes.signal()
        }
      }
      var capabilities: [String: LSPAny] = ["general": ["positionEncodings": ["utf-16"]]]
      if pull { capabilities["textDocument"] = ["diagnostic": [:]] }
      _ = request(
        method: "initialize",
        params: [
          "processId": .null, "rootUri": .null,
          "capabilities": .object(capabilities),
        ])
      notify("initialized", [:])
    }

    func notify(_ method: String, _ params: LSPAny) {
      let message: LSPAny = ["jsonrpc": "2.0", "method": .string(method), "params": params]
      server.receive(FrameEncoder.frame(message.encoded()))
    }

    func request(method: String, params: LSPAny) -> Bool {
      let id = nextID.add(1, ordering: .relaxed).oldValue
      let message: LSPAny = ["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params]
      server.receive(FrameEncoder.frame(message.encoded()))
      return replies.wait(timeout: .now() + 10) == .success
    }

    func open(uri: String, text: String) {
      notify(
        "textDocument/didOpen",
        ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text)]])
    }

    func waitForPush() { _ = pushes.wait(timeout: .now() + 10) }

    func close() {
      _ = request(method: "shutdown", params: .null)
      notify("exit", .null)
      _ = server.finish()
    }
  }
}
