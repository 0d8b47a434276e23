/**
 * --cache, in-process: drafts linted once, then again from the cache with byte-for-byte the same
 * output; a changed draft, config, language or --rule is linted again; a corrupt cache is ignored;
 * --fix and --fix-dry-run stay correct; the cache file is written atomically. A changed word list
 * needs a fresh process (word lists are read once per process): test/e2e/cache.test.ts.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject } from '../support/cli.js';
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
  });

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
    for (const garbage of ['{"format":1,"key":', 'null', '{"format":1,"key":"x","files":[]}', '\u0000\u0001']) {
      writeFileSync(path.join(dir, '.rnsocialcache'), garbage);
      const run = await cli(['lint', '.', '--format', 'json', '--cache'], { cwd: dir });
      expect(run.code, garbage).toBe(plain.code);
      expect(run.stderr, garbage).toBe('');
      expect(run.stdout, garbage).toBe(plain.stdout);
      expect(() => JSON.parse(readFileSync(path.join(dir, '.rnsocialcache'), 'utf8'))).not.toThrow();
    }
  });

  it('an entry of the wrong shape under the right key is a miss, not a crash', async () => {
    const dir = tempProject({ 'a.md': FIXABLE });
    const plain = await cli(['lint', '.', '--format', 'json'], { cwd: dir });
    await cli(['lint', '.', '--cache'], { cwd: dir });
    const file = path.join(dir, '.rnsocialcache');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { files: Record<string, { result: { messages: unknown } }> };
    data.files['a.md']!.result.messages = [{ ruleId: 7 }];
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
