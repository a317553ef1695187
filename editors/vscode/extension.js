// factlint for VS Code: runs `factlint lsp` for Markdown and plain-text documents.
'use strict';

const os = require('os');
const path = require('path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/** The binary from `factlint.path`, with `~` expanded. */
function serverCommand() {
  const configured = vscode.workspace.getConfiguration('factlint').get('path') || 'factlint';
  if (configured === '~' || configured.startsWith('~/')) {
    return path.join(os.homedir(), configured.slice(1));
  }
  return configured;
}

/** What the server reads from initializationOptions and workspace/didChangeConfiguration: `facts`, `language`. */
function serverSettings() {
  const config = vscode.workspace.getConfiguration('factlint');
  const settings = {};
  const facts = config.get('facts', []);
  if (Array.isArray(facts) && facts.length > 0) {
    settings.facts = facts;
  }
  const language = config.get('language', 'auto');
  if (language) {
    settings.language = language;
  }
  return settings;
}

function createClient() {
  const serverOptions = {
    command: serverCommand(),
    args: ['lsp'],
    transport: TransportKind.stdio,
  };
  const documentSelector = [];
  for (const language of ['markdown', 'plaintext']) {
    for (const scheme of ['file', 'untitled']) {
      documentSelector.push({ scheme, language });
    }
  }
  const clientOptions = {
    documentSelector,
    initializationOptions: serverSettings(),
    outputChannelName: 'factlint',
  };
  return new LanguageClient('factlint', 'factlint', serverOptions, clientOptions);
}

async function start() {
  client = createClient();
  try {
    await client.start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    vscode.window.showErrorMessage(
      `factlint: cannot start \`${serverCommand()} lsp\` (${message}). Set "factlint.path" to the factlint binary.`
    );
  }
}

async function stop() {
  if (client) {
    const running = client;
    client = undefined;
    await running.stop();
  }
}

/** Sends the current settings; the server reloads its fact bases and rechecks every open draft. */
async function reloadFacts() {
  if (!client || !client.isRunning()) {
    await start();
    return;
  }
  await client.sendNotification('workspace/didChangeConfiguration', {
    settings: { factlint: serverSettings() },
  });
  vscode.window.setStatusBarMessage('factlint: fact bases reloaded', 3000);
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('factlint.reloadFacts', reloadFacts),
    vscode.commands.registerCommand('factlint.restart', async () => {
      await stop();
      await start();
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('factlint.path')) {
        await stop();
        await start();
      } else if (event.affectsConfiguration('factlint.facts') || event.affectsConfiguration('factlint.language')) {
        await reloadFacts();
      }
    })
  );
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
