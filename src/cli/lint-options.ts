/** What `rnsocial lint` is asked to do (commander's parsed options), and the combinations it refuses. */
import { UsageError } from '../core/errors.js';
import { FORMAT_NAMES } from '../formatters/index.js';

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

/** Throws a UsageError (exit 2) for an unknown format or options that contradict each other. */
export function checkLintOptions(paths: readonly string[], options: LintOptions): void {
  if (!FORMAT_NAMES.includes(options.format)) throw new UsageError(`unknown format "${options.format}" (use ${FORMAT_NAMES.join(', ')})`);
  if (options.stdin && paths.length > 0) throw new UsageError('--stdin lints standard input; do not also name files');
  if (options.stdin && options.changedSince !== undefined) throw new UsageError('--changed-since lints the drafts git has changed; it cannot be used with --stdin');
  if (options.updateBaseline && options.changedSince !== undefined) throw new UsageError('--update-baseline writes every problem of the run; do not combine it with --changed-since');
  if (options.fix && options.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together: --fix writes the fixes, --fix-dry-run only shows them');
  // --stdin --fix prints the fixed text on standard output; the report goes to stderr, which only suits stylish.
  if (options.stdin && options.fix && options.format !== 'stylish' && !options.outputFile) {
    throw new UsageError(`--stdin --fix prints the fixed text on standard output; use --output-file for the ${options.format} report, or --fix-dry-run --format json for the fixed text as "output"`);
  }
}
