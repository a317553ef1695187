/// What `--fix` did, for the one-line report on stderr.
struct FixTally {
  var figures = 0
  var files = 0

  func line(dryRun: Bool) -> String {
    let figureWord = figures == 1 ? "figure" : "figures"
    let fileWord = files == 1 ? "file" : "files"
    return "\(dryRun ? "would fix" : "fixed") \(figures) \(figureWord) in \(files) \(fileWord)"
  }
}
