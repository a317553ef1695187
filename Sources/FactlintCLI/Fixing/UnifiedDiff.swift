import Checking

/// The unified diff (`diff -u`, three lines of context) between a draft and its fixed version.
///
/// Built from the applied fixes rather than by comparing the two texts: the fixes already say which lines
/// change, so the cost stays linear even for a large draft with many fixes. `patch -p1` and `git apply` read it.
enum UnifiedDiff {
  /// One run of changed lines: old lines `old` become `new`.
  private struct Change {
    var old: Range<Int>
    var new: [ArraySlice<UInt8>]
  }

  static func render(path: String, original: [UInt8], applied: [Fix], context: Int = 3) -> String {
    let lines = lineRanges(original)
    let changes = changedLines(original, lines: lines, applied: applied)
    guard !changes.isEmpty else { return "" }
    let prefixed = path.hasPrefix("/") ? path : "/" + path
    var out = "--- a\(prefixed)\n+++ b\(prefixed)\n"
    var shift = 0  // new line number minus old line number before the current hunk
    var index = 0
    while index < changes.count {
      var last = index
      while last + 1 < changes.count && changes[last + 1].old.lowerBound - changes[last].old.upperBound <= 2 * context {
        last += 1
      }
      let start = max(0, changes[index].old.lowerBound - context)
      let end = min(lines.count, changes[last].old.upperBound + context)
      var body = ""
      var oldCount = 0
      var newCount = 0
      var cursor = start
      for change in changes[index...last] {
        for line in cursor..<change.old.lowerBound { emit(" ", original[lines[line]], into: &body) }
        oldCount += change.old.lowerBound - cursor
        newCount += change.old.lowerBound - cursor
        for line in change.old { emit("-", original[lines[line]], into: &body) }
        for line in change.new { emit("+", line, into: &body) }
        oldCount += change.old.count
        newCount += change.new.count
        cursor = change.old.upperBound
      }
      for line in cursor..<end { emit(" ", original[lines[line]], into: &body) }
      oldCount += end - cursor
      newCount += end - cursor
      let newStart = start + shift
      out += "@@ -\(header(start, oldCount)) +\(header(newStart, newCount)) @@\n" + body
      for change in changes[index...last] { shift += change.new.count - change.old.count }
      index = last + 1
    }
    return out
  }

  /// `start,count` with one-based `start`, or the line before for an empty side, as diff writes it.
  private static func header(_ start: Int, _ count: Int) -> String {
    count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
  }

  private static func emit(_ marker: String, _ line: ArraySlice<UInt8>, into out: inout String) {
    out += marker
    out += String(decoding: line, as: UTF8.self)
    if line.last != 0x0A { out += "\n\\ No newline at end of file\n" }
  }

  /// Each line's byte range, its line feed included (a CR before it stays part of the line, as diff sees it).
  static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for (offset, byte) in bytes.enumerated() where byte == 0x0A {
      ranges.append(start..<offset + 1)
      start = offset + 1
    }
    if start < bytes.count { ranges.append(start..<bytes.count) }
    return ranges
  }

  /// Groups fixes by the lines they touch and gives each group's lines before and after.
  private static func changedLines(_ original: [UInt8], lines: [Range<Int>], applied: [Fix]) -> [Change] {
    func line(of offset: Int) -> Int {
      var low = 0
      var high = lines.count - 1
      while low < high {
        let mid = (low + high + 1) / 2
        if lines[mid].lowerBound <= offset { low = mid } else { high = mid - 1 }
      }
      return low
    }
    var groups: [(lines: ClosedRange<Int>, fixes: [Fix])] = []
    for fix in applied.sorted(by: { $0.span.lowerBound < $1.span.lowerBound }) where !lines.isEmpty {
      let first = line(of: fix.span.lowerBound)
      let last = line(of: max(fix.span.lowerBound, fix.span.upperBound - 1))
      if let previous = groups.last, previous.lines.upperBound >= first {
        groups[groups.count - 1] = (
          previous.lines.lowerBound...max(previous.lines.upperBound, last), previous.fixes + [fix]
        )
      } else {
        groups.append((first...last, [fix]))
      }
    }
    return groups.map { group in
      let base = lines[group.lines.lowerBound].lowerBound
      let segment = Array(original[base..<lines[group.lines.upperBound].upperBound])
      let shifted = group.fixes.map {
        Fix(span: $0.span.lowerBound - base..<$0.span.upperBound - base, replacement: $0.replacement)
      }
      let fixed = FixApplier.apply(shifted, to: segment).bytes
      return Change(old: group.lines.lowerBound..<group.lines.upperBound + 1, new: lineRanges(fixed).map { fixed[$0] })
    }
  }
}
