/** `rnsocial lint [paths...]`: find drafts, lint them, fix them, print or write the report. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../config/errors.js';
import { loadConfig } from '../config/load.js';
import { parseCliRules } from '../config/rule-settings.js';
import { toPlatform } from '../draft/platform.js';
import type { Platform } from '../draft/types.js';
import { summarise, type LintResult } from '../engine/linter.js';
import { Project } from '../engine/project.js';
import type { Lang } from '../engine/rule.js';
import { FORMAT_NAMES, loadFormatter } from '../formatters/index.js';
import type { LintCache } from './cache.js';
import { useColor } from './color.js';
import { findDrafts } from './files.js';
import { writeFileAtomic } from './write-file.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface LintOptions {
  platform?: string[];
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
  /** Reuse results of unchanged drafts (see cache.ts). */
  cache?: boolean;
  cacheLocation?: string;
}

export interface RunIO {
  cwd: string;
  stdout: NodeJS.WriteStream;
  readStdin: () => Promise<Buffer>;
}

/** Returns the exit code: 0 clean, 1 lint errors or too many warnings. Throws UsageError for 2. */
export async function lintCommand(paths: string[], options: LintOptions, io: RunIO): Promise<number> {
  const started = performance.now();
  const debug = (what: string): void => {
    if (options.debug) process.stderr.write(`rnsocial: ${what} (${(performance.now() - started).toFixed(1)} ms)\n`);
  };
  if (!FORMAT_NAMES.includes(options.format)) throw new UsageError(`unknown format "${options.format}" (use ${FORMAT_NAMES.join(', ')})`);
  if (options.stdin && paths.length > 0) throw new UsageError('--stdin lints standard input; do not also name files');
  const formatter = (await loadFormatter(options.format))!;

  const config = await loadConfig({
    cwd: io.cwd,
    ...(typeof options.config === 'string' ? { configFile: options.config } : {}),
    noConfig: options.config === false,
  });
  debug(`config ${config.file ?? '(none, built-in defaults)'}`);
  const lang = toLang(options.lang ?? config.lang ?? 'da');
  const cliPlatforms = options.platform?.length ? toPlatforms(options.platform) : undefined;
  const project = new Project({
    config,
    lang,
    ...(cliPlatforms ? { cliPlatforms } : {}),
    ...(options.rule?.length ? { cliRules: parseCliRules(options.rule) } : {}),
  });
  debug('rules loaded');

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
      const key = runKey({ base: path.dirname(location), version: VERSION, lang, config, catalogue: project.catalogue, cliPlatforms, cliRules: project.options.cliRules });
      cache = new LintCache(location, key);
      debug(`cache ${cache.file}: ${cache.note}`);
    }
    for (const file of files) results.push(lintFile(project, file, options, cache));
    if (cache) {
      debug(`cache: ${cache.hits} of ${files.length} result(s) from the cache`);
      try {
        cache.save();
      } catch (error) {
        process.stderr.write(`rnsocial: could not write the cache ${cache.file}: ${(error as Error).message}\n`);
      }
    }
  }
  debug('linted');

  const shown = options.quiet ? results.map(onlyErrors) : results;
  const text = formatter(shown, {
    cwd: io.cwd,
    lang,
    color: options.outputFile ? false : useColor(options.color, io.stdout),
    rules: project.catalogue.ids.map((id) => project.catalogue.find(id)!),
    version: VERSION,
  });
  if (options.outputFile) writeFileAtomic(path.resolve(io.cwd, options.outputFile), text);
  else if (text !== '') io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    process.stderr.write(
      lang === 'da'
        ? `rnsocial: ${warnings} advarsler er flere end --max-warnings ${options.maxWarnings}.\n`
        : `rnsocial: too many warnings (${warnings}); the maximum is ${options.maxWarnings}.\n`,
    );
    return 1;
  }
  return 0;
}

function lintFile(project: Project, file: string, options: LintOptions, cache?: LintCache): LintResult {
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
  if (outcome.output !== undefined && options.fix && !options.fixDryRun) {
    writeFileAtomic(file, outcome.output);
    // The result describes the fixed text, which is now the file's content.
    cache?.set(file, Buffer.from(outcome.output, 'utf8'), outcome.result);
    return outcome.result;
  }
  // With --fix-dry-run and fixes, the result describes text that is not on disk: not cached.
  if (outcome.output === undefined) cache?.set(file, bytes, outcome.result);
  return { ...outcome.result, ...(outcome.output !== undefined ? { output: outcome.output } : {}) };
}

function onlyErrors(result: LintResult): LintResult {
  return summarise(
    result.filePath,
    result.messages.filter((m) => m.severity === 2),
    result.platforms,
  );
}

function toLang(value: string): Lang {
  if (value !== 'da' && value !== 'en') throw new UsageError(`--lang must be da or en, not "${value}"`);
  return value;
}

function toPlatforms(values: string[]): Platform[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => {
      const platform = toPlatform(v);
      if (!platform) throw new UsageError(`unknown platform "${v}" (use facebook, linkedin, twitter/x or instagram)`);
      return platform;
    });
}
