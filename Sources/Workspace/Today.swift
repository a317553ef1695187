import Drafts
import Foundation

extension DraftDate {
  /// Today in UTC: the day a draft with no `date:` of its own is written for, on the command line and in the server.
  public static func today() -> DraftDate {
    DraftDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
  }
}
