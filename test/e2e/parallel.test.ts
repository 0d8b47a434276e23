/**
 * Worker threads change nothing but speed: the same output, order and fixes as one thread.
 * Spawned, because the workers load the built dist/cli/lint-worker.js; the single-threaded run
 * it is compared with is in-process. A small subset of the fixtures, above the 50 files from
 * which --concurrency 2 really starts two workers.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rnsocial, tempProject } from '../support/cli.js';
import { cli } from '../support/in-process.js';
import { ROOT } from '../support/lint.js';

const FOLDERS = ['fixtures/tone', 'fixtures/draft'];

/** A copy of two fixture folders (good, bad and broken drafts, fixable ones among them). */
function fixtureCopy(): string {
  const dir = tempProject({});
  for (const folder of FOLDERS) cpSync(path.join(ROOT, folder), path.join(dir, folder), { recursive: true });
  return dir;
}

function drafts(dir: string): string[] {
  return readdirSync(path.join(dir, 'fixtures'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(md|markdown)$/.test(f)).sort();
}

describe('--concurrency 2', () => {
  it('prints exactly what a single-threaded run prints', async () => {
    const dir = fixtureCopy();
    expect(drafts(dir).length).toBeGreaterThan(50);
    const serial = await cli(['lint', 'fixtures', '--format', 'json'], { cwd: dir });
    const parallel = rnsocial(['lint', 'fixtures', '--format', 'json', '--concurrency', '2', '--debug'], { cwd: dir });
    expect(parallel.stderr).toMatch(/linted on 2 worker threads/);
    expect(parallel.code).toBe(serial.code);
    expect(parallel.stdout).toBe(serial.stdout);
  });

  it('fixes the same files the same way', async () => {
    const serialDir = fixtureCopy();
    const parallelDir = fixtureCopy();
    await cli(['lint', 'fixtures', '--fix'], { cwd: serialDir });
    rnsocial(['lint', 'fixtures', '--fix', '--concurrency', '2'], { cwd: parallelDir });
    const changed = drafts(serialDir).filter((f) => readFileSync(path.join(serialDir, 'fixtures', f), 'utf8') !== readFileSync(path.join(ROOT, 'fixtures', f), 'utf8'));
    expect(changed).toContain('tone/officialese/bad-vedroerende-parkering.md');
    for (const name of drafts(serialDir)) {
      expect(readFileSync(path.join(parallelDir, 'fixtures', name), 'utf8'), name).toBe(readFileSync(path.join(serialDir, 'fixtures', name), 'utf8'));
    }
  });

  it('caches what the workers lint', async () => {
    const dir = fixtureCopy();
    const first = rnsocial(['lint', 'fixtures', '--format', 'json', '--cache', '--concurrency', '2'], { cwd: dir });
    const second = await cli(['lint', 'fixtures', '--format', 'json', '--cache', '--debug'], { cwd: dir });
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toContain(`cache: ${drafts(dir).length} of ${drafts(dir).length} result(s) from the cache`);
  });
});
