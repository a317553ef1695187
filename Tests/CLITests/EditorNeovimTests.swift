import Foundation
import Testing

/// Headless Neovim (Debian's 0.7) drives `factlint lsp` through the plugin in `editors/neovim`: diagnostics land on
/// exactly the right lines and columns, and the preferred quick fix, chosen through `vim.lsp.buf.code_action`,
/// rewrites the buffer.
@Suite struct EditorNeovimTests {
  /// Line 0 has a plain space before `%`; line 2 puts accented letters and an emoji before the figure, and a
  /// NO-BREAK SPACE before `%`, as French typography wants.
  static let draft =
    "La Chine assure 95 % de la production raffinée de terres rares.\n"
    + "\n"
    + "Été 🌍 : la Chine assure 95\u{00A0}% de la production raffinée de terres rares.\n"
    + "\n"
    + "Rien à vérifier dans cette phrase.\n"

  @Test func diagnosticsAndQuickFixInHeadlessNeovim() throws {
    let nvim = try EditorTool.require("nvim", install: "apt-get install -y neovim")
    let folder = try TemporaryFolder()
    try folder.write(".git/HEAD", "ref: refs/heads/main\n")  // a project root marker for the plugin
    let draft = try folder.write("brouillon.md", Self.draft)
    let script = try folder.write("test.lua", Self.script)
    let output = folder.url.appendingPathComponent("result.json")

    let started = Date()
    let run = try EditorTool.run(
      nvim, ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile \(script.path)", "-c", "cquit 3"],
      in: folder.url,
      environment: [
        "FACTLINT_BIN": Factlint.binary.path,
        "FACTLINT_PLUGIN": packageRoot.appendingPathComponent("editors/neovim").path,
        "FACTLINT_DRAFT": draft.path,
        "FACTLINT_OUT": output.path,
        "XDG_CONFIG_HOME": folder.url.appendingPathComponent("xdg/config").path,
        "XDG_DATA_HOME": folder.url.appendingPathComponent("xdg/data").path,
        "XDG_CACHE_HOME": folder.url.appendingPathComponent("xdg/cache").path,
        "XDG_STATE_HOME": folder.url.appendingPathComponent("xdg/state").path,
      ],
      timeout: 30)
    let elapsed = Date().timeIntervalSince(started)

    let data = try #require(
      FileManager.default.contents(atPath: output.path),
      "Neovim wrote no result (status \(run.status), timed out: \(run.timedOut)):\n\(run.stdout)\n\(run.stderr)")
    let result = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(
      result["ok"] as? Bool == true,
      "the Lua driver failed: \(result["error"] ?? "?")\nstderr: \(run.stderr)")
    #expect(run.status == 0, "nvim exited with \(run.status): \(run.stderr)")
    #expect(elapsed < 20, "the Neovim round trip took \(elapsed) s")

    #expect(result["filetype"] as? String == "markdown")
    #expect(result["offset_encoding"] as? String == "utf-16", "Neovim 0.7 speaks UTF-16 columns")

    // What Neovim shows: `vim.diagnostic.get`, 0-based lines, byte columns (Neovim converts from the encoding).
    let shown = try #require(result["diagnostics"] as? [[String: Any]])
    let shownRanges = shown.map { Self.ints($0, "lnum", "col", "end_lnum", "end_col") }
    #expect(shownRanges == [[0, 16, 0, 20], [2, 29, 2, 34]], "vim.diagnostic.get: \(shown)")
    // The expected value is the figure as the fix rewrites it: each keeps the space its writer typed.
    for (diagnostic, expected) in zip(shown, ["valeur attendue 92 %", "valeur attendue 92\u{00A0}%"]) {
      #expect(diagnostic["source"] as? String == "factlint")
      #expect(diagnostic["severity"] as? Int == 1)  // vim.diagnostic.severity.ERROR
      #expect((diagnostic["message"] as? String)?.contains(expected) == true, "\(diagnostic)")
    }

