/**
 * The server in-process, over a pair of in-memory streams: settings (language, onSave), the
 * client's capabilities (snippets, locale), unsaved documents, and a handler that throws. The
 * real binary over stdio is test/e2e/lsp.test.ts. No `exit` is sent: it would end the test process.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/lsp/server.js';

const DRAFT = '---\nplatform: facebook\npage: Aalborg Universitetshospital\n---\nVedrørende parkering: kom i god tid.\n';

interface TestClient {
  connection: MessageConnection;
  logged: string[];
  /** Every publishDiagnostics, in order. */
  published: PublishDiagnosticsParams[];
  /** Resolves with the first diagnostics for `uri` from the `from`-th publish on that satisfy `check`. */
  diagnostics(uri: string, check?: (p: PublishDiagnosticsParams) => boolean, from?: number): Promise<Diagnostic[]>;
  dispose(): void;
}

async function start(initialize: Record<string, unknown>, workspace: string): Promise<TestClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(server);
  const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const logged: string[] = [];
  const published: PublishDiagnosticsParams[] = [];
  let waiters: Array<() => void> = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    const w = waiters;
    waiters = [];
    w.forEach((f) => f());
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => void logged.push(p.message));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: null,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
    capabilities: {},
    ...initialize,
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    logged,
    published,
    diagnostics: (uri, check = () => true, from = 0) =>
      new Promise((resolve) => {
        const attempt = (): void => {
          const hit = published.slice(from).find((p) => p.uri === uri && check(p));
          if (hit) resolve(hit.diagnostics);
          else waiters.push(attempt);
        };
        attempt();
      }),
    dispose: () => {
      connection.dispose();
      server.dispose();
    },
  };
}

const open = (client: TestClient, uri: string, text: string): Promise<void> =>
  client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });

describe('the language server in-process', () => {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'rnsocial-lsp-'));
  const uri = (name: string): string => pathToFileURL(path.join(workspace, name)).href;
  let danish: TestClient;
  let english: TestClient;

  beforeAll(async () => {
    writeFileSync(path.join(workspace, 'opslag.md'), DRAFT);
    danish = await start({ locale: 'da-DK', initializationOptions: { debounce: 0 } }, workspace);
    english = await start(
      { locale: 'en-US', initializationOptions: { debounce: 0 }, capabilities: { workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } } },
      workspace,
    );
    // Compiling the rules is start-up, not any one test's time.
    await open(danish, uri('varm.md'), DRAFT);
    await open(english, uri('varm.md'), DRAFT);
    await Promise.all([danish.diagnostics(uri('varm.md')), english.diagnostics(uri('varm.md'))]);
  }, 60_000);

  afterAll(() => {
    danish.dispose();
    english.dispose();
  });

  it('the client’s locale picks the language when no setting does', async () => {
    expect((await danish.diagnostics(uri('varm.md')))[0]!.message).toBe('Skriv »Om« i stedet for »Vedrørende«: vi skriver, som vi taler.');
    expect((await english.diagnostics(uri('varm.md')))[0]!.message).toMatch(/^Write 'Om' instead of 'Vedrørende'/);
  });

  it('a client that takes snippets gets the disable comment as one, with the cursor at the reason', async () => {
    const diagnostics = await english.diagnostics(uri('varm.md'));
    const actions: CodeAction[] = await english.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri('varm.md') },
      range: diagnostics[0]!.range,
      context: { diagnostics, only: ['quickfix'] },
    });
    const disable = actions.find((a) => a.title === 'Disable tone/officialese for this line')!;
    expect(disable.edit).toEqual({
      documentChanges: [
        {
          textDocument: { uri: uri('varm.md'), version: 1 },
          edits: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, snippet: { kind: 'snippet', value: '<!-- rnsocial-disable-next-line tone/officialese -- $0 -->\n' } }],
        },
      ],
    });
  });

  it('an unsaved (untitled) document is linted as a draft in the workspace folder', async () => {
    await open(danish, 'untitled:Untitled-1', DRAFT);
    expect((await danish.diagnostics('untitled:Untitled-1')).map((d) => d.code)).toEqual(['tone/officialese']);
  });

  it('lints Markdown only: a config the client also opens gets no diagnostics', async () => {
    await danish.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('.rnsocialrc.json'), languageId: 'json', version: 1, text: '{"rules": {}}' } });
    await open(danish, uri('efter-json.md'), DRAFT);
    // Handled in order: had the JSON file been linted, its diagnostics would have come first.
    expect(await danish.diagnostics(uri('efter-json.md'))).toHaveLength(1);
    expect(danish.published.filter((p) => p.uri === uri('.rnsocialrc.json'))).toEqual([]);
  });

  it('run: onSave lints on open and save, not on change; the setting arrives by didChangeConfiguration', async () => {
    const doc = uri('gem.md');
    await danish.connection.sendNotification('workspace/didChangeConfiguration', { settings: { rnsocial: { run: 'onSave', debounce: 0 } } });
    await open(danish, doc, DRAFT);
    expect(await danish.diagnostics(doc)).toHaveLength(1);
    const before = danish.published.length;
    await danish.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc, version: 2 }, contentChanges: [{ text: DRAFT.replace('Vedrørende', 'Om') }] });
    await danish.connection.sendNotification('textDocument/didSave', { textDocument: { uri: doc } });
    // The first publish after the change is the save's, for version 2.
    const next = await danish.diagnostics(doc, () => true, before);
    expect(next).toEqual([]);
    expect(danish.published.slice(before).find((p) => p.uri === doc)!.version).toBe(2);
    await danish.connection.sendNotification('workspace/didChangeConfiguration', { settings: { rnsocial: { run: 'onType', debounce: 0 } } });
  });

  it('the lang setting switches the messages and re-lints what is open', async () => {
    const before = danish.published.length;
    await danish.connection.sendNotification('workspace/didChangeConfiguration', { settings: { rnsocial: { lang: 'en', debounce: 0 } } });
    // (A re-lint the last test's settings started may still come first: wait for the English one.)
    const relinted = await danish.diagnostics(uri('varm.md'), (p) => String(p.diagnostics[0]?.message).startsWith('Write'), before);
    expect(relinted.map((d) => d.message)).toEqual([expect.stringMatching(/^Write 'Om' instead of 'Vedrørende'/)]);
    await danish.connection.sendNotification('workspace/didChangeConfiguration', { settings: { rnsocial: { lang: 'da', debounce: 0 } } });
  });

  it('a handler that throws is logged, answers empty, and the server serves on', async () => {
    const answer = await danish.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri('varm.md') }, context: {} });
    expect(answer).toEqual([]);
    expect(danish.logged.some((m) => m.startsWith('rnsocial: code action failed: TypeError'))).toBe(true);
    const hover = await danish.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('varm.md') }, position: { line: 4, character: 2 } });
    expect(hover).toMatchObject({ contents: { kind: 'markdown' } });
  });
});
