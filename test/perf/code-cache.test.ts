/**
 * The V8 code cache lever (bin/load-bundle.js, made by src/build/bundle.ts): the CommonJS bundle
 * loaded with its code cache prints byte for byte what it prints compiled from source, over every
 * fixture. (bin/rnsocial.js runs this bundle; test/e2e/smoke.test.ts compares it with the modules.) Needs `npm run build` (dist/bundle/rnsocial.cjs);
 * skipped without it.
 */
import { copyFileSync, existsSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { RunIO } from '../../src/cli/lint.js';
import { ROOT } from '../support/lint.js';

interface Loader {
  BUNDLE: string;
  loadBundle(options: { useCache?: boolean; file?: string; onlyWithCache?: boolean }): { exports: { runCli(argv: readonly string[], io: RunIO): Promise<number> }; usedCache: boolean } | undefined;
}

const loaderFile = path.join(ROOT, 'bin', 'load-bundle.js');
const built = existsSync(path.join(ROOT, 'dist', 'bundle', 'rnsocial.cjs.cache'));

type RunCli = NonNullable<ReturnType<Loader['loadBundle']>>['exports']['runCli'];

async function run(runCli: RunCli, args: string[]): Promise<{ code: number; stdout: string }> {
  const out: string[] = [];
  const sink = { isTTY: false, write: (chunk: string | Uint8Array) => out.push(String(chunk)) > 0 } as unknown as NodeJS.WriteStream;
  const code = await runCli(args, { cwd: ROOT, stdout: sink, stderr: { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream, readStdin: () => Promise.resolve(Buffer.alloc(0)) });
  return { code, stdout: out.join('') };
}

describe.skipIf(!built)('the CommonJS bundle with its V8 code cache', () => {
  it('is used, and prints exactly what the bundle prints without it, on every fixture (json and stylish)', async () => {
    const loader = (await import(pathToFileURL(loaderFile).href)) as Loader;
    const cached = loader.loadBundle({ useCache: true })!;
    const uncached = loader.loadBundle({ useCache: false })!;
    expect(cached.usedCache).toBe(true);
    expect(uncached.usedCache).toBe(false);
    for (const format of ['json', 'stylish']) {
      const args = ['lint', 'fixtures', '--format', format];
      const withCache = await run(cached.exports.runCli, args);
      const without = await run(uncached.exports.runCli, args);
      expect(withCache, format).toEqual(without);
      expect(withCache.code, format).toBe(1);
    }
    // The bundle finds the built-in rules beside it (import.meta.url → the bundle's own URL): rules of many packs fire.
    const ruleIds = new Set((JSON.parse((await run(cached.exports.runCli, ['lint', 'fixtures', '--format', 'json'])).stdout) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((r) => r.messages.map((m) => m.ruleId.split('/')[0])));
    expect(ruleIds.size).toBeGreaterThan(3);
  }, 180_000);

  it('is recognised by content, not file times (npm resets them when it packs), and refused for other content', async () => {
    const loader = (await import(pathToFileURL(loaderFile).href)) as Loader;
    // Beside the bundle: it finds package.json and the rules relative to itself when it loads.
    const copy = path.join(path.dirname(loader.BUNDLE), `rnsocial-copy-${process.pid}.cjs`);
    onTestFinished(() => rmSync(copy, { force: true }));
    copyFileSync(loader.BUNDLE, copy);
    utimesSync(copy, new Date('1985-10-26T08:15:00Z'), new Date('1985-10-26T08:15:00Z'));
    expect(loader.loadBundle({ file: copy, onlyWithCache: true })?.usedCache).toBe(true);
    writeFileSync(copy, '/* another build */ module.exports = {};');
    expect(loader.loadBundle({ file: copy, onlyWithCache: true })).toBeUndefined();
  }, 60_000);
});
