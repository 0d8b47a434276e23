/**
 * The VS Code extension as it ships: editors/vscode/build.mjs builds it into a temporary folder,
 * the real vsce packs it, and the .vsix (a zip) is opened and checked: the manifest VS Code reads,
 * the bundled client and server, the rules and rule pages the server reads. Then the server is
 * started from the unpacked .vsix, with nothing else of the repository at hand, and answers a
 * draft with diagnostics and a hover. VS Code itself cannot run here; this is what it would load.
 * Needs `npm run build` (the precompiled validators and rules snapshot the extension copies) and
 * the extension's own dependencies (vsce, vscode-languageclient, @types/vscode: editors/vscode's
 * package-lock.json; .ci/run installs them, and this test does when they are missing).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ROOT } from '../support/lint.js';
import { must, tempDir, toolEnv } from './tools.js';

const EXTENSION = path.join(ROOT, 'editors/vscode');
/**
 * Where an installed package lives (its bin scripts are not all in node_modules/.bin on every
 * platform): the extension's own packages from editors/vscode, the rest from the root.
 */
const packageDir = (name: string, from = ROOT): string => path.dirname(createRequire(path.join(from, 'package.json')).resolve(`${name}/package.json`));
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const DRAFT = `---
platform: facebook
page: Aalborg Universitetshospital
---
Vedrørende parkering: Vi har gratis parkering.
`;

