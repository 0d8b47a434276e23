/**
 * `rnsocial lint [paths...]` over files: find the drafts (ignore files, --changed-since), answer
 * what the cache can, lint the rest in this thread or in workers, and keep the cache.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { terminalText } from '../core/terminal-text.js';
import type { LintResult } from '../core/results.js';
import type { LintCache } from './cache.js';
import { findDrafts } from './files.js';
import type { LintOptions, RunIO } from './lint-options.js';
import type { Setup, SetupOptions } from './lint-setup.js';
import { lintInWorkers, PARALLEL_THRESHOLD, workerCount } from './parallel.js';
import { wasNotWritten } from './safe-write-message.js';
import { writeFailureReason } from './safe-write-reason.js';

export async function lintFiles(
  paths: string[],
  options: LintOptions,
  io: RunIO,
  setup: Setup,
  run: { version: string; fixed: Map<string, number>; debug: (what: string) => void },
): Promise<LintResult[]> {
  const { fixed, debug } = run;
  const { config, lang, cliPlatforms, cliRules } = setup;
  const results: LintResult[] = [];
  // The cache is opened first: when its key cannot be reused the rules are compiled, and bad rules stop the run before any file is looked for.
  let cache: LintCache | undefined;
  if (options.cache) {
    const { openCache, resolveCacheLocation } = await import('./cache.js');
    const location = resolveCacheLocation(options.cacheLocation, io.cwd);
    cache = await openCache(location, { base: path.dirname(location), version: run.version, lang, config, ruleSet: async () => (await setup.load()).ruleSet, cliPlatforms, cliRules });
    debug(`cache ${cache.file}: ${cache.note}`);
  }
  const changed = options.changedSince !== undefined ? (await import('./changed-lines.js')).changedSince(options.changedSince, io.cwd) : undefined;
  const found = await findDrafts(paths, {
    cwd: io.cwd,
    lang,
    ignores: config.ignores,
    configDir: config.dir,
    ...(options.ignorePattern ? { ignorePatterns: options.ignorePattern } : {}),
    ...(options.ignore === false ? { ignore: false } : {}),
    ...(options.errorOnUnmatchedPattern === false ? { errorOnUnmatchedPattern: false } : {}),
    // ESLint's "File ignored because of a matching ignore pattern": a named draft never looks clean by being skipped.
    onIgnored: (input) =>
      io.stderr.write(
        lang === 'da'
          ? `rnsocial: ${terminalText(input)} springes over, fordi et ignore-mønster passer på den; brug --no-ignore for at tjekke den.\n`
          : `rnsocial: ${terminalText(input)} is skipped because an ignore pattern matches it; use --no-ignore to lint it.\n`,
      ),
    onUnreadableIgnoreFile: (name, error) =>
      io.stderr.write(
        lang === 'da'
          ? `rnsocial: ${terminalText(name)} kan ikke læses: ${writeFailureReason(error, lang)}; den bruges ikke, så udkast, den ville springe over, tjekkes.\n`
          : `rnsocial: cannot read ${terminalText(name)}: ${writeFailureReason(error, lang)}; it is not used, so drafts it would skip are linted.\n`,
      ),
  });
  const files = changed ? found.filter((f) => changed.has(f)) : found;
  debug(`${files.length} file(s) found`);
  if (cache?.corrupt) {
    // After the notes about files skipped by ignore patterns, as before the cache was opened first.
    io.stderr.write(lang === 'da' ? `rnsocial: cachen ${terminalText(cache.file)} kunne ikke læses og springes over; den skrives forfra.\n` : `rnsocial: the cache ${terminalText(cache.file)} could not be read and is ignored; it is written afresh.\n`);
  }
  const workers = workerCount(options.concurrency, files);
  if (workers > 1) {
    results.push(...(await lintInParallel(files, workers, options, io.cwd, cache, fixed)));
    debug(`linted on ${workers} worker threads`);
  } else {
    // The html report draws each draft as posted: lintFile attaches the preview (and skips the cache, which has none).
    const preview = options.format === 'html';
    const fileOptions = preview ? { ...options, preview } : options;
    // Drafts unchanged since they were cached first: when that is all of them, the engine is never loaded.
    const usable = usableWhen(options.fix || options.fixDryRun);
    const pending: number[] = [];
    files.forEach((file, i) => {
      const hit = cache && !preview ? cache.getUnchanged(file, usable) : undefined;
      if (hit) results[i] = hit;
      else pending.push(i);
    });
    if (pending.length > 0) {
      const [{ lintFile }, project] = await Promise.all([import('./lint-file.js'), setup.load()]);
      for (const i of pending) results[i] = lintFile(project, files[i]!, fileOptions, cache, fixed);
    }
  }
  if (cache) {
    debug(`cache: ${cache.hits} of ${files.length} result(s) from the cache`);
    try {
      cache.save();
    } catch (error) {
      const reason = writeFailureReason(error, lang);
      io.stderr.write(lang === 'da' ? `rnsocial: cachen ${terminalText(cache.file)} kunne ikke skrives: ${reason}\n` : `rnsocial: could not write the cache ${terminalText(cache.file)}: ${reason}\n`);
    }
  }
  // --changed-since: only the messages on changed lines (after the cache, which keeps whole results).
  return changed ? results.map((r) => changed.filter(r)) : results;
}

/** Cache hits are served here; the other files go to the workers, and their results into the cache. */
async function lintInParallel(files: string[], workers: number, options: LintOptions, cwd: string, cache: LintCache | undefined, fixed: Map<string, number>): Promise<LintResult[]> {
  const results: LintResult[] = new Array<LintResult>(files.length);
  const pending: number[] = [];
  const fixing = options.fix || options.fixDryRun;
  files.forEach((file, i) => {
    const cached = cache && options.format !== 'html' ? readCached(cache, file, fixing) : undefined;
    if (cached) results[i] = cached;
    else pending.push(i);
  });
  const setup: SetupOptions = {
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.platform ? { platform: options.platform } : {}),
    ...(options.rule ? { rule: options.rule } : {}),
    ...(options.inlineConfig === false ? { inlineConfig: false } : {}),
    ...(options.reportUnusedDisableDirectives !== undefined ? { reportUnusedDisableDirectives: options.reportUnusedDisableDirectives } : {}),
  };
  const linted = await lintInWorkers(
    pending.map((i) => files[i]!),
    // auto: decided again for the drafts the cache did not answer.
    Math.min(workers, options.concurrency === 'auto' ? workerCount('auto', pending.map((i) => files[i]!)) : Math.max(1, Math.ceil(pending.length / PARALLEL_THRESHOLD))),
    { cwd, setup, file: { ...(options.fix ? { fix: true } : {}), ...(options.fixDryRun ? { fixDryRun: true } : {}), ...(options.format === 'html' ? { preview: true } : {}) } },
    fixed,
  );
  pending.forEach((fileIndex, k) => {
    const result = linted[k]!;
    results[fileIndex] = result;
    // As in lintFile: the file's current content (fixed or not); dry-run output and unsaved fixes are not cached.
    if (cache && result.output === undefined && !wasNotWritten(result)) {
      try {
        // The preview (html) is drawn afresh on every run, never cached.
        const { preview: _preview, ...cacheable } = result;
        cache.set(files[fileIndex]!, readFileSync(files[fileIndex]!), cacheable);
      } catch {
        // unreadable: nothing to cache
      }
    }
  });
  return results;
}

/** A cached result with fixes cannot stand in for a fixing run: that run must compute the fixed text. */
function usableWhen(fixing: boolean | undefined): (result: Omit<LintResult, 'filePath' | 'output'>) => boolean {
  return (r) => !(fixing && r.messages.some((m) => m.fix));
}

function readCached(cache: LintCache, file: string, fixing: boolean | undefined): LintResult | undefined {
  try {
    const usable = usableWhen(fixing);
    return cache.getUnchanged(file, usable) ?? cache.get(file, readFileSync(file), usable);
  } catch {
    return undefined;
  }
}
