/**
 * `rnsocial lsp`: a Language Server over the same engine and configs as `rnsocial lint`. Open
 * Markdown drafts get diagnostics as you type (debounced), quick fixes, "fix all" (exactly
 * `lint --fix`), a disable comment per line, the rule's explanation on hover, and completion in
 * the frontmatter. `startServer()` is what the editor extensions bundle.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  IPCMessageReader,
  IPCMessageWriter,
  MarkupKind,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../core/lang.js';
import type { LintMessage } from '../core/results.js';
import { clearLexiconCache } from '../engine/lexicon.js';
import { frontmatterCompletions } from './completion.js';
import { codeActions, FIX_ALL_KIND, type Linted } from './code-actions.js';
import { configProblemRange } from './config-problem.js';
import { documentPath, workspaceRootOf, type WorkspaceFolders } from './documents.js';
import { DOCS_DIR, ruleDocHref, ruleExplanation } from './explanation.js';
import { messageLang } from './language.js';
import { bomShift, comparePositions, messageRange } from './positions.js';
import { affectsConfig, ProjectCache, type ProjectLookup } from './projects.js';
import { texts } from './texts.js';

export { FIX_ALL_KIND } from './code-actions.js';

export interface ServerOptions {
  /** Built-in rules/ and docs/rules/, for a bundle that does not sit in the package's dist/. */
  rulesDir?: string;
  docsDir?: string;
}

/** `initializationOptions`, and the `rnsocial` settings section (workspace/configuration). */
export interface ServerSettings {
  /** Lint as you type (default) or only when the file is saved. */
  run: 'onType' | 'onSave';
  /** Message language: da or en (a config's `lang` still wins). */
  lang?: string;
  /** Milliseconds of quiet after an edit before linting (default 150; 0: at once, for tests and the bench). */
  debounce: number;
}

const DEFAULT_SETTINGS: ServerSettings = { run: 'onType', debounce: 150 };