/** The files of a zip archive by name (stored or deflated, as vsce writes them). */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])); // end of central directory
  if (end < 0) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16); // central directory
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`broken central directory entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    files.set(name, method === 0 ? raw : inflateRawSync(raw));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

/** Every file under `folder` of the repository, as paths relative to the repository. */
function filesUnder(folder: string): string[] {
  return (readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; parentPath: string; name: string }>)
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('VS Code extension (.vsix)', () => {
  let work: string;
  let files: Map<string, Buffer>;
  let unpacked: string;

  beforeAll(() => {
    work = tempDir('vscode');
    const env = toolEnv(work);
    // The extension's tools are not the CLI's dependencies (they would weigh on every install of rnsocial).
    if (!existsSync(path.join(EXTENSION, 'node_modules/@vscode/vsce'))) must('npm', ['ci', '--no-audit', '--no-fund'], { cwd: EXTENSION, env });
    const VSCE = path.join(packageDir('@vscode/vsce', EXTENSION), 'vsce');
    const folder = path.join(work, 'extension-src');
    const vsix = path.join(work, `rnsocial-${VERSION}.vsix`);
    must(process.execPath, [path.join(ROOT, 'editors/vscode/build.mjs'), '--out', folder], { cwd: ROOT, env });
    must(process.execPath, [VSCE, 'package', '--no-dependencies', '--out', vsix], { cwd: folder, env });
    files = readZip(readFileSync(vsix));
    unpacked = path.join(work, 'unpacked');
    for (const [name, data] of files) {
      mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
      writeFileSync(path.join(unpacked, name), data);
    }
  });

  it('has the manifest VS Code reads: name, publisher, engine, entry, activation on Markdown', () => {
    const manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8')) as Record<string, any>;
    expect(manifest).toMatchObject({
      name: 'rnsocial',
      publisher: 'region-nordjylland',
      version: VERSION,
      license: 'MIT',
      engines: { vscode: '^1.91.0' },
      main: './dist/extension.js',
      activationEvents: ['onLanguage:markdown'],
    });
    expect(files.has('extension/dist/extension.js')).toBe(true);
    expect(manifest.dependencies ?? {}).toEqual({}); // everything is bundled
  });

  it('contributes the three settings and documents source.fixAll.rnsocial for editor.codeActionsOnSave', () => {
    const manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8')) as Record<string, any>;
    const properties = manifest.contributes.configuration.properties as Record<string, { type: string; default: unknown; enum?: string[] }>;
    expect(Object.keys(properties).sort()).toEqual(['rnsocial.enable', 'rnsocial.lang', 'rnsocial.run']);
    expect(properties['rnsocial.enable']).toMatchObject({ type: 'boolean', default: true });
    expect(properties['rnsocial.lang']).toMatchObject({ type: 'string', enum: ['da', 'en', 'auto'], default: 'da' });
    expect(properties['rnsocial.run']).toMatchObject({ type: 'string', enum: ['onType', 'onSave'], default: 'onType' });
    const kinds = (manifest.contributes.codeActions as Array<{ languages: string[]; actions: Array<{ kind: string }> }>).flatMap((c) => c.actions.map((a) => `${c.languages.join()}:${a.kind}`));
    expect(kinds).toContain('markdown:source.fixAll.rnsocial');
    // The editors' guide and the extension's own README name every setting and the fix-all kind.
    for (const doc of [readFileSync(path.join(ROOT, 'docs/editors.md'), 'utf8'), files.get('extension/readme.md')!.toString('utf8')]) {
      for (const name of [...Object.keys(properties), 'source.fixAll.rnsocial']) expect(doc).toContain(name);
    }
  });

  it('bundles the client with vscode left to VS Code, and starts the bundled server', () => {
    const client = files.get('extension/dist/extension.js')!.toString('utf8');
    expect(client).toContain('require("vscode")');
    expect(client).toContain('dist/server.js');
    expect(client).not.toMatch(/require\("vscode-languageclient/); // bundled in, not looked up
  });

  it('the client type-checks against the VS Code API of the engine it declares (@types/vscode 1.91)', () => {
    const types = JSON.parse(readFileSync(path.join(packageDir('@types/vscode', EXTENSION), 'package.json'), 'utf8')) as { version: string };
    expect(types.version).toMatch(/^1\.91\./);
    const tsc = path.join(packageDir('typescript'), 'bin/tsc');
    expect(must(process.execPath, [tsc, '-p', 'editors/vscode', '--noEmit'], { cwd: ROOT, env: toolEnv(work) }).stdout).toBe('');
  }, 180_000); // tsc loads @types/vscode and @types/node: slow on a loaded machine

  it('holds the server and everything it reads at run time, and no sources', () => {
    const names = [...files.keys()];
    const shipped = ['rules', 'docs/rules', 'schema'].flatMap(filesUnder);
    expect(shipped.length).toBeGreaterThan(50);
    expect(shipped.filter((file) => !files.has(`extension/${file}`))).toEqual([]);
    for (const file of ['dist/server.js', 'dist/config-validator.cjs', 'dist/kind-validators.cjs', 'dist/rules.snapshot.json', 'LICENSE.txt', 'readme.md', 'changelog.md']) {
      expect(names, file).toContain(`extension/${file}`);
    }
    expect(names.filter((name) => /\.(ts|mjs|map|vsix)$|node_modules|tsconfig/.test(name))).toEqual([]);
  });

  describe('the bundled server, started from the unpacked .vsix', () => {
    let server: ChildProcess;
    let connection: MessageConnection;
    /** What the server logged: a failing test says why the diagnostics did not come. */
    const logs: string[] = [];
    const folder = (): string => path.join(work, 'drafts');
    const uri = (): string => pathToFileURL(path.join(folder(), 'opslag.md')).href;

    beforeAll(async () => {
      mkdirSync(folder(), { recursive: true });
      // cwd outside the repository and the extension: the server finds its files from its own place.
      server = spawn(process.execPath, [path.join(unpacked, 'extension/dist/server.js'), '--stdio'], { cwd: folder(), env: toolEnv(work), stdio: ['pipe', 'pipe', 'inherit'] });
      connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
      connection.onNotification('window/logMessage', (params: { message: string }) => void logs.push(params.message));
      connection.onNotification('window/showMessage', (params: { message: string }) => void logs.push(params.message));
      connection.listen();
      await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(folder()).href,
        workspaceFolders: [{ uri: pathToFileURL(folder()).href, name: 'drafts' }],
        capabilities: {},
        initializationOptions: { enable: true, lang: 'da', run: 'onType' },
      });
      await connection.sendNotification('initialized', {});
    });

    afterAll(async () => {
      await connection?.sendRequest('shutdown').catch(() => undefined);
      await connection?.sendNotification('exit').catch(() => undefined);
      connection?.dispose();
      server?.kill();
    });

    it('publishes tone/officialese on »Vedrørende« with the rule as code and the fix as a quick fix', async () => {
      const published = new Promise<{ uri: string; diagnostics: Array<Record<string, any>> }>((resolve, reject) => {
        connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Array<Record<string, any>> }) => {
          if (params.uri === uri() && params.diagnostics.length > 0) resolve(params);
        });
        setTimeout(() => reject(new Error(`no diagnostics within 30 s; the server said:\n${logs.join('\n')}`)), 30_000).unref();
      });
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'markdown', version: 1, text: DRAFT } });
      const { diagnostics } = await published;
      expect(diagnostics.map((d) => ({ code: d.code, source: d.source, range: d.range, severity: d.severity }))).toEqual([
        { code: 'tone/officialese', source: 'rnsocial', range: { start: { line: 4, character: 0 }, end: { line: 4, character: 10 } }, severity: 2 },
      ]);
      expect(diagnostics[0]!.message).toContain('»Vedrørende«');

      const actions = (await connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: uri() },
        range: diagnostics[0]!.range,
        context: { diagnostics, only: ['quickfix'] },
      })) as Array<{ title: string; edit?: { changes?: Record<string, Array<{ newText: string }>> } }>;
      expect(actions.flatMap((a) => a.edit?.changes?.[uri()] ?? []).map((e) => e.newText)).toContain('Om');
    });

    it('hovers with the rule page and the strategy passage, read from the docs/rules and rules/ in the .vsix', async () => {
      const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri: uri() }, position: { line: 4, character: 3 } })) as { contents: { value: string } | string } | null;
      const text = typeof hover?.contents === 'string' ? hover.contents : (hover?.contents.value ?? '');
      expect(text).toContain('tone/officialese');
      expect(text).toContain('Tone-of-voice');
    });
  });
});
