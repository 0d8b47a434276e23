/**
 * --cache, in-process: drafts linted once, then again from the cache with byte-for-byte the same
 * output; a changed draft, config, language or --rule is linted again; a corrupt cache is ignored;
 * --fix and --fix-dry-run stay correct; the cache file is written atomically. A changed word list
 * needs a fresh process (word lists are read once per process): test/e2e/cache.test.ts.
 */
import { isAscii } from 'node:buffer';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownWordsPack, tempProject } from '../support/cli.js';
import { cli } from '../support/in-process.js';
import { ROOT } from '../support/lint.js';

const COUNT = 60;

function fixtureTexts(): Array<{ name: string; text: string }> {
  return readdirSync(path.join(ROOT, 'fixtures'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => ({ name: path.relative(path.join(ROOT, 'fixtures'), path.join(e.parentPath, e.name)), text: readFileSync(path.join(e.parentPath, e.name), 'utf8') }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** `count` drafts, fixtures from every folder (good, bad, clean), in a folder of their own. */
function corpus(count = COUNT): string {
  const all = fixtureTexts();
  const step = Math.max(1, Math.floor(all.length / count));
  const fixtures = all.filter((_, i) => i % step === 0);
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const f = fixtures[i % fixtures.length]!;
    files[`udkast/${String(i).padStart(3, '0')}-${f.name.replace(/\//g, '-')}`] = f.text;
  }
  return tempProject(files);
}

const FIXABLE = `---
platform: facebook
page: Aalborg Universitetshospital
---
Vedrørende parkering: Vi har gratis parkering.
`;

const hits = (stderr: string): number => Number(/cache: (\d+) of \d+ result\(s\) from the cache/.exec(stderr)?.[1] ?? NaN);

describe(`--cache over ${COUNT} drafts`, () => {
  let dir: string;
  let uncached: Awaited<ReturnType<typeof cli>>;

  beforeAll(async () => {
    dir = corpus();
    uncached = await cli(['lint', 'udkast', '--format', 'json'], { cwd: dir });
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the second run takes every result from the cache and prints exactly what an uncached run prints', async () => {
    expect(uncached.code).toBe(1);
    expect((JSON.parse(uncached.stdout) as unknown[]).length).toBe(COUNT);

    const first = await cli(['lint', 'udkast', '--format', 'json', '--cache', '--debug'], { cwd: dir });
    const second = await cli(['lint', 'udkast', '--format', 'json', '--cache', '--debug'], { cwd: dir });

    expect(existsSync(path.join(dir, '.rnsocialcache'))).toBe(true);
    expect(hits(first.stderr)).toBe(0);
    expect(hits(second.stderr)).toBe(COUNT);
    expect(first.stdout).toBe(uncached.stdout);
    expect(second.stdout).toBe(uncached.stdout);
    expect(second.code).toBe(uncached.code);
  });

  it('a changed draft is linted again, the rest come from the cache', async () => {
    await cli(['lint', 'udkast', '--cache'], { cwd: dir });
    const file = path.join(dir, 'udkast', readdirSync(path.join(dir, 'udkast')).find((f) => f.includes('clean'))!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n---\n/, '\n---\nVedrørende dette opslag: '));
    const cached = await cli(['lint', 'udkast', '--format', 'json', '--cache', '--debug'], { cwd: dir });
    expect(hits(cached.stderr)).toBe(COUNT - 1);
    expect(cached.stdout).toBe((await cli(['lint', 'udkast', '--format', 'json'], { cwd: dir })).stdout);
    expect(cached.stdout).not.toBe(uncached.stdout);
    const result = (JSON.parse(cached.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>).find((r) => r.filePath === file)!;
    expect(result.messages.map((m) => m.ruleId)).toContain('tone/officialese');
  });
});


describe('--cache, the key and the cache file', () => {
  it('a changed config, --rule or --lang is a new key: everything is linted again', async () => {
    const dir = corpus(20);
    await cli(['lint', 'udkast', '--cache'], { cwd: dir });
    for (const args of [['--rule', 'tone/officialese:off'], ['--lang', 'en']]) {
      const cached = await cli(['lint', 'udkast', '--format', 'json', '--cache', '--debug', ...args], { cwd: dir });
      expect(hits(cached.stderr), args.join(' ')).toBe(0);
      expect(cached.stdout, args.join(' ')).toBe((await cli(['lint', 'udkast', '--format', 'json', ...args], { cwd: dir })).stdout);
    }
    await cli(['lint', 'udkast', '--cache'], { cwd: dir });
    writeFileSync(path.join(dir, '.rnsocialrc.json'), JSON.stringify({ rules: { 'tone/officialese': 'error' } }));
    const cached = await cli(['lint', 'udkast', '--format', 'json', '--cache', '--debug'], { cwd: dir });
    expect(hits(cached.stderr)).toBe(0);
    expect(cached.stdout).toBe((await cli(['lint', 'udkast', '--format', 'json'], { cwd: dir })).stdout);
    expect(hits((await cli(['lint', 'udkast', '--cache', '--debug'], { cwd: dir })).stderr)).toBe(20);
  }, 60_000);

  it('sarif (rule help from docs/rules) from the cache is the same too', async () => {
    const dir = corpus(20);
    for (const format of ['sarif']) {
      await cli(['lint', 'udkast', '--format', format, '--cache'], { cwd: dir });
      const cached = await cli(['lint', 'udkast', '--format', format, '--cache', '--debug'], { cwd: dir });
      expect(hits(cached.stderr), format).toBe(20);
      expect(cached.stdout, format).toBe((await cli(['lint', 'udkast', '--format', format], { cwd: dir })).stdout);
    }
  });

  it('a corrupt cache file is ignored (never fatal) and replaced by a good one', async () => {
    const dir = tempProject({ 'a.md': FIXABLE, 'b.md': FIXABLE.replace('Vedrørende parkering: ', '') });
    const plain = await cli(['lint', '.', '--format', 'json'], { cwd: dir });
    for (const garbage of ['{"format":3,"key":', 'null', '{"format":3,"key":"x","files":[]}', '{"format":"3","key":"x","files":{}}', '\u0000\u0001']) {
      writeFileSync(path.join(dir, '.rnsocialcache'), garbage);
      const run = await cli(['lint', '.', '--format', 'json', '--cache'], { cwd: dir });
      expect(run.code, garbage).toBe(plain.code);
      // Ignored with a note (in Danish by default), never fatal.
      expect(run.stderr, garbage).toBe(`rnsocial: cachen ${path.join(dir, '.rnsocialcache')} kunne ikke læses og springes over; den skrives forfra.\n`);
      expect(run.stdout, garbage).toBe(plain.stdout);
      expect(() => JSON.parse(readFileSync(path.join(dir, '.rnsocialcache'), 'utf8'))).not.toThrow();
    }
  });

  it('a cache file of another format (from another version) is replaced without a notice', async () => {
    const dir = tempProject({ 'a.md': FIXABLE, 'b.md': FIXABLE.replace('Vedrørende parkering: ', '') });
    const plain = await cli(['lint', '.', '--format', 'json'], { cwd: dir });
    writeFileSync(path.join(dir, '.rnsocialcache'), '{"format":2,"key":"x","files":{"a.md":["x",1,-1,1,"{}"]}}');
    const run = await cli(['lint', '.', '--format', 'json', '--cache'], { cwd: dir });
    expect([run.code, run.stderr, run.stdout]).toEqual([plain.code, '', plain.stdout]);
    expect((JSON.parse(readFileSync(path.join(dir, '.rnsocialcache'), 'utf8')) as { format: number }).format).toBe(3);
  });

  it('an entry of the wrong shape under the right key is a miss, not a crash', async () => {
    const dir = tempProject({ 'a.md': FIXABLE });
    const plain = await cli(['lint', '.', '--format', 'json'], { cwd: dir });
    await cli(['lint', '.', '--cache'], { cwd: dir });
    const file = path.join(dir, '.rnsocialcache');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { files: Record<string, unknown[]> };
    const result = data.files['a.md']![4] as { messages: unknown };
    result.messages = [{ ruleId: 7 }];
    writeFileSync(file, JSON.stringify(data));
    const run = await cli(['lint', '.', '--format', 'json', '--cache', '--debug'], { cwd: dir });
    expect(hits(run.stderr)).toBe(0);
    expect(run.stdout).toBe(plain.stdout);
  });

  it('--cache-location names the file, or a folder to hold .rnsocialcache; writes leave no temporary files', async () => {
    const dir = tempProject({ 'udkast/a.md': FIXABLE, 'ci/.keep': '' });
    await cli(['lint', 'udkast', '--cache', '--cache-location', 'ci/rnsocial.cache'], { cwd: dir });
    expect(existsSync(path.join(dir, 'ci/rnsocial.cache'))).toBe(true);
    await cli(['lint', 'udkast', '--cache', '--cache-location', 'ci'], { cwd: dir });
    expect(existsSync(path.join(dir, 'ci/.rnsocialcache'))).toBe(true);
    await cli(['lint', 'udkast', '--cache', '--cache-location', 'ny-mappe/'], { cwd: dir });
    expect(existsSync(path.join(dir, 'ny-mappe/.rnsocialcache'))).toBe(true);
    expect(hits((await cli(['lint', 'udkast', '--cache', '--debug', '--cache-location', 'ci/rnsocial.cache'], { cwd: dir })).stderr)).toBe(1);
    expect(existsSync(path.join(dir, '.rnsocialcache'))).toBe(false);
    for (const folder of [dir, path.join(dir, 'ci'), path.join(dir, 'ny-mappe')]) {
      expect(readdirSync(folder).filter((f) => f.includes('rnsocial-tmp'))).toEqual([]);
    }
    // Entries are relative to the cache file, so a cache restored into another checkout still hits.
    const entries = Object.keys((JSON.parse(readFileSync(path.join(dir, 'ci/rnsocial.cache'), 'utf8')) as { files: object }).files);
    expect(entries).toEqual(['../udkast/a.md']);
  });

  it('a checkout moved elsewhere with its cache (CI restoring it) still hits', async () => {
    const dir = tempProject({ 'udkast/a.md': FIXABLE, 'udkast/b.md': FIXABLE, '.rnsocialrc.json': JSON.stringify({ rules: { 'tone/officialese': 'error' } }) });
    const first = await cli(['lint', 'udkast', '--format', 'json', '--cache'], { cwd: dir });
    const moved = `${dir}-flyttet`;
    cpSync(dir, moved, { recursive: true });
    rmSync(dir, { recursive: true });
    const again = await cli(['lint', 'udkast', '--format', 'json', '--cache', '--debug'], { cwd: moved });
    expect(hits(again.stderr)).toBe(2);
    expect(again.stdout).toBe(first.stdout.replaceAll(dir, moved));
  });

  it('without --cache nothing is read or written', async () => {
    const dir = tempProject({ 'a.md': FIXABLE });
    await cli(['lint', '.', '--cache-location', 'x.cache'], { cwd: dir });
    await cli(['lint', '.'], { cwd: dir });
    expect(readdirSync(dir).sort()).toEqual(['a.md']);
  });

  it('--fix with --cache: a cached result with fixes does not stop the fix; the fixed file is then cached', async () => {
    const dir = tempProject({ 'a.md': FIXABLE });
    await cli(['lint', '.', '--cache'], { cwd: dir }); // cached, with a fix in it
    const dry = await cli(['lint', '.', '--format', 'json', '--cache', '--fix-dry-run'], { cwd: dir });
    expect((JSON.parse(dry.stdout) as Array<{ output?: string }>)[0]!.output).toContain('Om parkering');
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(FIXABLE);

    const fixed = await cli(['lint', '.', '--format', 'json', '--cache', '--fix', '--debug'], { cwd: dir });
    expect(hits(fixed.stderr)).toBe(0);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(FIXABLE.replace('Vedrørende', 'Om'));
    const again = await cli(['lint', '.', '--format', 'json', '--cache', '--debug'], { cwd: dir });
    expect(hits(again.stderr)).toBe(1);
    expect(again.stdout).toBe(fixed.stdout);
    expect(again.stdout).toBe((await cli(['lint', '.', '--format', 'json'], { cwd: dir })).stdout);
    // --fix on a cached draft with nothing to fix is a cache hit and writes nothing.
    expect(hits((await cli(['lint', '.', '--cache', '--fix', '--debug'], { cwd: dir })).stderr)).toBe(1);
  });

  it('a deleted draft leaves the cache when it is next written', async () => {
    const dir = tempProject({ 'a.md': FIXABLE, 'b.md': FIXABLE });
    await cli(['lint', '.', '--cache'], { cwd: dir });
    const read = (): string[] => Object.keys((JSON.parse(readFileSync(path.join(dir, '.rnsocialcache'), 'utf8')) as { files: object }).files).sort();
    expect(read()).toEqual(['a.md', 'b.md']);
    writeFileSync(path.join(dir, 'c.md'), FIXABLE);
    rmSync(path.join(dir, 'b.md'));
    await cli(['lint', '.', '--cache'], { cwd: dir });
    expect(read()).toEqual(['a.md', 'c.md']);
  });
});

/** The cache file's entry for `id` and its result: [hash, size, mtimeMs, lines, result]. */
function entryOf(dir: string, id: string): { raw: { format: number; key: string; files: Record<string, [string, number, number, number, Record<string, unknown>]> }; result: Record<string, unknown> } {
  const raw = JSON.parse(readFileSync(path.join(dir, '.rnsocialcache'), 'utf8')) as { format: number; key: string; files: Record<string, [string, number, number, number, Record<string, unknown>]> };
  return { raw, result: raw.files[id]![4] };
}

describe('--cache: stored results are checked against the file before use', () => {
  const WARNED = `${FIXABLE}\nDet er VIGTIGT at du kommer!!!\n`;

  /** Cache `a.md`, let `tamper` change its stored result, and lint again: must be a miss with the uncached output. */
  async function tampered(tamper: (result: Record<string, unknown>) => void): Promise<void> {
    const dir = tempProject({ 'a.md': WARNED });
    const plain = await cli(['lint', '.', '--format', 'json'], { cwd: dir });
    await cli(['lint', '.', '--cache'], { cwd: dir });
    const { raw, result } = entryOf(dir, 'a.md');
    expect((result.messages as unknown[]).length).toBeGreaterThan(0);
    tamper(result);
    writeFileSync(path.join(dir, '.rnsocialcache'), JSON.stringify(raw));
    const run = await cli(['lint', '.', '--format', 'json', '--cache', '--debug'], { cwd: dir });
    expect(hits(run.stderr)).toBe(0);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.code).toBe(plain.code);
  }
  type Message = Record<string, unknown> & { fix?: { range: number[] } };
  const first = (r: Record<string, unknown>): Message => (r.messages as Message[])[0]!;

  it('a line past the end of the file, or a huge or unsafe number, is a miss', async () => {
    await tampered((r) => void (first(r).line = 1e308));
    await tampered((r) => void (first(r).endLine = 999));
    await tampered((r) => void (first(r).column = 2 ** 53 + 1));
    await tampered((r) => void (first(r).endColumn = -1));
  });

  it('a fix range outside the file, or backwards, is a miss', async () => {
    await tampered((r) => void ((r.messages as Message[]).find((m) => m.fix)!.fix!.range = [-5, 1e308]));
    await tampered((r) => void ((r.messages as Message[]).find((m) => m.fix)!.fix!.range = [10, 5]));
  });

  it('counts that do not match the messages, or unknown platforms, are a miss', async () => {
    await tampered((r) => void (r.errorCount = 1e308));
    await tampered((r) => void (r.warningCount = (r.warningCount as number) + 1));
    await tampered((r) => void (r.platforms = ['myspace']));
    await tampered((r) => void (first(r).platforms = [[[['facebook']]]]));
  });

  it('platforms nested 200,000 deep are a miss, not a crash', async () => {
    const dir = tempProject({ 'a.md': WARNED });
    const plain = await cli(['lint', '.', '--format', 'json'], { cwd: dir });
    await cli(['lint', '.', '--cache'], { cwd: dir });
    const file = path.join(dir, '.rnsocialcache');
    const text = readFileSync(file, 'utf8');
    const deep = text.replace(/"platforms":\["facebook"\]\}\]\}\}$/, `"platforms":${'['.repeat(200_000)}${']'.repeat(200_000)}}]}}`);
    expect(deep).not.toBe(text);
    writeFileSync(file, deep);
    const run = await cli(['lint', '.', '--format', 'json', '--cache', '--debug'], { cwd: dir });
    expect(hits(run.stderr)).toBe(0);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).not.toContain('could not');
    // Kept for a draft this run did not lint, such an entry is left out when the cache is written, not fatal.
    writeFileSync(file, deep);
    writeFileSync(path.join(dir, 'b.md'), WARNED);
    const other = await cli(['lint', 'b.md', '--cache'], { cwd: dir });
    expect(other.stderr).toBe('');
    expect(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { files: object }).files)).toEqual(['b.md']);
  });
});

