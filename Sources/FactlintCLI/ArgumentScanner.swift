/// A command-line mistake: reported on stderr with the usage, exit 64 (EX_USAGE).
public struct UsageError: Error, Sendable {
  public var message: String
  public var usage: String

  public init(_ message: String, usage: String) {
    self.message = message
    self.usage = usage
  }
}

/// Parses arguments in swift-argument-parser's conventions: `--opt value`, `--opt=value`, `--flag`, `--`,
/// repeatable options, positionals anywhere, and `-` as a positional meaning standard input.
struct ArgumentScanner {
  struct Parsed {
    var options: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    func last(_ name: String) -> String? { options[name]?.last }
    func all(_ name: String) -> [String] { options[name] ?? [] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }
  }

  /// Option names that take a value, flag names that don't (both without the leading dashes).
  var valued: Set<String>
  var flags: Set<String>
  var usage: String

  func parse(_ arguments: [String]) throws(UsageError) -> Parsed {
    var parsed = Parsed()
    var i = 0
    var onlyPositionals = false
    while i < arguments.count {
      let argument = arguments[i]
      i += 1
      if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
        parsed.positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      var name = String(argument.drop(while: { $0 == "-" }))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      if argument.hasPrefix("-") && !argument.hasPrefix("--") && name.count != 1 {
        throw UsageError("unknown option '\(argument)'", usage: usage)
      }
      if name == "h" { name = "help" }
      if flags.contains(name) {
        if inlineValue != nil { throw UsageError("option '--\(name)' takes no value", usage: usage) }
        parsed.flags.insert(name)
      } else if valued.contains(name) {
        let value: String
        if let inlineValue {
          value = inlineValue
        } else {
          guard i < arguments.count else { throw UsageError("missing value for '--\(name)'", usage: usage) }
          value = arguments[i]
          i += 1
        }
        parsed.options[name, default: []].append(value)
      } else {
        throw UsageError("unknown option '\(argument)'", usage: usage)
      }
    }
    return parsed
  }

  /// A value that must be one of `choices`.
  static func choice(_ value: String?, of choices: [String], option: String, usage: String) throws(UsageError)
    -> String?
  {
    guard let value else { return nil }
    guard choices.contains(value) else {
      throw UsageError(
        "invalid value '\(value)' for '--\(option)' (expected one of: \(choices.joined(separator: ", ")))",
        usage: usage)
    }
    return value
  }
}