    // What the server sent, before Neovim's conversion: LSP positions in UTF-16 code units (the emoji counts 2).
    let sent = try #require(result["lsp_diagnostics"] as? [[String: Any]])
    #expect(
      sent.map { Self.ints($0, "line", "character", "end_line", "end_character") } == [
        [0, 16, 0, 20], [2, 25, 2, 29],
      ])

    // The quick fix chosen through vim.lsp.buf.code_action: the preferred action replaced the figure in place.
    let titles = try #require(result["action_titles"] as? [String])
    #expect(titles.contains { $0.contains("92\u{00A0}%") }, "offered actions: \(titles)")
    #expect(titles.contains { $0.contains("Ignore fact") }, "offered actions: \(titles)")
    #expect(result["chosen"] as? String == titles.first { $0.hasPrefix("Replace") })
    let lines = try #require(result["lines_after_fix"] as? [String])
    #expect(
      lines == [
        "La Chine assure 95 % de la production raffinée de terres rares.",
        "",
        "Été 🌍 : la Chine assure 92\u{00A0}% de la production raffinée de terres rares.",
        "",
        "Rien à vérifier dans cette phrase.",
      ])
    // The server followed Neovim's incremental edit: only the unfixed figure is still flagged.
    let remaining = try #require(result["diagnostics_after_fix"] as? [[String: Any]])
    #expect(remaining.map { Self.ints($0, "lnum", "col", "end_lnum", "end_col") } == [[0, 16, 0, 20]])
  }

  private static func ints(_ object: [String: Any], _ keys: String...) -> [Int] {
    keys.map { (object[$0] as? Int) ?? -1 }
  }

  /// Runs inside `nvim --headless -u NONE`; every failure ends in `cquit` with the reason in the result file.
  static let script = #"""
    local out = os.getenv('FACTLINT_OUT')
    local result = { ok = false }

    local function finish(ok, err)
      result.ok = ok
      result.error = err and tostring(err) or nil
      local file = assert(io.open(out, 'w'))
      file:write(vim.fn.json_encode(result))
      file:close()
      if ok then vim.cmd('qall!') else vim.cmd('cquit 1') end
    end

    local function wait_for(what, ms, condition)
      if not vim.wait(ms, condition, 10) then error('timed out after ' .. ms .. ' ms waiting for ' .. what) end
    end

    local function shown(bufnr)
      local items = {}
      for _, d in ipairs(vim.diagnostic.get(bufnr)) do
        table.insert(items, {
          lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
          source = d.source, severity = d.severity, message = d.message, code = d.code,
        })
      end
      table.sort(items, function(a, b) return a.lnum < b.lnum end)
      return items
    end

    local ok, err = pcall(function()
      -- Record what the server publishes, before Neovim converts it to byte columns.
      local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
      local published = {}
      vim.lsp.handlers['textDocument/publishDiagnostics'] = function(e, params, ctx, config)
        published[params.uri] = params.diagnostics
        return publish(e, params, ctx, config)
      end

      vim.opt.runtimepath:prepend(os.getenv('FACTLINT_PLUGIN'))
      vim.cmd('filetype on')
      local factlint = require('factlint')
      factlint.setup({ cmd = { os.getenv('FACTLINT_BIN'), 'lsp' }, language = 'fr' })

      vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('FACTLINT_DRAFT')))
      local bufnr = vim.api.nvim_get_current_buf()
      result.filetype = vim.bo[bufnr].filetype

      wait_for('the factlint client to attach', 5000, function()
        local clients = vim.lsp.buf_get_clients(bufnr)
        for _, c in pairs(clients) do
          if c.name == 'factlint' and c.initialized then return true end
        end
        return false
      end)
      local client = factlint.clients()[1]
      result.offset_encoding = client.offset_encoding

      wait_for('two diagnostics', 5000, function() return #vim.diagnostic.get(bufnr) >= 2 end)
      vim.wait(100)  -- let a stray third diagnostic show up, if any
      result.diagnostics = shown(bufnr)

      local uri = vim.uri_from_bufnr(bufnr)
      result.lsp_diagnostics = {}
      for _, d in ipairs(published[uri] or {}) do
        table.insert(result.lsp_diagnostics, {
          line = d.range.start.line, character = d.range.start.character,
          end_line = d.range['end'].line, end_character = d.range['end'].character,
        })
      end
      table.sort(result.lsp_diagnostics, function(a, b) return a.line < b.line end)

      -- The user puts the cursor on the second figure and asks for code actions; the picker takes the preferred.
      local second = result.diagnostics[2]
      vim.api.nvim_win_set_cursor(0, { second.lnum + 1, second.col })
      local picked = false
      vim.ui.select = function(items, opts, on_choice)
        result.action_titles = {}
        local choice
        for _, item in ipairs(items) do
          table.insert(result.action_titles, item[2].title)
          if choice == nil and item[2].isPreferred then choice = item end
        end
        result.chosen = choice and choice[2].title or nil
        picked = true
        on_choice(choice)
      end
      local before = vim.api.nvim_buf_get_lines(bufnr, 2, 3, false)[1]
      vim.lsp.buf.code_action({ only = { 'quickfix' } })
      wait_for('the code action picker', 5000, function() return picked end)
      wait_for('the quick fix to change the buffer', 5000, function()
        return vim.api.nvim_buf_get_lines(bufnr, 2, 3, false)[1] ~= before
      end)
      result.lines_after_fix = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)

      wait_for('the fixed figure to lose its diagnostic', 5000, function()
        return #vim.diagnostic.get(bufnr) == 1
      end)
      result.diagnostics_after_fix = shown(bufnr)
    end)
    finish(ok, err)
    """#
}

/// An editor or tool the tests drive: found on `PATH` or the test fails saying how to install it, then run with a
/// deadline so a hung editor fails the test instead of hanging the run.
enum EditorTool {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
    var timedOut: Bool
  }

  /// The tool's path; records a failure naming the install command when it is missing.
  static func require(_ name: String, install: String) throws -> URL {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    throw MissingTool(description: "`\(name)` is not on PATH; install it (\(install)) — .ci/run does so in CI")
  }

  struct MissingTool: Error, CustomStringConvertible {
    var description: String
  }

  static func run(
    _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
    timeout: TimeInterval
  ) throws -> Run {
    let (result, timedOut) = try ChildProcess.run(
      executable, arguments, stdin: nil, in: directory, environment: environment, timeout: timeout)
    return Run(status: result.status, stdout: result.stdout, stderr: result.stderr, timedOut: timedOut)
  }
}
