import Foundation

/// The command-line front end: parses arguments, runs a subcommand, maps the outcome to an exit status.
public enum FactlintCLI {
  public static let version = "0.1.0"

  public static func main() -> Never {
    signal(SIGPIPE, SIG_IGN)
    let status = run(Array(CommandLine.arguments.dropFirst()))
    exit(status)
  }

  /// Runs one command line and returns its exit status; the console is flushed before returning.
  public static func run(_ arguments: [String]) -> Int32 {
    let console = Console()
    var status: Int32
    do {
      status = try dispatch(arguments, console: console)
    } catch {
      console.err("error: \(error.message)")
      console.err("")
      console.err(error.usage)
      console.err("See 'factlint --help'.")
      status = ExitCode.usage
    }
    console.flush()
    // Output that did not reach its reader is a failed run, whatever was found: CI must not read a truncated
    // report as a clean one.
    if let failure = console.outputFailure {
      console.err("error: cannot write standard output: \(String(cString: strerror(failure)))")
      status = ExitCode.failure
    }
    return status
  }

  static func dispatch(_ arguments: [String], console: Console) throws(UsageError) -> Int32 {
    guard let first = arguments.first else {
      console.out(Help.main)
      return ExitCode.clean
    }
    let rest = Array(arguments.dropFirst())
    switch first {
    case "-h", "--help", "help":
      if first == "help", let topic = rest.first {
        guard let text = Help.subcommand(topic) else {
          throw UsageError("unknown subcommand '\(topic)'", usage: Help.mainUsage)
        }
        console.out(text)
      } else {
        console.out(Help.main)
      }
      return ExitCode.clean
    case "--version":
      console.outLine(version)
      return ExitCode.clean
    case "check": return try CheckCommand.run(rest, console: console)
    case "batch": return try BatchCommand.run(rest, console: console)
    case "figures": return try FiguresCommand.run(rest, console: console)
    case "facts": return try FactsCommand.run(rest, console: console)
    case "lsp": return try LspCommand.run(rest, console: console)
    case "eval": return try EvalCommand.run(rest, console: console)
    case "explain": return try ExplainCommand.run(rest, console: console)
    default:
      throw UsageError("unknown subcommand '\(first)'", usage: Help.mainUsage)
    }
  }
}
