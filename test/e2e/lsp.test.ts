/**
 * `rnsocial lsp --stdio` as an editor drives it: a real JSON-RPC client (vscode-jsonrpc) talks to
 * the built binary over its standard input and output. One server for the whole file, one
 * workspace folder; drafts that need their own config sit in a subfolder with it (a Project per
 * config). Every wait is for a notification, never for time.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, Hover, PublishDiagnosticsParams, Range, ShowMessageParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, rnsocial, tempProject } from '../support/cli.js';

const FRONTMATTER = '---\nplatform: facebook\npage: Aalborg Universitetshospital\n---\n';
/** Three officialese warnings with fixes; the first after æ, ø, å and an emoji on the same line. */
const LINE = 'Blåbær og 😀 på Ø: Vedrørende parkering: Såfremt du kommer i bil, kan du benytte P-huset ved indgang 3.';
const DRAFT = `${FRONTMATTER}${LINE}\n`;

/** Our own count of UTF-16 code units: a character above U+FFFF is two. */
function utf16Length(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.codePointAt(0)! > 0xffff ? 2 : 1;
  return n;
}

/** The range of `word` on 0-based `line` of `text` (lines split at LF, CRLF, CR), counted by hand. */
function rangeOf(text: string, line: number, word: string): Range {
  const lineText = text.split(/\r\n|\r|\n/)[line]!;
  const character = utf16Length(lineText.slice(0, lineText.indexOf(word)));
  return { start: { line, character }, end: { line, character: character + utf16Length(word) } };
}

class Client {
  readonly connection: MessageConnection;
  readonly shown: ShowMessageParams[] = [];
  readonly logged: string[] = [];
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;
  private readonly versions = new Map<string, number>();

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), params]);
      this.wake();
    });
    this.connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
      this.shown.push(params);
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => void this.logged.push(params.message));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    this.connection.listen();
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves when `check` holds, re-checked on every notification. */
  until<T>(check: () => T | undefined): Promise<T> {
    return new Promise((resolve) => {
      const attempt = (): void => {
        const value = check();
        if (value !== undefined) resolve(value);
        else this.waiters.push(attempt);
      };
      attempt();
    });
  }

  /** The diagnostics published for `uri` at document version `version` (or later). */
  diagnostics(uri: string, version = this.versions.get(uri) ?? 1): Promise<Diagnostic[]> {
    return this.until(() => this.published.get(uri)?.findLast((p) => (p.version ?? version) >= version)?.diagnostics);
  }

  /** The next diagnostics for `uri` after those seen so far. */
  nextDiagnostics(uri: string): Promise<Diagnostic[]> {
    const seen = this.published.get(uri)?.length ?? 0;
    return this.until(() => this.published.get(uri)?.[seen]?.diagnostics);
  }

  open(file: string, text: string): string {
    const uri = pathToFileURL(file).href;
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return uri;
  }

  /** Replace the whole text (a full-document change event); returns the new version. */
  change(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }
}

/** The text after applying a workspace edit's edits for `uri`. */
function applyEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  const edits = (edit.changes?.[uri] ?? []) as TextEdit[];
  expect(edits.length).toBeGreaterThan(0);
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
}

/** What `rnsocial lint --format json` says about `text` as the file `name` in `dir`. */
function cliMessages(dir: string, name: string, text: string): Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string; severity: number }> {
  const run = rnsocial(['lint', '--stdin', '--stdin-filename', name, '--format', 'json'], { cwd: dir, input: text });
  return (JSON.parse(run.stdout) as Array<{ messages: ReturnType<typeof cliMessages> }>)[0]!.messages;
}

