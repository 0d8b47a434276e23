/**
 * A config that cannot be loaded is the user's mistake: a UsageError naming the file and the
 * config's own reason, never an internal error. (Syntax errors and the bundled build: test/e2e/config-errors.test.ts.)
 */
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { UsageError } from '../../src/core/errors.js';

/** A folder with these files; returns its path. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rnsocial-config-errors-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The message of the UsageError loadConfig rejects with. */
async function failure(dir: string, configFile?: string): Promise<string> {
  const error = await loadConfig({ cwd: dir, ...(configFile ? { configFile } : {}) }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  return (error as Error).message;
}

describe('a JavaScript config that fails', () => {
  it('shows what a throwing rnsocial.config.js threw, and runs it once', async () => {
    const dir = folder({ 'rnsocial.config.js': 'require("node:fs").appendFileSync(__dirname + "/runs.txt", "x");\nthrow new Error("boom from config");\n' });
    expect(await failure(dir)).toBe(`invalid config ${path.join(dir, 'rnsocial.config.js')}: boom from config`);
    expect(readFileSync(path.join(dir, 'runs.txt'), 'utf8')).toBe('x');
  });

  it('shows what a throwing rnsocial.config.mjs threw', async () => {
    const dir = folder({ 'rnsocial.config.mjs': 'throw new TypeError("mjs boom");\n' });
    expect(await failure(dir)).toBe(`invalid config ${path.join(dir, 'rnsocial.config.mjs')}: mjs boom`);
  });

  it.each([
    ['throw "a string";', 'threw "a string"'],
    ['throw null;', 'threw null'],
    ['throw 42;', 'threw 42'],
  ])('names a thrown value that is not an Error: %s', async (code, reason) => {
    const dir = folder({ 'rnsocial.config.js': `${code}\n` });
    expect(await failure(dir)).toBe(`invalid config ${path.join(dir, 'rnsocial.config.js')}: ${reason}`);
  });

  it('shows the reason of a rejected promise', async () => {
    const dir = folder({ 'rnsocial.config.mjs': 'export default Promise.reject(new Error("async boom"));\n' });
    expect(await failure(dir)).toBe(`invalid config ${path.join(dir, 'rnsocial.config.mjs')}: async boom`);
  });

  it('turns a getter that throws into an invalid config, not an internal error', async () => {
    const dir = folder({ 'rnsocial.config.mjs': 'export default { get units() { throw new Error("getter boom"); } };\n' });
    expect(await failure(dir)).toBe(`invalid config ${path.join(dir, 'rnsocial.config.mjs')}: getter boom`);
  });

  it('still loads a working CommonJS and ES module config', async () => {
    const cjs = await loadConfig({ cwd: folder({ 'rnsocial.config.js': 'module.exports = { lang: "en" };\n' }) });
    const esm = await loadConfig({ cwd: folder({ 'rnsocial.config.mjs': 'export default { platform: "instagram" };\n' }) });
    expect([cjs.lang, esm.platform]).toEqual(['en', ['instagram']]);
  });
});

describe('a broken package.json', () => {
  const BROKEN = '{"name": "opslag",\n';

  it('without an "rnsocial" key is not a config: the defaults apply', async () => {
    const config = await loadConfig({ cwd: folder({ 'package.json': BROKEN }) });
    expect([config.file, config.platform]).toEqual([undefined, []]);
  });

  it('does not stop the config beside it from loading', async () => {
    const dir = folder({ 'package.json': BROKEN, '.rnsocialrc.json': '{"lang": "en"}' });
    const config = await loadConfig({ cwd: dir });
    expect([config.file, config.lang]).toEqual([path.join(dir, '.rnsocialrc.json'), 'en']);
  });

  it('that seems to hold the config is reported in one line with its position', async () => {
    const dir = folder({ 'package.json': '{"name": "opslag", "rnsocial": {"lang": "en",}}\n' });
    const message = await failure(dir);
    expect(message).toMatch(new RegExp(`^invalid config ${escape(path.join(dir, 'package.json'))}:1:\\d+: \\S`));
    expect(message).not.toContain('\n');
  });

  it('named by --config is reported, not skipped', async () => {
    const dir = folder({ 'package.json': BROKEN });
    expect(await failure(dir, 'package.json')).toMatch(new RegExp(`^invalid config ${escape(path.join(dir, 'package.json'))}:2`));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('a JavaScript config edited while rnsocial runs (rnsocial lsp reloads it)', () => {
  it('is imported again, not taken from the module cache', async () => {
    const dir = folder({ 'rnsocial.config.mjs': 'export default { lang: "en" };\n' });
    expect((await loadConfig({ cwd: dir })).lang).toBe('en');
    writeFileSync(path.join(dir, 'rnsocial.config.mjs'), 'export default { lang: "da" };\n');
    utimesSync(path.join(dir, 'rnsocial.config.mjs'), new Date(), new Date(Date.now() + 5_000));
    expect((await loadConfig({ cwd: dir })).lang).toBe('da');
  });
});
