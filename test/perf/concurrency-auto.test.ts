/**
 * `--concurrency auto` must never be slower than one thread: it adds a worker per 2 MB of drafts,
 * at most one per idle core, so small runs, busy machines and single big drafts stay on one thread.
 * (That worker output is identical to one thread is tested in test/e2e/parallel.test.ts.)
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AUTO_BYTES_PER_WORKER, workerCount } from '../../src/cli/parallel.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rnsocial-auto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `count` files of `size` bytes each (sparse: nothing is written). */
function files(name: string, count: number, size: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, `${name}-${i}.md`);
    writeFileSync(file, '');
    truncateSync(file, size);
    return file;
  });
}

const quiet2 = { cores: 2, load: 0.1 };

describe('--concurrency auto', () => {
  it('1,000 typical drafts (0.9 MB) stay on one thread; 10,000 (8.9 MB) get one worker per core', () => {
    expect(workerCount('auto', files('small', 1000, 900), quiet2)).toBe(1);
    const many = files('many', 10_000, 900);
    expect(workerCount('auto', many, quiet2)).toBe(2);
    expect(workerCount('auto', many, { cores: 8, load: 0 })).toBe(4);
  });

  it('one worker per 2 MB of drafts', () => {
    const set = files('mid', 200, Math.ceil((3 * AUTO_BYTES_PER_WORKER) / 200));
    expect(workerCount('auto', set, { cores: 8, load: 0 })).toBe(3);
  });

  it('a busy machine, one core, or a single big draft: one thread', () => {
    const many = files('busy', 300, 40_000);
    expect(workerCount('auto', many, quiet2)).toBe(2);
    expect(workerCount('auto', many, { cores: 2, load: 1.8 })).toBe(1);
    expect(workerCount('auto', many, { cores: 1, load: 0 })).toBe(1);
    expect(workerCount('auto', files('big', 1, 5 * 1024 * 1024), quiet2)).toBe(1);
  });

  it('off and numbers are taken as given; anything else is a usage error', () => {
    expect(workerCount(undefined, 10_000, quiet2)).toBe(1);
    expect(workerCount('off', 10_000, quiet2)).toBe(1);
    expect(workerCount('3', 10_000, quiet2)).toBe(3);
    expect(workerCount('3', 2, quiet2)).toBe(2);
    expect(() => workerCount('many', 10, quiet2)).toThrow(/--concurrency/);
  });
});
