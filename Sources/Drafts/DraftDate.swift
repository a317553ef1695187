/// The day a draft is written for: what "last year" and "cette année" count from.
///
/// Read from the front matter's `date:` (YAML `date: 2025-06-04`, TOML `date = 2025-06-04`, a time after the day
/// ignored); else the caller's: a labelled passage's publication day, today for the command line and the server.
public struct DraftDate: Sendable, Hashable {
  public let year: Int
  public let month: Int
  public let day: Int

  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// `YYYY-MM-DD`, optionally followed by a time (`2025-06-04T09:30:00Z`, `2025-06-04 09:30`); quotes allowed.
  public init?(iso text: Substring) {
    var text = text
    while let first = text.first, first == "\"" || first == "'" { text.removeFirst() }
    let bytes = Array(text.utf8.prefix(10))
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var n = 0
      for b in bytes[range] {
        guard (0x30...0x39).contains(b) else { return nil }
        n = n * 10 + Int(b - 0x30)
      }
      return n
    }
    let rest = text.utf8.dropFirst(10).first
    guard
      rest == nil || rest == UInt8(ascii: "T") || rest == 0x20 || rest == UInt8(ascii: "\"")
        || rest == UInt8(ascii: "'"),
      let y = number(0..<4), let m = number(5..<7), let d = number(8..<10)
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// The civil date of a day count from 1970-01-01 (Howard Hinnant's algorithm).
  public init(daysSinceEpoch days: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    day = doy - (153 * mp + 2) / 5 + 1
    month = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  }
}
