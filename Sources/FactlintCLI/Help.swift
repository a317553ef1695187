/// Help texts in swift-argument-parser's layout: OVERVIEW, USAGE, OPTIONS, SUBCOMMANDS.
enum Help {
  static let mainUsage = "USAGE: factlint <subcommand> [options]"

  static let main = """
    OVERVIEW: factlint checks the figures of article drafts against a curated fact base.

    \(mainUsage)

    OPTIONS:
      --version               Show the version.
      -h, --help              Show help information.

    SUBCOMMANDS:
      check                   Check drafts (Markdown or plain text, French or English).
      batch                   Check JSON Lines documents from standard input (archives, Spark).
      figures                 Print the figures found in a draft.
      facts                   List, validate or test fact bases.
      lsp                     Run the language server over stdio.
      eval                    Score factlint's judgement on a labelled corpus.
      explain                 Say why each figure of a sentence or file is or is not checked.

      See 'factlint help <subcommand>' for detailed help.

    """

  static let checkUsage =
    "USAGE: factlint check [--facts <path> ...] [--no-curated] [--format <format>] [--lang <lang>] "
    + "[--messages <lang>] [--date <day>] [--stdin-filename <name>] [--color <when>] [--fail-on <level>]"
    + " [--max-draft-size <MiB>]"
    + " [--fix [--dry-run] [--force]] [<path> ...]"

  static let check = """
    OVERVIEW: Check drafts against the fact base and report contradicted figures.

    Folders are walked for .md, .markdown and .txt files; '-' reads standard input.
    Exit status: 0 when nothing reaches the --fail-on level, 1 when a finding does, 2 when
    factlint could not do its job (unreadable file, invalid fact base or config, a fix that could
    not be written, standard output that could not be written), 64 on a usage error.

    \(checkUsage)

    ARGUMENTS:
      <path>                  Drafts or folders to check, or '-' for standard input.

    OPTIONS:
      --facts <path>          Add a facts file or folder (repeatable).
      --no-curated            Check against the --facts and config bases only, not the built-in one.
      --format <format>       Output format: text, json, sarif (code scanning), github (Actions
                              annotations), checkstyle or junit. (default: text)
      --lang <lang>           Draft language: auto, fr or en. (default: auto)
      --messages <lang>       Language of the findings' messages: draft, fr or en. Rule ids and
                              JSON keys stay English. (default: the config's messages, else draft)
      --date <day>            The day drafts are written for, YYYY-MM-DD: what "last year" and
                              "cette année" count from. (default: a draft's front matter 'date:',
                              else today)
      --stdin-filename <name> Name (and format, by extension) for the draft read from standard input.
      --color <when>          Colour: auto, always or never. (default: auto)
      --fail-on <level>       Exit 1 on findings of this level or worse: error, warning or never.
                              (default: error)
      --max-draft-size <MiB>  Refuse drafts larger than this. (default: the config's maxDraftSize, else 64)
      --fix                   Apply every fix in place (temporary file and rename; encoding, BOM, line
                              endings and permissions kept; a file changed meanwhile is left alone),
                              then report what remains.
      --dry-run               With --fix: print the fixes as a unified diff and change nothing.
      --force                 With --fix: also rewrite read-only drafts and drafts with other hard
                              links (which then keep the old text).
      -h, --help              Show help information.

    """

  static let batchUsage =
    "USAGE: factlint batch [--facts <path> ...] [--no-curated] [--lang <lang>] [--messages <lang>] [--jobs <n>]"

  static let batch = """
    OVERVIEW: Check documents given as JSON Lines on standard input; write one JSON line a document.

    Input, one document a line: {"id": "…", "text": "…", "path": "a.md"?, "lang": "fr"?}
    ("id" a string or a number; "path" only chooses Markdown or plain text by its extension).
    Output, in input order: {"id": …, "findings": [ … as in 'check --format json' … ]}.
    A malformed line yields {"line": N, "id"?: …, "error": "…"} and the run goes on; blank lines
    are skipped. Memory stays constant whatever the input length. The .factlint.json of the
    working folder applies. Exit status: 0 once the input is read, 2 when the fact base or config
    cannot be loaded or standard output cannot be written (the run stops there), 64 on a usage error.

    \(batchUsage)

    OPTIONS:
      --facts <path>          Add a facts file or folder (repeatable).
      --no-curated            Check against the --facts and config bases only, not the built-in one.
      --lang <lang>           Language for documents without "lang": auto, fr or en. (default: auto)
      --messages <lang>       Language of the findings' messages: draft, fr or en. (default: the
                              config's messages, else each document's language)
      --jobs <n>              Documents checked at once. (default: the number of cores)
      -h, --help              Show help information.

    """

