import Checking

/// `--fail-on`: the lowest severity that makes `check` exit with status 1, so CI can gate on warnings too.
enum FailLevel: String, CaseIterable {
  case error
  case warning
  case never

  /// Whether a finding of this severity fails the run.
  func fails(_ severity: Severity) -> Bool {
    switch self {
    case .error: severity == .error
    case .warning: severity >= .warning
    case .never: false
    }
  }

  func fails(_ summary: CheckSummary) -> Bool {
    (summary.errors > 0 && fails(.error)) || (summary.warnings > 0 && fails(.warning))
  }
}
