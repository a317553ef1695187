/// The exit statuses factlint promises to CI.
enum ExitCode {
  /// Nothing reached error level.
  static let clean: Int32 = 0
  /// A finding reached error level.
  static let findings: Int32 = 1
  /// factlint could not do its job: unreadable draft, invalid fact base, bad config.
  static let failure: Int32 = 2
  /// The command line was wrong (EX_USAGE).
  static let usage: Int32 = 64
}