describe('--cache: size and mtime before hashing', () => {
  const OLD = new Date('2026-01-02T03:04:05Z');

  it('an old, unchanged draft is answered from its size and mtime; output identical to an uncached run', async () => {
    const dir = corpus(12);
    for (const f of readdirSync(path.join(dir, 'udkast'))) utimesSync(path.join(dir, 'udkast', f), OLD, OLD);
    const plain = await cli(['lint', 'udkast', '--format', 'json'], { cwd: dir });
    await cli(['lint', 'udkast', '--cache'], { cwd: dir });
    const stored = Object.values((JSON.parse(readFileSync(path.join(dir, '.rnsocialcache'), 'utf8')) as { files: Record<string, unknown[]> }).files);
    expect(stored.map((e) => e[2])).toEqual(stored.map(() => OLD.getTime()));
    const before = readFileSync(path.join(dir, '.rnsocialcache'), 'utf8');
    const again = await cli(['lint', 'udkast', '--format', 'json', '--cache', '--debug'], { cwd: dir });
    expect(hits(again.stderr)).toBe(12);
    expect(again.stdout).toBe(plain.stdout);
    // Nothing changed: the cache file is left as it was. It is written as ASCII (fast to read), Danish messages escaped.
    expect(readFileSync(path.join(dir, '.rnsocialcache'), 'utf8')).toBe(before);
    expect(isAscii(readFileSync(path.join(dir, '.rnsocialcache')))).toBe(true);
    expect(before).toContain('\\u00f8');
  });

  it('a draft edited to another size is linted again; a touched but unchanged draft still hits by its hash', async () => {
    const dir = tempProject({ 'a.md': FIXABLE, 'b.md': FIXABLE });
    for (const f of ['a.md', 'b.md']) utimesSync(path.join(dir, f), OLD, OLD);
    await cli(['lint', '.', '--cache'], { cwd: dir });
    writeFileSync(path.join(dir, 'a.md'), FIXABLE.replace('Vedrørende parkering: ', ''));
    utimesSync(path.join(dir, 'a.md'), OLD, OLD);
    utimesSync(path.join(dir, 'b.md'), new Date('2026-02-03T00:00:00Z'), new Date('2026-02-03T00:00:00Z'));
    const run = await cli(['lint', '.', '--format', 'json', '--cache', '--debug'], { cwd: dir });
    expect(hits(run.stderr)).toBe(1);
    expect(run.stdout).toBe((await cli(['lint', '.', '--format', 'json'], { cwd: dir })).stdout);
  });

  it('a draft written just now is not trusted by its mtime (it could change again within the same tick)', async () => {
    const dir = tempProject({ 'a.md': FIXABLE });
    await cli(['lint', '.', '--cache'], { cwd: dir });
    expect(entryOf(dir, 'a.md').raw.files['a.md']![2]).toBe(-1);
  });
});