  static let figuresUsage = "USAGE: factlint figures [--lang <lang>] [--format <format>] [<file>]"

  static let figures = """
    OVERVIEW: Print the figures found in a draft: numbers, percentages, money, dates, durations.

    \(figuresUsage)

    ARGUMENTS:
      <file>                  The draft, or '-' for standard input. (default: -)

    OPTIONS:
      --lang <lang>           Draft language: auto, fr or en. (default: auto)
      --format <format>       Output format: text or json. (default: text)
      -h, --help              Show help information.

    """

  static let factsUsage = "USAGE: factlint facts <list|validate|test> [--facts <path> ...] [--no-curated] [<path> ...]"

  static let facts = """
    OVERVIEW: Work with fact bases.

    \(factsUsage)

    SUBCOMMANDS:
      list                    List the facts: id, value and statement.
      validate [<path> ...]   Validate facts files (default: the bases in use); errors as path:line:column.
      test                    Run every fact's own pass and flag examples.

    OPTIONS:
      --facts <path>          Add a facts file or folder (repeatable).
      --no-curated            Leave out the built-in curated base.
      --format <format>       For list: text or json. (default: text)
      -h, --help              Show help information.

    """

  static let lspUsage = "USAGE: factlint lsp [--log-level <level>]"

  static let lsp = """
    OVERVIEW: Run the language server (JSON-RPC 2.0 over stdio, LSP 3.17).

    \(lspUsage)

    OPTIONS:
      --log-level <level>     Log to stderr: error, warn, info or debug. (default: warn)
      --stdio                 Accepted for editors that pass it; stdio is the only transport.
      -h, --help              Show help information.

    """

  static func subcommand(_ name: String) -> String? {
    switch name {
    case "check": check
    case "batch": batch
    case "figures": figures
    case "facts": facts
    case "lsp": lsp
    case "eval": eval
    case "explain": explain
    default: nil
    }
  }

  static let evalUsage =
    "USAGE: factlint eval [--facts <path> ...] [--no-curated] [--format <format>] [--split <split>] [--verbose]"
    + " [--min-precision <ratio>] [--min-recall <ratio>] <corpus> ..."

  static let eval = """
    OVERVIEW: Score factlint's judgement on a labelled corpus (format: docs/corpus.md).

    Every passage (.md, .txt) is checked as 'factlint check' would, with the .factlint.json of its
    subject folder, and its figure-mismatch flags are scored against its .labels file: true
    positives, misses, false alarms, precision, recall, F1, and how many figures labelled 'agrees'
    were read as agreeing claims ("understood"), per subject and split (dev, test).
    Exit status: 0, or 1 when precision or recall is below its threshold; 2 when a passage has no
    labels or a label is broken (nothing is scored then); 64 on a usage error.

    \(evalUsage)

    ARGUMENTS:
      <corpus>                Corpus folders (or single passages).

    OPTIONS:
      --facts <path>          Add a facts file or folder to every subject (repeatable).
      --no-curated            Leave out the built-in curated base.
      --format <format>       Output format: text or json. (default: text)
      --split <split>         Score only the dev or the test part.
      --verbose               Also per fact and per file, listing each miss and false alarm.
      --min-precision <ratio> Exit 1 when precision is below this (0 to 1).
      --min-recall <ratio>    Exit 1 when recall is below this (0 to 1).
      -h, --help              Show help information.

    """

  static let explainUsage =
    "USAGE: factlint explain [--facts <path> ...] [--no-curated] [--lang <lang>] [--date <day>] [--format <format>]"
    + " (<file>[:<line>[:<column>]] | --text <text>)"

  static let explain = """
    OVERVIEW: Say why each figure is or is not checked, and how its verdict was reached.

    For each sentence of the file (or of the line, or the one sentence at line:column): the fact
    terms found and what is missing for a fact to be named; for each figure, what was read (kind,
    value, interval, qualifier, unit), each fact weighed with the reason it was kept out or its
    pairing score, which one was chosen, and the verdict with both intervals.

    \(explainUsage)

    ARGUMENTS:
      <file>[:<line>[:<column>]]
                              A draft, optionally a 1-based line and column (Unicode scalars).

    OPTIONS:
      --text <text>           Explain this text instead of a file.
      --facts <path>          Add a facts file or folder (repeatable).
      --no-curated            Leave out the built-in curated base.
      --lang <lang>           Draft language: auto, fr or en. (default: auto)
      --date <day>            The day the draft is written for, YYYY-MM-DD. (default: its front
                              matter 'date:', else today)
      --format <format>       Output format: text or json. (default: text)
      -h, --help              Show help information.

    """
}
