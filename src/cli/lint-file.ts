/** Lint one file from disk: read it, use the cache when it can, fix and write it when asked. */
import { readFileSync } from 'node:fs';
import type { LintResult } from '../core/results.js';
import type { Project } from '../engine/project.js';
import type { LintCache } from './cache.js';
import { onOriginalLines } from './fix-report.js';
import { writeFileAtomic } from './write-file.js';

export interface FileOptions {
  fix?: boolean;
  fixDryRun?: boolean;
}

/** `fixed`, when given, collects how many fixes were applied (or, in a dry run, would be) per file. */
export function lintFile(project: Project, file: string, options: FileOptions, cache?: LintCache, fixed?: Map<string, number>): LintResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return project.lintUnreadable(file, (error as NodeJS.ErrnoException).code ?? 'EIO');
  }
  const fixing = options.fix || options.fixDryRun;
  // A cached result with fixes cannot stand in for a fixing run: that run must compute the fixed text.
  const cached = cache?.get(file, bytes, (r) => !(fixing && r.messages.some((m) => m.fix)));
  if (cached) return cached;
  const outcome = project.lintBytes(bytes, file, fixing);
  if (outcome.fixes) fixed?.set(file, outcome.fixes);
  if (outcome.output !== undefined && options.fix && !options.fixDryRun) {
    writeFileAtomic(file, outcome.output);
    // The result describes the fixed text, which is now the file's content.
    cache?.set(file, Buffer.from(outcome.output, 'utf8'), outcome.result);
    return outcome.result;
  }
  // With --fix-dry-run and fixes, the result describes text that is not on disk: not cached.
  if (outcome.output === undefined) cache?.set(file, bytes, outcome.result);
  if (outcome.output === undefined) return outcome.result;
  // A dry run reports what is left at its place in the file on disk, not in the fixed text.
  return { ...onOriginalLines(outcome.result, Buffer.from(bytes).toString('utf8'), outcome.output), output: outcome.output };
}
