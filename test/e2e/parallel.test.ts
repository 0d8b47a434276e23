/** Worker threads change nothing but speed: same output, same order, same fixes as one thread. */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rnsocial, tempProject } from '../support/cli.js';
import { ROOT } from '../support/lint.js';

/** A copy of all fixtures (good, bad and broken drafts), well above the parallel threshold. */
function fixtureCopy(): string {
  const dir = tempProject({});
  cpSync(path.join(ROOT, 'fixtures'), path.join(dir, 'fixtures'), { recursive: true });
  return dir;
}

describe('--concurrency', () => {
  it('prints exactly what a single-threaded run prints, in every format', () => {
    const dir = fixtureCopy();
    expect(readdirSync(path.join(dir, 'fixtures/clean')).length).toBeGreaterThan(50);
    for (const format of ['json', 'stylish', 'sarif']) {
      const serial = rnsocial(['lint', 'fixtures', '--format', format, '--concurrency', 'off'], { cwd: dir });
      const parallel = rnsocial(['lint', 'fixtures', '--format', format, '--concurrency', '3'], { cwd: dir });
      expect(parallel.code).toBe(serial.code);
      expect(parallel.stdout).toBe(serial.stdout);
    }
  });

  it('fixes the same files the same way', () => {
    const serialDir = fixtureCopy();
    const parallelDir = fixtureCopy();
    rnsocial(['lint', 'fixtures', '--fix', '--concurrency', 'off'], { cwd: serialDir });
    rnsocial(['lint', 'fixtures', '--fix', '--concurrency', '2'], { cwd: parallelDir });
    const file = 'fixtures/tone/officialese';
    for (const name of readdirSync(path.join(serialDir, file))) {
      expect(readFileSync(path.join(parallelDir, file, name), 'utf8')).toBe(readFileSync(path.join(serialDir, file, name), 'utf8'));
    }
  });

  it('serves cache hits and caches what the workers lint', () => {
    const dir = fixtureCopy();
    const first = rnsocial(['lint', 'fixtures', '--format', 'json', '--cache', '--concurrency', '2'], { cwd: dir });
    const second = rnsocial(['lint', 'fixtures', '--format', 'json', '--cache', '--concurrency', '2', '--debug'], { cwd: dir });
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toMatch(/cache: (\d+) of \1 result\(s\) from the cache/);
  });

  it('rejects a bad value', () => {
    const run = rnsocial(['lint', 'fixtures/clean', '--concurrency', 'mange']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--concurrency must be a whole number, auto or off/);
  });
});
