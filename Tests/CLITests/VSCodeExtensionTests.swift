import Foundation
import Testing

/// The VS Code extension in `editors/vscode`: its JavaScript parses (`node --check`), its manifest has what VS Code
/// requires to load it, and, run under Node with stand-ins for the `vscode` API and `vscode-languageclient`, it
/// starts `factlint lsp` with the settings the server reads and reloads them on command.
@Suite struct VSCodeExtensionTests {
  static let folder = packageRoot.appendingPathComponent("editors/vscode")

  @Test func extensionJavaScriptParses() throws {
    let node = try EditorTool.require("node", install: "apt-get install -y nodejs")
    let run = try EditorTool.run(
      node, ["--check", Self.folder.appendingPathComponent("extension.js").path], timeout: 20)
    #expect(run.status == 0, "node --check extension.js: \(run.stderr)")
  }

  @Test func manifestHasWhatVSCodeRequires() throws {
    let manifest = try Self.manifest()
    // Fields `vsce` and the extension host refuse to do without.
    let name = try #require(manifest["name"] as? String)
    #expect(name.range(of: #"^[a-z0-9][a-z0-9-]*$"#, options: .regularExpression) != nil, "name: \(name)")
    #expect((manifest["publisher"] as? String)?.isEmpty == false)
    let version = try #require(manifest["version"] as? String)
    #expect(version.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil, "version: \(version)")
    let engines = try #require(manifest["engines"] as? [String: Any])
    let engine = try #require(engines["vscode"] as? String)
    let minimum = try #require(Self.minimumVersion(engine), "engines.vscode: \(engine)")
    // vscode-languageclient 9 needs VS Code 1.82 or later.
    #expect(minimum.lexicographicallyPrecedes([1, 82, 0]) == false, "engines.vscode \(engine) is below 1.82")
    let main = try #require(manifest["main"] as? String)
    #expect(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent(main).path), "main: \(main)")

    let activation = try #require(manifest["activationEvents"] as? [String])
    #expect(Set(activation).isSuperset(of: ["onLanguage:markdown", "onLanguage:plaintext"]))

    let contributes = try #require(manifest["contributes"] as? [String: Any])
    let configuration = try #require(contributes["configuration"] as? [String: Any])
    let properties = try #require(configuration["properties"] as? [String: [String: Any]])
    #expect(properties["factlint.path"]?["type"] as? String == "string")
    #expect(properties["factlint.facts"]?["type"] as? String == "array")
    #expect((properties["factlint.facts"]?["items"] as? [String: Any])?["type"] as? String == "string")
    #expect(properties["factlint.language"]?["enum"] as? [String] == ["auto", "fr", "en"])
    for (key, property) in properties {
      #expect(property["description"] != nil || property["markdownDescription"] != nil, "\(key) has no description")
    }
    let commands = try #require(contributes["commands"] as? [[String: Any]])
    let commandIds = Set(commands.compactMap { $0["command"] as? String })
    #expect(commandIds.contains("factlint.reloadFacts"))
    for command in commands { #expect((command["title"] as? String)?.isEmpty == false, "\(command)") }

    let dependencies = try #require(manifest["dependencies"] as? [String: String])
    #expect(dependencies["vscode-languageclient"] != nil, "vscode-languageclient must be a declared dependency")

    // What extension.js uses is what the manifest contributes, and the other way round.
    let source = try String(contentsOf: Self.folder.appendingPathComponent("extension.js"), encoding: .utf8)
    let registered = Self.matches(#"registerCommand\('([^']+)'"#, in: source)
    #expect(registered == commandIds, "registered \(registered), contributed \(commandIds)")
    for key in Self.matches(#"\.get\('([a-zA-Z.]+)'"#, in: source) {
      #expect(properties["factlint.\(key)"] != nil, "extension.js reads factlint.\(key), which is not contributed")
    }
  }

  @Test func extensionStartsTheServerAndReloadsFacts() throws {
    let node = try EditorTool.require("node", install: "apt-get install -y nodejs")
    let temporary = try TemporaryFolder()
    let harness = try temporary.write("harness.js", Self.harness)
    let run = try EditorTool.run(
      node, [harness.path, Self.folder.appendingPathComponent("extension.js").path],
      environment: ["HOME": "/home/writer"], timeout: 20)
    #expect(run.status == 0, "the harness failed: \(run.stderr)")
    let result = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "harness output: \(run.stdout)")

    #expect(result["commands"] as? [String] == ["factlint.reloadFacts", "factlint.restart"])
    let clients = try #require(result["clients"] as? [[String: Any]])
    let first = try #require(clients.first)
    let server = try #require(first["serverOptions"] as? [String: Any])
    #expect(server["command"] as? String == "/home/writer/bin/factlint")
    #expect(server["args"] as? [String] == ["lsp"])
    let options = try #require(first["clientOptions"] as? [String: Any])
    let selector = try #require(options["documentSelector"] as? [[String: String]])
    #expect(Set(selector.compactMap { $0["language"] }) == ["markdown", "plaintext"])
    // The exact keys the server reads from initializationOptions (Sources/LanguageServer/ServerSettings.swift).
    let initialization = try #require(options["initializationOptions"] as? [String: Any])
    #expect(initialization["facts"] as? [String] == ["facts/energie.json"])
    #expect(initialization["language"] as? String == "fr")
    #expect(Set(initialization.keys).isSubset(of: ["facts", "language", "diagnostics"]))

    // factlint.reloadFacts sends the settings again; changing factlint.facts does too; factlint.path restarts.
    let notifications = try #require(result["notifications"] as? [[String: Any]])
    #expect(
      notifications.map { $0["method"] as? String }
        == [String?](repeating: "workspace/didChangeConfiguration", count: 2))
    let reloaded = (notifications.last?["params"] as? [String: Any])?["settings"] as? [String: Any]
    #expect(
      (reloaded?["factlint"] as? [String: Any])?["facts"] as? [String] == ["facts/energie.json", "facts/defense.json"])
    #expect(clients.count == 2, "changing factlint.path starts a new client")
    #expect(result["stopped"] as? Int == 1)
  }

  static func manifest() throws -> [String: Any] {
    let data = try Data(contentsOf: folder.appendingPathComponent("package.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  /// `^1.82.0`, `>=1.82.0`, `1.82.0` → [1, 82, 0].
  static func minimumVersion(_ range: String) -> [Int]? {
    let digits = range.drop { "^~>= ".contains($0) }
    let parts = digits.split(separator: ".").map { Int($0) }
    guard parts.count == 3, parts.allSatisfy({ $0 != nil }) else { return nil }
    return parts.map { $0! }
  }

  static func matches(_ pattern: String, in text: String) -> Set<String> {
    let regex = try! NSRegularExpression(pattern: pattern)
    let range = NSRange(text.startIndex..., in: text)
    return Set(
      regex.matches(in: text, range: range).compactMap { match in
        Range(match.range(at: 1), in: text).map { String(text[$0]) }
      })
  }

  /// Loads extension.js with stand-ins for `vscode` and `vscode-languageclient/node`, activates it, runs its
  /// commands, and prints what it did as JSON.
  static let harness = #"""
    'use strict';
    const Module = require('module');
    const config = { path: '~/bin/factlint', facts: ['facts/energie.json'], language: 'fr' };
    const result = { commands: [], clients: [], notifications: [], stopped: 0, errors: [] };
    const registered = {};
    let configListener;
    const vscode = {
      workspace: {
        getConfiguration(section) {
          if (section !== 'factlint') throw new Error('unexpected configuration section ' + section);
          return { get: (key, fallback) => (key in config ? config[key] : fallback) };
        },
        onDidChangeConfiguration(listener) {
          configListener = listener;
          return { dispose() {} };
        },
      },
      commands: {
        registerCommand(id, handler) {
          registered[id] = handler;
          result.commands.push(id);
          return { dispose() {} };
        },
      },
      window: {
        showErrorMessage(message) { result.errors.push(message); },
        setStatusBarMessage() { return { dispose() {} }; },
      },
    };
    class LanguageClient {
      constructor(id, name, serverOptions, clientOptions) {
        this.running = false;
        result.clients.push({ id, name, serverOptions, clientOptions });
      }
      async start() { this.running = true; }
      async stop() { this.running = false; result.stopped += 1; }
      isRunning() { return this.running; }
      async sendNotification(method, params) { result.notifications.push({ method, params }); }
    }
    const stubs = {
      vscode,
      'vscode-languageclient/node': { LanguageClient, TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 } },
    };
    const load = Module._load;
    Module._load = function (request, ...rest) {
      return request in stubs ? stubs[request] : load.call(this, request, ...rest);
    };

    (async () => {
      const extension = require(process.argv[2]);
      const context = { subscriptions: [] };
      await extension.activate(context);
      if (context.subscriptions.length < 3) throw new Error('subscriptions not handed to VS Code');
      await registered['factlint.reloadFacts']();
      config.facts = ['facts/energie.json', 'facts/defense.json'];
      await configListener({ affectsConfiguration: (key) => key === 'factlint.facts' || key === 'factlint' });
      config.path = '/usr/local/bin/factlint';
      await configListener({ affectsConfiguration: (key) => key === 'factlint.path' || key === 'factlint' });
      await extension.deactivate();
      result.stopped -= 1; // deactivate's own stop
      process.stdout.write(JSON.stringify(result));
    })().catch((error) => {
      console.error(error && error.stack ? error.stack : error);
      process.exit(1);
    });
    """#
}
