/** `rnsocial lint [paths...]`: check the options, lint standard input or the drafts, report, and decide the exit code. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { terminalText } from '../core/terminal-text.js';
import { summarise, type LintResult } from '../core/results.js';
import { loadFormatter } from '../formatters/index.js';
import { useColor } from './color.js';
import { fixSummary, unifiedDiff } from './fix-report.js';
import { lintFiles } from './lint-files.js';
import { checkLintOptions, type LintOptions, type RunIO } from './lint-options.js';
import { setUp } from './lint-setup.js';
import { lintStdin } from './lint-stdin.js';
import { writeReport } from './safe-write-report.js';

export type { LintOptions, RunIO } from './lint-options.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Formats that read the rules (`rules` in their options): the engine is loaded for them even when every draft came from the cache. */
export const DESCRIBES_RULES: ReadonlySet<string> = new Set(['sarif', 'html']);

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
  checkLintOptions(paths, options);
  const fixStdin = Boolean(options.stdin && options.fix);
  const formatter = (await loadFormatter(options.format))!;

  // With --cache the rules are compiled only when a draft misses (lint-files.ts); otherwise now, so bad rules stop the run first.
  const setup = await setUp(options, io.cwd, { lazy: Boolean(options.cache && !options.stdin) });
  const { config, lang } = setup;
  debug(`config ${config.file ?? '(none, built-in defaults)'}${options.cache && !options.stdin ? '' : '; rules loaded'}`);

  const fixed = new Map<string, number>();
  const originals = new Map<string, string>();
  const results = options.stdin
    ? [await lintStdin(setup.project, options, io, fixed, originals)]
    : await lintFiles(paths, options, io, setup, { version: VERSION, fixed, debug });
  debug('linted');
  if (options.baseline !== undefined || options.updateBaseline) {
    const { useBaseline } = await import('./baseline.js');
    results.splice(0, results.length, ...useBaseline(results, options, io, lang));
  }

  const shown = options.quiet ? results.map(onlyErrors) : results;
  if (DESCRIBES_RULES.has(options.format)) await setup.load();
  const text = formatter(shown, {
    cwd: io.cwd,
    lang,
    color: options.outputFile ? false : useColor(options.color, io.stdout),
    // Only formats that describe rules read them (DESCRIBES_RULES): a cached run of another format compiles nothing.
    get rules() {
      const { ruleSet } = setup.project;
      return ruleSet.ids.map((id) => ruleSet.rule(id)!);
    },
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
  else if (text !== '') {
    // Two writes, not text + "\n": joining would copy a report of megabytes once more.
    const out = fixStdin ? io.stderr : io.stdout;
    out.write(text);
    if (!text.endsWith('\n')) out.write('\n');
  }
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


function onlyErrors(result: LintResult): LintResult {
  return summarise(
    result.filePath,
    result.messages.filter((m) => m.severity === 2),
    result.platforms,
  );
}


