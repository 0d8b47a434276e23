/** Lint one file from disk: read it, use the cache when it can, fix and write it when asked. */
import type { LintResult } from '../core/results.js';
import type { Draft } from '../draft/draft.js';
import type { Project } from '../engine/project.js';
import { buildPreview } from '../preview/build.js';
import type { LintCache } from './cache.js';
import { onOriginalLines } from './fix-report.js';
import { notWrittenResult } from './safe-write-message.js';
import { readDraft, writeFixedDraft, type ReadDraft } from './safe-write.js';

export interface FileOptions {
  fix?: boolean;
  fixDryRun?: boolean;
  /** Attach how the draft looks when posted (`result.preview`, for --format html); never from the cache. */
  preview?: boolean;
}

/** `fixed`, when given, collects how many fixes were applied (or, in a dry run, would be) per file. */
export function lintFile(project: Project, file: string, options: FileOptions, cache?: LintCache, fixed?: Map<string, number>): LintResult {
  // A draft with the size and mtime it was cached with is answered without reading it (same rules as below).
  const unchanged = options.preview ? undefined : cache?.getUnchanged(file, (r) => !((options.fix || options.fixDryRun) && r.messages.some((m) => m.fix)));
  if (unchanged) return unchanged;
  let read: ReadDraft;
  try {
    read = readDraft(file);
  } catch (error) {
    return project.lintUnreadable(file, (error as NodeJS.ErrnoException).code ?? 'EIO');
  }
  const { bytes } = read;
  const fixing = options.fix || options.fixDryRun;
  // A cached result with fixes cannot stand in for a fixing run: that run must compute the fixed text.
  // A cached result has no draft to preview: a report that shows previews lints afresh.
  const cached = options.preview ? undefined : cache?.get(file, bytes, (r) => !(fixing && r.messages.some((m) => m.fix)));
  if (cached) return cached;
  const outcome = project.lintBytes(bytes, file, fixing);
  const previewed = (result: LintResult, draft: Draft = outcome.draft): LintResult =>
    options.preview ? { ...result, preview: buildPreview(project, draft, result.platforms, project.options.lang) } : result;
  if (outcome.fixes) fixed?.set(file, outcome.fixes);
  if (outcome.output !== undefined && options.fix && !options.fixDryRun) {
    const notWritten = writeFixedDraft(file, outcome.output, read);
    if (notWritten) {
      // The file is as it was read: its result, plus why it was not fixed; not cached (see safe-write-message.ts).
      fixed?.delete(file);
      return previewed(notWrittenResult(project, file, bytes, notWritten), project.parse(bytes, file));
    }
    // The result describes the fixed text, which is now the file's content.
    cache?.set(file, Buffer.from(outcome.output, 'utf8'), outcome.result);
    return previewed(outcome.result);
  }
  // With --fix-dry-run and fixes, the result describes text that is not on disk: not cached.
  if (outcome.output === undefined) cache?.set(file, bytes, outcome.result);
  if (outcome.output === undefined) return previewed(outcome.result);
  // A dry run reports what is left at its place in the file on disk, not in the fixed text.
  return previewed({ ...onOriginalLines(outcome.result, Buffer.from(bytes).toString('utf8'), outcome.output), output: outcome.output }, project.parse(bytes, file));
}
