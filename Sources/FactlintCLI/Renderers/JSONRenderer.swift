import Checking
import Drafts
import FactBase
import JSONOutput

/// `{"version": 1, "files": […], "summary": {…}}`, streamed: each file's findings are written as it is checked,
/// so memory does not grow with the report.
struct JSONRenderer: FindingRenderer {
  private var out = JSONBytes(indent: 2, capacity: 65_536)
  private var started = false

  private mutating func start() {
    guard !started else { return }
    started = true
    out.beginObject()
    out.member("version", 1)
    out.key("files")
    out.beginArray()
  }

  mutating func file(_ file: CheckedFile, console: Console) {
    start()
    out.beginObject()
    out.member("path", file.path)
    out.array("findings") { out in
      for finding in file.report.findings {
        FindingRecord.write(finding, lines: file.report.lineTable, to: &out)
        if out.bytes.count >= 65_536 { console.out(bytes: out.take()) }
      }
    }
    out.endObject()
    console.out(bytes: out.take())
  }

  mutating func finish(_ summary: CheckSummary, console: Console) {
    start()
    out.endArray()
    out.object("summary") { out in
      out.member("files", summary.files)
      out.member("errors", summary.errors)
      out.member("warnings", summary.warnings)
      out.member("infos", summary.infos)
      out.member("unreadable", summary.unreadable)
    }
    out.endObject()
    console.out(bytes: out.take() + [0x0A])
  }
}
