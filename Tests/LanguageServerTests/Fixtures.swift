import Foundation
import Synchronization

@testable import LanguageServer

/// Drafts and facts the tests share.
enum Fixtures {
  static let factId = "china-rare-earth-refining-share"
  /// The curated base flags this sentence: the fact says 92 %.
  static let wrongSentence = "La Chine assure 95 % de la production raffinée de terres rares."
  static let rightSentence = "La Chine assure 92 % de la production raffinée de terres rares."

  /// A facts file with one fact about widgets, its value chosen by the test.
  static func widgetFacts(value: Int) -> String {
    """
    {
      "facts": [
        {
          "id": "acme-widget-share",
          "statement": {
            "fr": "Acme fabrique \(value) % des widgets du monde.",
            "en": "Acme makes \(value)% of the world's widgets."
          },
          "value": { "exact": \(value) },
          "unit": "percent",
          "terms": {
            "fr": { "subject": ["Acme"], "context": [["widget*"]], "exclude": [] },
            "en": { "subject": ["Acme"], "context": [["widget*"]], "exclude": [] }
          },
          "source": {
            "publisher": "Widget Institute",
            "title": "Widget Census",
            "url": "https://example.org/widgets",
            "published": "2025-01-15"
          },
          "examples": {}
        }
      ]
    }
    """
  }

  /// A fresh workspace folder with `.factlint.json` pointing at `facts/`, removed by the caller.
  static func workspace(widgetValue: Int) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-lsp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("facts"), withIntermediateDirectories: true)
    try Data(#"{ "facts": ["facts"] }"#.utf8).write(to: root.appendingPathComponent(".factlint.json"))
    try Data(widgetFacts(value: widgetValue).utf8).write(to: root.appendingPathComponent("facts/widgets.json"))
    return root
  }

  /// A Markdown draft of about `words` words: filler paragraphs with a wrong figure every tenth paragraph.
  static func longDraft(words: Int) -> String {
    let filler =
      "Les marchés ont réagi avec prudence aux annonces de la semaine, et les analystes attendent d’autres "
      + "précisions sur le calendrier des mesures avant de réviser leurs prévisions pour l’année prochaine."
    var paragraphs: [String] = []
    var count = 0
    var i = 0
    while count < words {
      let paragraph = i % 10 == 5 ? wrongSentence + " " + filler : filler
      paragraphs.append(paragraph)
      count += paragraph.split(separator: " ").count
      i += 1
    }
    return paragraphs.joined(separator: "\n\n") + "\n"
  }
}

/// A server reading a pipe on a thread of its own, as `factlint lsp` reads stdin; `exitCode` is set when it ends.
final class PipedServer: @unchecked Sendable {
  let toServer = Pipe()
  let exitCode = Mutex<Int32?>(nil)

  init(_ server: LanguageServer) {
    let input = toServer.fileHandleForReading.fileDescriptor
    Thread { [self] in
      let code = server.readInput(from: input, until: { false })
      exitCode.withLock { $0 = code }
    }.start()
  }

  var status: Int32? { exitCode.withLock { $0 } }
}