describe('rnsocial lsp --stdio', () => {
  let workspace: string;
  let client: Client;

  beforeAll(async () => {
    workspace = tempProject({ 'opslag.md': DRAFT });
    const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: workspace, stdio: 'pipe' });
    client = new Client(child);
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'udkast' }],
      locale: 'da-DK',
      capabilities: { workspace: { workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } } },
      initializationOptions: { debounce: 0 },
    });
    await client.connection.sendNotification('initialized', {});
  });

  afterAll(() => {
    if (client.child.exitCode === null) client.child.kill();
  });

  it('publishes the CLI’s messages on open, at exact UTF-16 ranges after æøå and an emoji', async () => {
    const uri = client.open(path.join(workspace, 'opslag.md'), DRAFT);
    const diagnostics = await client.diagnostics(uri);
    const officialese = diagnostics.find((d) => d.range.start.character === rangeOf(DRAFT, 4, 'Vedrørende').start.character);
    expect(officialese).toMatchObject({
      range: rangeOf(DRAFT, 4, 'Vedrørende'),
      severity: 2,
      code: 'tone/officialese',
      source: 'rnsocial',
      message: 'Skriv »Om« i stedet for »Vedrørende«: vi skriver, som vi taler.',
    });
    expect(officialese!.codeDescription!.href).toBe(pathToFileURL(path.resolve(BIN, '../../docs/rules/tone/officialese.md')).href);
    // Everything the CLI says, where it says it (1-based → 0-based), and nothing else.
    const cli = cliMessages(workspace, 'opslag.md', DRAFT);
    expect(cli.length).toBe(3);
    expect(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message, d.severity === 1 ? 2 : 1])).toEqual(
      cli.map((m) => [m.ruleId, m.line - 1, m.column - 1, m.endLine - 1, m.endColumn - 1, m.message, m.severity]),
    );
  });

  it('a draft with a BOM and CRLF: ranges count the BOM the editor’s text starts with', async () => {
    const text = `\uFEFFÆ😀 Vedrørende mødet.\r\nSåfremt du kan.\r\n`;
    const uri = client.open(path.join(workspace, 'facebook', 'bom.md'), text);
    const diagnostics = await client.diagnostics(uri);
    const ranges = diagnostics.filter((d) => d.code === 'tone/officialese').map((d) => d.range);
    // Line 0: the BOM, Æ, two units of 😀 and a space come first.
    expect(ranges).toEqual([{ start: { line: 0, character: 5 }, end: { line: 0, character: 15 } }, rangeOf(text, 1, 'Såfremt')]);
  });

  it('didChange re-lints: the fixed word’s diagnostic goes, the others stay', async () => {
    const uri = client.open(path.join(workspace, 'aendring.md'), DRAFT);
    expect((await client.diagnostics(uri)).filter((d) => d.code === 'tone/officialese')).toHaveLength(3);
    const version = client.change(uri, DRAFT.replace('Vedrørende', 'Om'));
    const after = await client.diagnostics(uri, version);
    expect(after.map((d) => d.message)).toEqual([
      'Skriv »Hvis« i stedet for »Såfremt«: vi skriver, som vi taler.',
      'Skriv »bruge« i stedet for »benytte«: vi skriver, som vi taler.',
    ]);
  });

  it('a quick fix per message and a disable comment; applying the fix leaves the other messages', async () => {
    const uri = client.open(path.join(workspace, 'ret.md'), DRAFT);
    const diagnostics = await client.diagnostics(uri);
    const target = diagnostics.find((d) => String(d.message).includes('Vedrørende'))!;
    const actions = await client.codeActions(uri, target.range, [target]);
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      ['Ret: Skriv »Om« i stedet for »Vedrørende«: vi skriver, som vi taler.', 'quickfix', true],
      ['Deaktivér tone/officialese for denne linje', 'quickfix', false],
      ['Ret alle problemer, der kan rettes automatisk (rnsocial)', 'source.fixAll.rnsocial', false],
    ]);
    expect(actions[0]!.diagnostics).toEqual([target]);
    expect(actions[0]!.edit!.changes![uri]).toEqual([{ range: target.range, newText: 'Om' }]);
    expect(applyEdit(DRAFT, uri, actions[1]!.edit!)).toBe(`${FRONTMATTER}<!-- rnsocial-disable-next-line tone/officialese -- -->\n${LINE}\n`);

    const fixed = applyEdit(DRAFT, uri, actions[0]!.edit!);
    expect(fixed).toBe(DRAFT.replace('Vedrørende', 'Om'));
    const version = client.change(uri, fixed);
    const after = await client.diagnostics(uri, version);
    expect(after.map((d) => d.message)).toEqual(diagnostics.filter((d) => d !== target).map((d) => d.message));
  });

  it('source.fixAll is exactly `rnsocial lint --fix`', async () => {
    const text = `${FRONTMATTER}Vedrørende parkering: Såfremt du kommer i bil, kan du benytte P-huset.\n\nVi fremsender svar vedrørende sagen.\n`;
    const uri = client.open(path.join(workspace, 'alt.md'), text);
    await client.diagnostics(uri);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.rnsocial']);
    const viaLsp = applyEdit(text, uri, actions[0]!.edit!);

    const copy = tempProject({ 'alt.md': text });
    rnsocial(['lint', '--fix', 'alt.md'], { cwd: copy });
    const viaCli = readFileSync(path.join(copy, 'alt.md'), 'utf8');
    expect(viaCli).not.toBe(text);
    expect(viaLsp).toBe(viaCli);
  });

  it('hover on a diagnostic explains the rule: what, why, the strategy passage', async () => {
    const uri = client.open(path.join(workspace, 'hover.md'), DRAFT);
    const diagnostics = await client.diagnostics(uri);
    const hover: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: diagnostics[0]!.range.start });
    const value = (hover.contents as { kind: string; value: string }).value;
    expect((hover.contents as { kind: string }).kind).toBe('markdown');
    expect(value).toMatch(/^# tone\/officialese\n\nFinder kancelliord/);
    expect(value).toContain('## Hvorfor');
    expect(value).toMatch(/\*\*Kilde i strategien:\*\* .*Tone-of-voice/);
    expect(hover.range).toEqual(diagnostics[0]!.range);
    const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    expect(nothing).toBeNull();
  });

  it('no disable comment for a CPR number (no comment may hide one), one for the officialese beside it', async () => {
    const text = `${FRONTMATTER}Vedrørende præmien: Tillykke til Jonas (cpr 2512894321), som vinder en cykel.\n`;
    const uri = client.open(path.join(workspace, 'cpr.md'), text);
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['tone/officialese', 2],
      ['case-handling/cpr-number', 1],
    ]);
    const line = { start: { line: 4, character: 0 }, end: { line: 4, character: 80 } };
    const actions = await client.codeActions(uri, line, diagnostics, ['quickfix']);
    expect(actions.map((a) => a.title)).toEqual(['Ret: Skriv »Om« i stedet for »Vedrørende«: vi skriver, som vi taler.', 'Deaktivér tone/officialese for denne linje']);
  });

  it('frontmatter completion offers the post types', async () => {
    const uri = client.open(path.join(workspace, 'ny.md'), '---\ntype: \n---\n');
    const items: Array<{ label: string }> = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 6 } });
    expect(items.map((i) => i.label)).toEqual(['post', 'reply', 'crisis', 'job', 'event', 'campaign']);
  });

  it('a changed .rnsocialrc.json + didChangeWatchedFiles re-lints with the new config', async () => {
    const folder = path.join(workspace, 'med-config');
    mkdirSync(folder);
    const config = path.join(folder, '.rnsocialrc.json');
    writeFileSync(config, '{}\n');
    const uri = client.open(path.join(folder, 'opslag.md'), DRAFT);
    expect((await client.diagnostics(uri)).map((d) => d.code)).toContain('tone/officialese');

    writeFileSync(config, '{ "rules": { "tone/officialese": "off" } }\n');
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    expect((await next).map((d) => d.code)).not.toContain('tone/officialese');
  });

  it('an invalid config: one diagnostic on the config at its key, an error message, no stale diagnostics on the draft', async () => {
    const folder = path.join(workspace, 'forkert-config');
    mkdirSync(folder);
    const config = path.join(folder, '.rnsocialrc.json');
    const configUri = pathToFileURL(config).href;
    writeFileSync(config, '{\n  "rules": { "tone/officialese": "of" }\n}\n');
    const uri = client.open(path.join(folder, 'opslag.md'), DRAFT);
    const onConfig = await client.diagnostics(configUri);
    expect(onConfig).toHaveLength(1);
    expect(onConfig[0]).toMatchObject({ severity: 1, source: 'rnsocial', range: { start: { line: 1, character: 13 }, end: { line: 1, character: 31 } } });
    expect(onConfig[0]!.message).toMatch(/rules\.tone\/officialese: must be one of error, warn, off, not "of"/);
    expect(await client.diagnostics(uri)).toEqual([]);
    const shown = await client.until(() => client.shown.find((m) => m.message.includes('forkert-config')));
    expect(shown.type).toBe(1);
    expect(shown.message).toMatch(/^rnsocial kan ikke tjekke med denne konfiguration/);

    // Fixed: the config's diagnostic goes and the draft is linted again.
    writeFileSync(config, '{\n  "rules": { "tone/officialese": "off" }\n}\n');
    const cleared = client.nextDiagnostics(configUri);
    const relinted = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    expect(await cleared).toEqual([]);
    expect(await relinted).toEqual([]); // officialese is off: nothing left in this draft
  });

  it('broken frontmatter is an ordinary draft/* diagnostic, and the server answers on', async () => {
    const uri = client.open(path.join(workspace, 'brudt.md'), '---\nplatform: [facebook\npage: x\n---\nTekst.\n');
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics.map((d) => d.code)).toContain('draft/frontmatter');
    const other = client.open(path.join(workspace, 'efter.md'), DRAFT);
    expect(await client.diagnostics(other)).toHaveLength(3);
  });

  it('shuts down cleanly on shutdown + exit, having logged no errors', async () => {
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    expect(await client.exited).toBe(0);
    expect(client.logged.filter((m) => /failed/.test(m))).toEqual([]);
  });
});