/** Sets up the handlers on `connection` (default: from the process's arguments, `--stdio` …) and starts listening. */
export function startServer(given?: Connection, options: ServerOptions = {}): Connection {
  const connection = given ?? createConnection(ProposedFeatures.all);
  if (!given) logUnhandledRejections(connection);
  const docsDir = options.docsDir ?? DOCS_DIR;
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let initialization: Partial<ServerSettings> = {};
  let locale: string | undefined;
  let workspace: WorkspaceFolders = { folders: [], fallback: process.cwd() };
  const client = { snippetEdits: false, documentChanges: false, watchRegistration: false, configurationRegistration: false, configurationPull: false, workspaceFolders: false };

  const projects = new ProjectCache({
    langFor: (config) => messageLang({ config, setting: settings.lang, initialization: initialization.lang, locale }),
    ...(options.rulesDir ? { rulesDir: options.rulesDir } : {}),
  });
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Documents whose open has been linted: the content event that follows the open is not a change. */
  const justOpened = new Set<string>();
  /** Config files with a published problem (URI → message), so a fixed config gets its diagnostic cleared. */
  const configProblems = new Map<string, string>();
  const hrefs = new Map<string, string | undefined>();

  /** A handler that logs what it throws to the client's console and answers `fallback`: the server lives on. */
  const guard =
    <A extends unknown[], R>(name: string, fallback: R, handler: (...args: A) => R | Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await handler(...args);
      } catch (error) {
        connection.console.error(`rnsocial: ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
        return fallback;
      }
    };

  const docHref = (id: string): string | undefined => {
    if (!hrefs.has(id)) hrefs.set(id, ruleDocHref(id, docsDir));
    return hrefs.get(id);
  };

  const toDiagnostic = (message: LintMessage, shift: 0 | 1): Diagnostic => {
    const href = docHref(message.ruleId);
    return {
      range: messageRange(message, shift),
      severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      code: message.ruleId,
      ...(href ? { codeDescription: { href } } : {}),
      source: 'rnsocial',
      message: message.message,
    };
  };

  const projectFor = (uri: string): { filePath: string; lookup: Promise<ProjectLookup> } => {
    const filePath = documentPath(uri, workspace);
    const root = uri.startsWith('file:') ? workspaceRootOf(filePath, workspace) : (workspace.folders[0] ?? workspace.fallback);
    return { filePath, lookup: projects.forFile(filePath, root) };
  };

  const reportConfigProblem = (lookup: Extract<ProjectLookup, { ok: false }>): void => {
    const lang = messageLang({ setting: settings.lang, initialization: initialization.lang, locale });
    const message = lookup.error.message;
    const uri = lookup.configFile ? pathToFileURL(lookup.configFile).href : undefined;
    if (uri && configProblems.get(uri) === message) return; // said already
    if (uri) {
      configProblems.set(uri, message);
      let text = '';
      try {
        text = readFileSync(lookup.configFile!, 'utf8');
      } catch {
        // gone since: the start of the file will do
      }
      connection.sendDiagnostics({
        uri,
        diagnostics: [{ range: configProblemRange(text, message, lookup.configFile), severity: DiagnosticSeverity.Error, source: 'rnsocial', message }],
      });
    }
    // A notification, not a request: nothing to wait for, nothing to fail when the client does not answer.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: texts.configProblem(message, lang) });
  };

  /** Lint the document's current text and (unless asked not to) publish the diagnostics. */
  const lint = async (document: TextDocument, publish = true): Promise<Linted | undefined> => {
    const { uri, version } = document;
    const { filePath, lookup: pending } = projectFor(uri);
    const lookup = await pending;
    if (documents.get(uri)?.version !== version) return undefined; // edited meanwhile: a newer lint follows
    if (!lookup.ok) {
      reportConfigProblem(lookup);
      linted.delete(uri);
      // No stale diagnostics from the last good config.
      if (publish) connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return undefined;
    }
    const text = document.getText();
    const shift = bomShift(text);
    const outcome = lookup.project.lintBytes(Buffer.from(text, 'utf8'), filePath);
    const messages = outcome.result.messages;
    const entry: Linted = { version, filePath, lookup, outcome, shift, messages, diagnostics: messages.map((m) => toDiagnostic(m, shift)) };
    linted.set(uri, entry);
    if (publish) connection.sendDiagnostics({ uri, version, diagnostics: entry.diagnostics });
    return entry;
  };
  const lintLogged = guard('lint', undefined, lint);

  /** The lint of the document's current version (code actions and hovers come after the last edit). */
  const current = async (uri: string): Promise<Linted | undefined> => {
    const document = documents.get(uri);
    if (!document || !isDraft(document)) return undefined;
    const entry = linted.get(uri);
    if (entry?.version === document.version) return entry;
    return lint(document, settings.run === 'onType');
  };

  const schedule = (document: TextDocument): void => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    if (settings.debounce <= 0) {
      void lintLogged(document);
      return;
    }
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const latest = documents.get(document.uri);
        if (latest) void lintLogged(latest);
      }, settings.debounce),
    );
  };

  /** A config, pack or word list changed (or the settings did): read everything again and re-lint what is open. */
  const reload = async (): Promise<void> => {
    projects.clear();
    clearLexiconCache();
    for (const uri of configProblems.keys()) connection.sendDiagnostics({ uri, diagnostics: [] });
    configProblems.clear();
    linted.clear();
    await Promise.all(documents.all().filter(isDraft).map((d) => lintLogged(d)));
  };

  const readSettings = async (pushed?: unknown): Promise<void> => {
    let section: unknown = (pushed as { rnsocial?: unknown } | undefined)?.rnsocial;
    if (section === undefined && client.configurationPull) section = await connection.workspace.getConfiguration('rnsocial');
    settings = toSettings({ ...initialization, ...(isObject(section) ? section : {}) });
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    initialization = isObject(params.initializationOptions) ? (params.initializationOptions as Partial<ServerSettings>) : {};
    settings = toSettings(initialization);
    locale = params.locale;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace = { folders: folders.filter((u) => u.startsWith('file:')).map((u) => documentPath(u, workspace)), fallback: params.rootPath ?? process.cwd() };
    const caps = params.capabilities;
    client.snippetEdits = caps.workspace?.workspaceEdit?.snippetEditSupport === true;
    client.documentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
    client.watchRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    client.configurationRegistration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    client.configurationPull = caps.workspace?.configuration === true;
    client.workspaceFolders = caps.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':'] },
        ...(client.workspaceFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: 'rnsocial' },
    };
  });

  connection.onInitialized(
    guard('initialized', undefined, async () => {
      if (client.watchRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: ['**/.rnsocialrc*', '**/rnsocial.config.*', '**/package.json', '**/*.{yml,yaml}'].map((globPattern) => ({ globPattern })),
        });
      }
      if (client.configurationRegistration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'rnsocial' });
      if (client.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard('workspace folders', undefined, async (event) => {
            const removed = new Set(event.removed.map((f) => documentPath(f.uri, workspace)));
            const added = event.added.filter((f) => f.uri.startsWith('file:')).map((f) => documentPath(f.uri, workspace));
            workspace = { ...workspace, folders: [...workspace.folders.filter((f) => !removed.has(f)), ...added] };
            await reload();
          }),
        );
      }
      if (client.configurationPull) {
        const before = JSON.stringify(settings);
        await readSettings();
        if (JSON.stringify(settings) !== before) await reload();
      }
    }),
  );

  connection.onDidChangeConfiguration(
    guard('configuration', undefined, async (params) => {
      await readSettings(params.settings);
      await reload();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('watched files', undefined, async (params) => {
      if (params.changes.some((change) => change.uri.startsWith('file:') && affectsConfig(documentPath(change.uri, workspace)))) await reload();
    }),
  );

  documents.onDidOpen(
    guard('open', undefined, async ({ document }) => {
      if (!isDraft(document)) return;
      justOpened.add(document.uri);
      await lint(document);
    }),
  );
  documents.onDidChangeContent(({ document }) => {
    if (justOpened.delete(document.uri) || !isDraft(document)) return;
    if (settings.run === 'onType') schedule(document);
  });
  documents.onDidSave(({ document }) => {
    if (settings.run === 'onSave' && isDraft(document)) void lintLogged(document);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    justOpened.delete(document.uri);
    linted.delete(document.uri);
    connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction(
    guard('code action', [] as CodeAction[], async (params) => {
      const { uri } = params.textDocument;
      const document = documents.get(uri);
      const entry = await current(uri);
      if (!document || !entry) return [];
      return codeActions({ uri, document, linted: entry, range: params.range, only: params.context.only, snippets: client.snippetEdits && client.documentChanges });
    }),
  );

  connection.onHover(
    guard('hover', null, async (params) => {
      const entry = await current(params.textDocument.uri);
      if (!entry) return null;
      const at = params.position;
      const hits = entry.diagnostics.filter((d) => comparePositions(d.range.start, at) <= 0 && comparePositions(at, d.range.end) <= 0);
      if (hits.length === 0) return null;
      const ids = [...new Set(hits.map((d) => String(d.code)))];
      const { project, lang } = entry.lookup;
      const parts = ids.flatMap((id) => {
        const rule = project.ruleSet.rule(id);
        return rule ? [ruleExplanation(rule, lang, docsDir)] : [];
      });
      if (parts.length === 0) return null;
      return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: hits[0]!.range };
    }),
  );

  connection.onCompletion(
    guard('completion', [], async (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const lookup = await projectFor(document.uri).lookup;
      const pages = lookup.ok ? lookup.config.settings.pages.map((p) => p.name) : [];
      return frontmatterCompletions(document.getText(), params.position, { pages });
    }),
  );

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** `rnsocial lsp`: serve on standard input/output (or Node IPC) until the client says exit. */
export function serve(transport: 'stdio' | 'node-ipc', options: ServerOptions = {}): Promise<number> {
  const connection =
    transport === 'stdio'
      ? createConnection(ProposedFeatures.all, process.stdin, process.stdout)
      : createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process));
  logUnhandledRejections(connection);
  // Standard output is the protocol: a stray console.log from anywhere would break it.
  if (transport === 'stdio') sendConsoleTo(connection);
  startServer(connection, options);
  // The library ends the process on `exit` or when the client goes away; until then, serve.
  return new Promise<number>(() => {});
}

/** A promise nobody awaited that fails is a bug to log, not a reason to end the editor's server (Node's default). */
function logUnhandledRejections(connection: Connection): void {
  process.on('unhandledRejection', (reason) => connection.console.error(`rnsocial: unhandled: ${(reason as Error)?.stack ?? String(reason)}`));
}

function sendConsoleTo(connection: Connection): void {
  console.log = console.info = (...args: unknown[]) => connection.console.log(format(...args));
  console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
}

/** A Markdown draft: a client whose selector also sends the config (JSON, YAML) gets nothing for it. */
function isDraft(document: TextDocument): boolean {
  return document.languageId === 'markdown' || /\.(?:md|markdown)$/i.test(document.uri);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toSettings(raw: Record<string, unknown>): ServerSettings {
  const debounce = typeof raw['debounce'] === 'number' && raw['debounce'] >= 0 ? raw['debounce'] : DEFAULT_SETTINGS.debounce;
  const lang = raw['lang'] === 'da' || raw['lang'] === 'en' ? (raw['lang'] as Lang) : undefined;
  return { run: raw['run'] === 'onSave' ? 'onSave' : 'onType', debounce, ...(lang ? { lang } : {}) };
}
