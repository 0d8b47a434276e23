/**
 * Lint many files on worker threads (like ESLint's --concurrency). Files go out in small
 * batches to whichever worker is free; results come back with their index, so the output
 * is in the same order, and identical, to a single-threaded run.
 */
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../core/errors.js';
import type { LintResult } from '../core/results.js';
import type { WorkerData } from './lint-worker.js';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 50;
const BATCH = 16;
const MAX_AUTO_WORKERS = 4;
/**
 * `auto` adds a worker per this many bytes of drafts. Each worker loads the CLI and builds the
 * rules again (about half a second of CPU), so it pays only with enough text to share: on the
 * 2-core benchmark machine 2 workers were slower on 1,000 drafts (0.9 MB) and 1.6× faster on
 * 10,000 (8.9 MB) (bench/RESULTS.md).
 */
export const AUTO_BYTES_PER_WORKER = 2 * 1024 * 1024;

export interface MachineInfo {
  cores: number;
  /** The 1-minute load average: cores other processes keep busy are not ours to use. */
  load: number;
}

const thisMachine = (): MachineInfo => ({ cores: availableParallelism(), load: loadavg()[0] ?? 0 });

/** Total size of the files, stopping once `enough` is reached (a missing file counts as empty). */
function bytesOf(files: readonly string[], enough: number): number {
  let total = 0;
  for (const file of files) {
    total += statSync(file, { throwIfNoEntry: false })?.size ?? 0;
    if (total >= enough) break;
  }
  return total;
}

/**
 * Workers for a run: `off` (default) or 1 = none; `auto` = one per 2 MB of drafts, at most one per
 * idle core (and 4), so auto is never slower than one thread: a few drafts, a busy machine or a
 * single big draft get none. `files` may be a count (then auto goes by the count alone).
 */
export function workerCount(setting: string | undefined, files: number | readonly string[], machine: MachineInfo = thisMachine()): number {
  // Off by default, as in ESLint: workers cost memory, and pay only on big runs.
  const value = setting ?? 'off';
  const count = typeof files === 'number' ? files : files.length;
  if (value === 'off') return 1;
  if (value === 'auto') {
    const idle = Math.floor(machine.cores - machine.load + 0.5);
    const cap = Math.min(idle, MAX_AUTO_WORKERS, Math.floor(count / PARALLEL_THRESHOLD));
    if (cap < 2) return 1;
    if (typeof files === 'number') return cap;
    return Math.max(1, Math.min(cap, Math.floor(bytesOf(files, cap * AUTO_BYTES_PER_WORKER) / AUTO_BYTES_PER_WORKER)));
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency must be a whole number, auto or off, not "${value}"`);
  return Math.min(n, Math.max(1, count));
}

/** `fixed`, when given, collects the number of fixes per file (as in lintFile). */
export function lintInWorkers(files: readonly string[], workers: number, data: WorkerData, fixed?: Map<string, number>): Promise<LintResult[]> {
  const results: LintResult[] = new Array<LintResult>(files.length);
  // From a bundle (ESM chunk or the CommonJS file) the worker is the ESM bundle's lint-worker.mjs.
  const script = new URL(/\.[cm]js$/.test(import.meta.url) ? './lint-worker.mjs' : './lint-worker.js', import.meta.url);
  let next = 0;
  let done = 0;
  if (files.length === 0) return Promise.resolve(results);
  return new Promise((resolve, reject) => {
    const pool: Worker[] = [];
    const finish = (error?: Error): void => {
      for (const worker of pool) void worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (worker: Worker): void => {
      if (next >= files.length) return;
      const batch: Array<[number, string]> = [];
      for (; next < files.length && batch.length < BATCH; next++) batch.push([next, files[next]!]);
      worker.postMessage(batch);
    };
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(script, { workerData: data });
      pool.push(worker);
      worker.on('message', (message: 'ready' | Array<[number, LintResult, number]>) => {
        if (message !== 'ready') {
          for (const [index, result, fixes] of message) {
            results[index] = result;
            if (fixes > 0) fixed?.set(files[index]!, fixes);
          }
          done += message.length;
          if (done === files.length) return finish();
        }
        feed(worker);
      });
      worker.on('error', (error) => finish(error));
    }
  });
}
