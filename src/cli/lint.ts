/** `rnsocial lint [paths...]`: find drafts, lint them, fix them, print or write the report. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { summarise, type LintResult } from '../core/results.js';
import { FORMAT_NAMES, loadFormatter } from '../formatters/index.js';
import type { LintCache } from './cache.js';
import { useColor } from './color.js';
import { findDrafts } from './files.js';
import { lintFile } from './lint-file.js';
import { setUp, type SetupOptions } from './lint-setup.js';
import { lintInWorkers, PARALLEL_THRESHOLD, workerCount } from './parallel.js';
import { writeFileAtomic } from './write-file.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface LintOptions {
  platform?: string[];
  /** `--no-inline-config`: false. */
  inlineConfig?: boolean;
  reportUnusedDisableDirectives?: string | boolean;
  format: string;
  outputFile?: string;
  maxWarnings?: number;
  quiet?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  rule?: string[];
  lang?: string;
  color?: boolean;
  config?: string | false;
  debug?: boolean;
  /** Worker threads: a number, auto, or off (the default; see parallel.ts). */
  concurrency?: string;
  /** Reuse results of unchanged drafts (see cache.ts). */
  cache?: boolean;
  cacheLocation?: string;
}

export interface RunIO {
  cwd: string;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  readStdin: () => Promise<Buffer>;
}

/** Returns the exit code: 0 clean, 1 lint errors or too many warnings. Throws UsageError for 2. */
export async function lintCommand(paths: string[], options: LintOptions, io: RunIO): Promise<number> {
  const started = performance.now();
  const debug = (what: string): void => {
    if (options.debug) io.stderr.write(`rnsocial: ${what} (${(performance.now() - started).toFixed(1)} ms)\n`);
  };
  if (!FORMAT_NAMES.includes(options.format)) throw new UsageError(`unknown format "${options.format}" (use ${FORMAT_NAMES.join(', ')})`);
  if (options.stdin && paths.length > 0) throw new UsageError('--stdin lints standard input; do not also name files');
  const formatter = (await loadFormatter(options.format))!;

  const { config, lang, cliPlatforms, project } = await setUp(options, io.cwd);
  debug(`config ${config.file ?? '(none, built-in defaults)'}; rules loaded`);

  const results: LintResult[] = [];
  if (options.stdin) {
    const filePath = path.resolve(io.cwd, options.stdinFilename ?? '<text>');
    const outcome = project.lintBytes(await io.readStdin(), filePath, options.fix || options.fixDryRun);
    results.push({ ...outcome.result, ...(outcome.output !== undefined ? { output: outcome.output } : {}) });
  } else {
    const files = await findDrafts(paths, { cwd: io.cwd, ignores: config.ignores, configDir: config.dir });
    debug(`${files.length} file(s) found`);
    let cache: LintCache | undefined;
    if (options.cache) {
      const { LintCache, resolveCacheLocation, runKey } = await import('./cache.js');
      const location = resolveCacheLocation(options.cacheLocation, io.cwd);
      const key = runKey({ base: path.dirname(location), version: VERSION, lang, config, ruleSet: project.ruleSet, cliPlatforms, cliRules: project.options.cliRules });
      cache = new LintCache(location, key);
      debug(`cache ${cache.file}: ${cache.note}`);
    }
    const workers = workerCount(options.concurrency, files.length);
    if (workers > 1) {
      results.push(...(await lintInParallel(files, workers, options, io.cwd, cache)));
      debug(`linted on ${workers} worker threads`);
    } else {
      for (const file of files) results.push(lintFile(project, file, options, cache));
    }
    if (cache) {
      debug(`cache: ${cache.hits} of ${files.length} result(s) from the cache`);
      try {
        cache.save();
      } catch (error) {
        io.stderr.write(`rnsocial: could not write the cache ${cache.file}: ${(error as Error).message}\n`);
      }
    }
  }
  debug('linted');

  const shown = options.quiet ? results.map(onlyErrors) : results;
  const text = formatter(shown, {
    cwd: io.cwd,
    lang,
    color: options.outputFile ? false : useColor(options.color, io.stdout),
    rules: project.ruleSet.ids.map((id) => project.ruleSet.rule(id)!),
    version: VERSION,
  });
  if (options.outputFile) writeFileAtomic(path.resolve(io.cwd, options.outputFile), text);
  else if (text !== '') io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr.write(
      lang === 'da'
        ? `rnsocial: ${warnings} advarsler er flere end --max-warnings ${options.maxWarnings}.\n`
        : `rnsocial: too many warnings (${warnings}); the maximum is ${options.maxWarnings}.\n`,
    );
    return 1;
  }
  return 0;
}


/** Cache hits are served here; the other files go to the workers, and their results into the cache. */
async function lintInParallel(files: string[], workers: number, options: LintOptions, cwd: string, cache: LintCache | undefined): Promise<LintResult[]> {
  const results: LintResult[] = new Array<LintResult>(files.length);
  const pending: number[] = [];
  const fixing = options.fix || options.fixDryRun;
  files.forEach((file, i) => {
    const cached = cache ? readCached(cache, file, fixing) : undefined;
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
    Math.min(workers, Math.max(1, Math.ceil(pending.length / PARALLEL_THRESHOLD))),
    { cwd, setup, file: { ...(options.fix ? { fix: true } : {}), ...(options.fixDryRun ? { fixDryRun: true } : {}) } },
  );
  pending.forEach((fileIndex, k) => {
    const result = linted[k]!;
    results[fileIndex] = result;
    // As in lintFile: the file's current content (fixed or not); dry-run output is not cached.
    if (cache && result.output === undefined) {
      try {
        cache.set(files[fileIndex]!, readFileSync(files[fileIndex]!), result);
      } catch {
        // unreadable: nothing to cache
      }
    }
  });
  return results;
}

function readCached(cache: LintCache, file: string, fixing: boolean | undefined): LintResult | undefined {
  try {
    return cache.get(file, readFileSync(file), (r) => !(fixing && r.messages.some((m) => m.fix)));
  } catch {
    return undefined;
  }
}

function onlyErrors(result: LintResult): LintResult {
  return summarise(
    result.filePath,
    result.messages.filter((m) => m.severity === 2),
    result.platforms,
  );
}