describe('--cache: the rules are compiled only when a draft misses', () => {
  const OLD = new Date('2026-01-02T03:04:05Z');
  const DRAFT = `---\nplatform: facebook\npage: Aalborg Universitetshospital\n---\nHusk madpakke. Vi har gratis parkering.\n`;
  /** A project with a user pack and its word list, all old enough for their mtimes to be trusted. */
  function withPack(): string {
    const dir = tempProject({
      'udkast/a.md': DRAFT,
      'udkast/b.md': `${DRAFT}Vedrørende parkering: se kortet.\n`,
      '.rnsocialrc.json': JSON.stringify({ packs: ['pakke/egen.yml'] }),
      'pakke/egen.yml': ownWordsPack('Undgå'),
      'pakke/ord.yml': 'words:\n  - madpakke\n',
    });
    for (const f of ['udkast/a.md', 'udkast/b.md', '.rnsocialrc.json', 'pakke/egen.yml', 'pakke/ord.yml']) utimesSync(path.join(dir, f), OLD, OLD);
    return dir;
  }
  const compiled = (stderr: string): boolean => !stderr.includes('rules not compiled');

  it('an all-hit run reuses the stored key without compiling; stylish and json output as uncached', async () => {
    const dir = withPack();
    for (const format of ['stylish', 'json']) {
      const plain = await cli(['lint', 'udkast', '--format', format], { cwd: dir });
      const first = await cli(['lint', 'udkast', '--format', format, '--cache', '--debug'], { cwd: dir });
      const second = await cli(['lint', 'udkast', '--format', format, '--cache', '--debug'], { cwd: dir });
      expect(compiled(second.stderr), format).toBe(false);
      expect(hits(second.stderr), format).toBe(2);
      for (const run of [first, second]) {
        expect(run.stdout, format).toBe(plain.stdout);
        expect(run.code, format).toBe(plain.code);
        expect(run.stderr.split('\n').filter((l) => !l.startsWith('rnsocial: ')), format).toEqual(plain.stderr.split('\n').filter((l) => !l.startsWith('rnsocial: ')));
      }
    }
    // The stored key records the files it was made from: built-in rules, the user pack, its word list.
    const stored = JSON.parse(readFileSync(path.join(dir, '.rnsocialcache'), 'utf8')) as { inputs: Array<[string, number, number, string]> };
    const ids = stored.inputs.map(([id]) => id);
    expect(ids).toEqual(expect.arrayContaining(['pakke/egen.yml', 'pakke/ord.yml', 'rnsocial:rules/common.yml']));
    expect(stored.inputs.find(([id]) => id === 'pakke/ord.yml')![2]).toBe(OLD.getTime());
  });

  it('an edited user pack is a new key: linted again with the new rules', async () => {
    const dir = withPack();
    await cli(['lint', 'udkast', '--cache'], { cwd: dir });
    writeFileSync(path.join(dir, 'pakke/egen.yml'), ownWordsPack('Skriv ikke'));
    utimesSync(path.join(dir, 'pakke/egen.yml'), OLD, OLD); // same mtime, other size: still seen
    const run = await cli(['lint', 'udkast', '--format', 'json', '--cache', '--debug'], { cwd: dir });
    expect(hits(run.stderr)).toBe(0);
    expect(run.stdout).toContain('Skriv ikke');
    expect(run.stdout).toBe((await cli(['lint', 'udkast', '--format', 'json'], { cwd: dir })).stdout);
  });

  it('an edited word list is a new key; a word list only touched (same bytes) still hits', async () => {
    const dir = withPack();
    await cli(['lint', 'udkast', '--cache'], { cwd: dir });
    const list = path.join(dir, 'pakke/ord.yml');
    const touched = new Date('2026-02-03T00:00:00Z');
    utimesSync(list, touched, touched);
    const same = await cli(['lint', 'udkast', '--cache', '--debug'], { cwd: dir });
    expect(hits(same.stderr)).toBe(2);
    expect(compiled(same.stderr)).toBe(false);
    // Word lists are read once per process, so only the key is checked here (the new result: test/e2e/cache.test.ts).
    writeFileSync(list, 'words:\n  - parkering\n');
    utimesSync(list, touched, touched);
    expect(hits((await cli(['lint', 'udkast', '--cache', '--debug'], { cwd: dir })).stderr)).toBe(0);
  });

  it('an edited config is a new key; a cache file without what its key was made from still hits and gains it', async () => {
    const dir = withPack();
    await cli(['lint', 'udkast', '--cache'], { cwd: dir });
    const file = path.join(dir, '.rnsocialcache');
    const { settings: _settings, inputs: _inputs, ...older } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify(older));
    const run = await cli(['lint', 'udkast', '--cache', '--debug'], { cwd: dir });
    expect(hits(run.stderr)).toBe(2);
    expect(compiled(run.stderr)).toBe(true);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object)).toEqual(['format', 'key', 'settings', 'inputs', 'files']);
    writeFileSync(path.join(dir, '.rnsocialrc.json'), JSON.stringify({ packs: ['pakke/egen.yml'], rules: { 'egen/ord': 'warn' } }));
    const edited = await cli(['lint', 'udkast', '--format', 'json', '--cache', '--debug'], { cwd: dir });
    expect(hits(edited.stderr)).toBe(0);
    expect(edited.stdout).toBe((await cli(['lint', 'udkast', '--format', 'json'], { cwd: dir })).stdout);
  });

  it('the cache finds the built-in rules where the compiler does (it does not import the compiler)', async () => {
    const [{ BUILTIN_RULES_DIR: cacheDir }, { BUILTIN_RULES_DIR: compileDir }] = await Promise.all([import('../../src/cli/cache.js'), import('../../src/engine/compile.js')]);
    expect(cacheDir).toBe(compileDir);
  });

  it('invalid rules stop a --cache run as they stop an uncached one', async () => {
    const dir = withPack();
    await cli(['lint', 'udkast', '--cache'], { cwd: dir });
    writeFileSync(path.join(dir, 'pakke/egen.yml'), ownWordsPack('Undgå').replace('check: existence', 'check: findes-ikke'));
    const plain = await cli(['lint', 'udkast'], { cwd: dir });
    const cached = await cli(['lint', 'udkast', '--cache'], { cwd: dir });
    expect(plain.code).toBe(2);
    expect(cached.code).toBe(2);
    expect(cached.stderr).toBe(plain.stderr);
    expect(cached.stdout).toBe(plain.stdout);
  });
});
