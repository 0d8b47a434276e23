/**
 * The VS Code client: starts rnsocial's language server (dist/server.js, bundled into the
 * extension, so nothing else has to be installed) for Markdown files, saved or untitled.
 * Diagnostics, quick fixes, "fix all", hover and completion all come from the server; this file
 * starts and stops it (`rnsocial.enable`) and hands it the other settings.
 */
import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** The `rnsocial` section as the server reads it (initializationOptions, pushed and pulled settings). */
interface ServerSettings {
  lang: 'da' | 'en';
  run: 'onType' | 'onSave';
}

let client: LanguageClient | undefined;

/** The settings with `lang: auto` resolved here, from VS Code's display language: the server knows only da and en. */
function serverSettings(): ServerSettings {
  const config = vscode.workspace.getConfiguration('rnsocial');
  const lang = config.get<'da' | 'en' | 'auto'>('lang', 'da');
  return {
    lang: lang === 'auto' ? (vscode.env.language.toLowerCase().startsWith('da') ? 'da' : 'en') : lang,
    run: config.get<'onType' | 'onSave'>('run', 'onType'),
  };
}

const enabled = (): boolean => vscode.workspace.getConfiguration('rnsocial').get<boolean>('enable', true);

function createClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const server = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: server, transport: TransportKind.stdio },
    debug: { module: server, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  let created: LanguageClient | undefined; // this client, not a later one after switching off and on
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    initializationOptions: serverSettings(),
    outputChannel, // one channel however often the client is switched off and on
    middleware: {
      workspace: {
        // The server asks for the `rnsocial` section (and registers for its changes): answer and
        // push the resolved settings, never the raw `auto`.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          return Array.isArray(result) ? params.items.map((item, i) => (item.section === 'rnsocial' ? serverSettings() : result[i])) : result;
        },
        didChangeConfiguration: async (sections, next) => {
          if (!sections?.includes('rnsocial') || !created) return next(sections);
          await created.sendNotification(DidChangeConfigurationNotification.type, { settings: { rnsocial: serverSettings() } });
        },
      },
    },
  };
  created = new LanguageClient('rnsocial', 'rnsocial', serverOptions, clientOptions);
  return created;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('rnsocial', { log: true });
  context.subscriptions.push(
    output,
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('rnsocial.enable')) return;
      // Off: stopping the client removes every rnsocial diagnostic. On: a fresh start lints what is open.
      if (enabled() && !client) {
        client = createClient(context, output);
        await client.start();
      } else if (!enabled() && client) {
        const stopping = client;
        client = undefined;
        await stopping.dispose();
      }
    }),
  );
  if (enabled()) {
    client = createClient(context, output);
    await client.start();
  }
}

export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  await stopping?.dispose();
}
