/** `rnsocial lint [paths...]`: find drafts, lint them, fix them, print or write the report. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { terminalText } from '../core/terminal-text.js';
import { summarise, type LintResult } from '../core/results.js';
import { FORMAT_NAMES, loadFormatter } from '../formatters/index.js';
import type { LintCache } from './cache.js';
import { useColor } from './color.js';
import { findDrafts } from './files.js';
import { fixSummary, onOriginalLines, unifiedDiff } from './fix-report.js';
import { lintFile } from './lint-file.js';
import { setUp, type SetupOptions } from './lint-setup.js';
import { lintInWorkers, PARALLEL_THRESHOLD, workerCount } from './parallel.js';
import { wasNotWritten } from './safe-write-message.js';
import { writeFailureReason } from './safe-write-reason.js';
import { writeReport } from './safe-write-report.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface LintOptions {
  platform?: string[];
  /** `--no-inline-config`: false. */
  inlineConfig?: boolean;
  reportUnusedDisableDirectives?: string | boolean;
  format: string;
  outputFile?: string;
  /** `--print-config <file>`: print the config for that file instead of linting. */
  printConfig?: string;
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
  /** `--ignore-pattern`: more globs to skip, relative to the working folder (repeatable). */
  ignorePattern?: string[];
  /** `--no-ignore`: false. */
  ignore?: boolean;
  /** `--no-error-on-unmatched-pattern`: false. */
  errorOnUnmatchedPattern?: boolean;
  /** `--changed-since <ref>`: only drafts, and messages on lines, changed since this git ref (see changed-lines.ts). */
  changedSince?: string;
  /** `--baseline <file>`: the messages this baseline holds are suppressed (see baseline.ts). */
  baseline?: string;
  /** `--update-baseline`: write the run's messages to the baseline file first. */
  updateBaseline?: boolean;
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
  if (options.printConfig !== undefined) {
    const { printConfigCommand } = await import('./print-config.js');
    io.stdout.write(await printConfigCommand(options.printConfig, options, io.cwd));
    return 0;
  }
  const debug = (what: string): void => {
    if (options.debug) io.stderr.write(`rnsocial: ${what} (${(performance.now() - started).toFixed(1)} ms)\n`);
  };
  if (!FORMAT_NAMES.includes(options.format)) throw new UsageError(`unknown format "${options.format}" (use ${FORMAT_NAMES.join(', ')})`);
  if (options.stdin && paths.length > 0) throw new UsageError('--stdin lints standard input; do not also name files');
  if (options.stdin && options.changedSince !== undefined) throw new UsageError('--changed-since lints the drafts git has changed; it cannot be used with --stdin');
  if (options.updateBaseline && options.changedSince !== undefined) throw new UsageError('--update-baseline writes every problem of the run; do not combine it with --changed-since');
  if (options.fix && options.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together: --fix writes the fixes, --fix-dry-run only shows them');
  // --stdin --fix prints the fixed text on standard output; the report goes to stderr, which only suits stylish.
  const fixStdin = Boolean(options.stdin && options.fix);
  if (fixStdin && options.format !== 'stylish' && !options.outputFile) {
    throw new UsageError(`--stdin --fix prints the fixed text on standard output; use --output-file for the ${options.format} report, or --fix-dry-run --format json for the fixed text as "output"`);
  }
  const formatter = (await loadFormatter(options.format))!;

  const { config, lang, cliPlatforms, project } = await setUp(options, io.cwd);
  debug(`config ${config.file ?? '(none, built-in defaults)'}; rules loaded`);

  const results: LintResult[] = [];
  const fixed = new Map<string, number>();
  const originals = new Map<string, string>();
  if (options.stdin) {
    const filePath = path.resolve(io.cwd, options.stdinFilename ?? '<text>');
    const input = await io.readStdin();
    const outcome = project.lintBytes(input, filePath, options.fix || options.fixDryRun);
    if (outcome.fixes) fixed.set(filePath, outcome.fixes);
    if (fixStdin) {
      // The fixed text (or the text as it came, when nothing was fixed) is the output; the report describes it.
      io.stdout.write(outcome.output ?? Buffer.from(input).toString('utf8'));
      results.push(outcome.result);
    } else if (outcome.output !== undefined) {
      const original = Buffer.from(input).toString('utf8');
      originals.set(filePath, original);
      results.push({ ...onOriginalLines(outcome.result, original, outcome.output), output: outcome.output });
    } else {
      results.push(outcome.result);
    }
  } else {
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
            ? `rnsocial: ${name} kan ikke læses: ${writeFailureReason(error, lang)}; den bruges ikke, så udkast, den ville springe over, tjekkes.\n`
            : `rnsocial: cannot read ${name}: ${writeFailureReason(error, lang)}; it is not used, so drafts it would skip are linted.\n`,
        ),
    });
    const files = changed ? found.filter((f) => changed.has(f)) : found;
    debug(`${files.length} file(s) found`);
    let cache: LintCache | undefined;
    if (options.cache) {
      const { LintCache, resolveCacheLocation, runKey } = await import('./cache.js');
      const location = resolveCacheLocation(options.cacheLocation, io.cwd);
      const key = runKey({ base: path.dirname(location), version: VERSION, lang, config, ruleSet: project.ruleSet, cliPlatforms, cliRules: project.options.cliRules });
      cache = new LintCache(location, key);
      debug(`cache ${cache.file}: ${cache.note}`);
      if (cache.corrupt) io.stderr.write(lang === 'da' ? `rnsocial: cachen ${cache.file} kunne ikke læses og springes over; den skrives forfra.\n` : `rnsocial: the cache ${cache.file} could not be read and is ignored; it is written afresh.\n`);
    }
    const workers = workerCount(options.concurrency, files);
    if (workers > 1) {
      results.push(...(await lintInParallel(files, workers, options, io.cwd, cache, fixed)));
      debug(`linted on ${workers} worker threads`);
    } else {
      // The html report draws each draft as posted: lintFile attaches the preview (and skips the cache, which has none).
      const fileOptions = options.format === 'html' ? { ...options, preview: true } : options;
      for (const file of files) results.push(lintFile(project, file, fileOptions, cache, fixed));
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
    if (changed) results.splice(0, results.length, ...results.map((r) => changed.filter(r)));
  }
  debug('linted');
  if (options.baseline !== undefined || options.updateBaseline) {
    const { useBaseline } = await import('./baseline.js');
    results.splice(0, results.length, ...useBaseline(results, options, io, lang));
  }

  const shown = options.quiet ? results.map(onlyErrors) : results;
  const text = formatter(shown, {
    cwd: io.cwd,
    lang,
    color: options.outputFile ? false : useColor(options.color, io.stdout),
    rules: project.ruleSet.ids.map((id) => project.ruleSet.rule(id)!),
    version: VERSION,
  });
  if (options.fixDryRun && options.format === 'stylish') {
    // What --fix would change, as a unified diff, before the problems that would be left.
    for (const r of results) {
      if (r.output === undefined) continue;
      let original = originals.get(r.filePath);
      try {
        original ??= readFileSync(r.filePath, 'utf8');
      } catch {
        continue;
      }
      io.stdout.write(unifiedDiff(terminalText(path.relative(io.cwd, r.filePath) || r.filePath), original, r.output));
    }
  }
  if (options.outputFile) {
    writeReport(options.outputFile, text, io, lang);
  }
  else if (text !== '') (fixStdin ? io.stderr : io.stdout).write(text.endsWith('\n') ? text : `${text}\n`);
  if ((options.fix || options.fixDryRun) && options.format === 'stylish') {
    io.stderr.write(fixSummary(fixed, lang, io.cwd, Boolean(options.debug), Boolean(options.fixDryRun)));
  }

  // stylish prints nothing for clean drafts (formatters stay pure): say on stderr that all is well.
  if (options.format === 'stylish' && results.length > 0 && results.every((r) => r.messages.length === 0)) {
    const n = results.length;
    io.stderr.write(lang === 'da' ? `✔ ${n} udkast, ingen problemer\n` : `✔ ${n} ${n === 1 ? 'draft' : 'drafts'}, no problems\n`);
  }
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr.write(
      lang === 'da'
        ? `rnsocial: for mange advarsler: ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}, højst ${options.maxWarnings} (--max-warnings).\n`
        : `rnsocial: too many warnings: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, at most ${options.maxWarnings} (--max-warnings).\n`,
    );
    return 1;
  }
  return 0;
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

function readCached(cache: LintCache, file: string, fixing: boolean | undefined): LintResult | undefined {
  try {
    const usable = (r: Omit<LintResult, 'filePath' | 'output'>) => !(fixing && r.messages.some((m) => m.fix));
    return cache.getUnchanged(file, usable) ?? cache.get(file, readFileSync(file), usable);
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


