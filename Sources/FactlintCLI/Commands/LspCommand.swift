import LanguageServer

/// `factlint lsp`: hands stdio over to the language server.
enum LspCommand {
  static let scanner = ArgumentScanner(valued: ["log-level"], flags: ["help", "stdio"], usage: Help.lspUsage)

  static func run(_ arguments: [String], console: Console) throws(UsageError) -> Int32 {
    let args = try scanner.parse(arguments)
    if args.has("help") {
      console.out(Help.lsp)
      return ExitCode.clean
    }
    guard args.positionals.isEmpty else {
      throw UsageError("unexpected argument '\(args.positionals[0])'", usage: Help.lspUsage)
    }
    var level = LogLevel.warn
    if let value = args.last("log-level") {
      guard let parsed = LogLevel(argument: value) else {
        throw UsageError(
          "invalid value '\(value)' for '--log-level' (expected one of: error, warn, info, debug)", usage: Help.lspUsage
        )
      }
      level = parsed
    }
    console.flush()
    return LanguageServer.runOverStdio(logLevel: level)
  }
}
