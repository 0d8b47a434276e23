/**
 * Lint many files on worker threads (like ESLint's --concurrency). Files go out in small
 * batches to whichever worker is free; results come back with their index, so the output
 * is in the same order, and identical, to a single-threaded run.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../core/errors.js';
import type { LintResult } from '../core/results.js';
import type { WorkerData } from './lint-worker.js';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 50;
const BATCH = 16;
const MAX_AUTO_WORKERS = 4;

/** Workers for a run: `off` (default) or 1 = none; `auto` = one per core (at most 4) above the threshold. */
export function workerCount(setting: string | undefined, files: number): number {
  // Off by default, as in ESLint: on the 2-core benchmark machine 2 workers were slower (bench/RESULTS.md).
  const value = setting ?? 'off';
  if (value === 'off') return 1;
  if (value === 'auto') return files >= PARALLEL_THRESHOLD ? Math.min(availableParallelism(), MAX_AUTO_WORKERS) : 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency must be a whole number, auto or off, not "${value}"`);
  return Math.min(n, Math.max(1, files));
}

/** `fixed`, when given, collects the number of fixes per file (as in lintFile). */
export function lintInWorkers(files: readonly string[], workers: number, data: WorkerData, fixed?: Map<string, number>): Promise<LintResult[]> {
  const results: LintResult[] = new Array<LintResult>(files.length);
  const script = new URL(import.meta.url.endsWith('.mjs') ? './lint-worker.mjs' : './lint-worker.js', import.meta.url);
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
