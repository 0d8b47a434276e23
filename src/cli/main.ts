/** The command line: `rnsocial lint | rules | explain | init`. Exit codes: 0 clean, 1 problems, 2 the run failed. */
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../core/errors.js';
import { terminalLines } from '../core/terminal-text.js';
import { localize, localizeHelpText, misspeltCommand, uiLang, usageLine } from './i18n.js';
import { lintCommand, type LintOptions, type RunIO } from './lint.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('expected a whole number');
  return n;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export async function main(argv: readonly string[]): Promise<number> {
  // A reader that stops early (`rnsocial lint | head`) closes the pipe: that is not an error of the
  // run. Leave quietly with the run's own exit code instead of a stack trace.
  let code: number | undefined;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(code ?? process.exitCode ?? 0);
  });
  code = await runCli(argv, { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, readStdin: readAll });
  return code;
}

/** One run with the given working folder and streams (tests run the CLI in-process with their own); returns the exit code. */
export async function runCli(argv: readonly string[], io: RunIO): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  // Help and usage errors are in the run's language: known before commander parses.
  const lang = uiLang(argv);
  const program = new Command('rnsocial')
    .description("Lint social-media drafts against Region Nordjylland's social media strategy.")
    .configureOutput({
      writeOut: (text) => io.stdout.write(localizeHelpText(text, lang)),
      writeErr: (text) => io.stderr.write(localizeHelpText(text, lang)),
      outputError: (text) => io.stderr.write(usageLine(text, lang)),
    })
    .version(pkg.version, '-v, --version')
    .showSuggestionAfterError()
    .exitOverride();

  program
    .command('lint', { isDefault: true })
    .description('lint drafts (files, folders or globs; default: the current folder)')
    .argument('[paths...]', 'files, folders or globs')
    .addOption(new Option('-p, --platform <platform>', 'lint as this platform (facebook, linkedin, twitter/x, instagram); repeatable').argParser(collect))
    .addOption(new Option('-f, --format <format>', 'output format: stylish, json, sarif, github, junit, gitlab, checkstyle or html').default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', integer)
    .option('-q, --quiet', 'report errors only')
    .option('--fix', 'apply safe fixes to the files (with --stdin: print the fixed text, the report on stderr)')
    .option('--fix-dry-run', 'show what --fix would change as a diff, without writing (in JSON: "output")')
    .addOption(new Option('--ignore-pattern <glob>', 'skip files matching this glob (gitignore style, relative to the current folder); repeatable').argParser(collect))
    .option('--no-ignore', 'lint every draft found: no ignores, ignore files or --ignore-pattern, and README.md, CHANGELOG.md … too')
    .option('--no-error-on-unmatched-pattern', 'a folder or glob without drafts is not an error')
    .option('--stdin', 'lint standard input')
    .option('--stdin-filename <name>', 'the file name standard input stands for (platform, config overrides)')
    .addOption(new Option('--rule <id:severity>', "set a rule's severity, e.g. tone/officialese:off; repeatable").argParser(collect))
    .option('--lang <lang>', 'message language: da (default) or en')
    .option('-c, --config <file>', 'use this config file')
    .option('--no-config', 'ignore config files; use the built-in defaults')
    .option('--no-inline-config', 'ignore disable comments in drafts: every message stands')
    .option('--report-unused-disable-directives [severity]', 'report disable comments that switch nothing off: off, warn (default) or error (the flag alone)')
    .option('--no-color', 'no colours')
    .option('--cache', 'only lint drafts that changed since the last run (results kept in .rnsocialcache)')
    .option('--cache-location <path>', 'the cache file, or a folder for it (default: .rnsocialcache in the current folder)')
    .option('--changed-since <git-ref>', 'only drafts changed since this git ref, and only problems on changed lines (file-level draft/* problems always)')
    .option('--baseline <file>', 'suppress the problems this baseline file holds: only new problems fail')
    .option('--update-baseline', 'write the problems found to the baseline file (--baseline, default .rnsocial-baseline.json)')
    .option('--concurrency <n>', 'worker threads: a number, auto (one per 2 MB of drafts, at most one per idle core) or off (default)')
    .option('--debug', 'print timings and stack traces')
    .option('--print-config <file>', 'print the config that applies to this file (JSON) instead of linting')
    .addHelpText(
      'after',
      `
Examples:
  $ rnsocial lint opslag.md
  $ rnsocial lint drafts/ --format json --output-file rapport.json
  $ rnsocial lint "drafts/**/*.md" --platform instagram --max-warnings 0
  $ rnsocial lint --fix drafts/
  $ rnsocial lint drafts/ --cache --format sarif --output-file rnsocial.sarif
  $ cat opslag.md | rnsocial lint --stdin --stdin-filename instagram/opslag.md`,
    )
    .action(async (paths: string[], options: LintOptions) => {
      exitCode = await lintCommand(paths, options, io);
    });

  program
    .command('rules')
    .description('list the rules with their severity per platform')
    .option('-p, --platform <platform>', 'only this platform')
    .option('--lang <lang>', 'da (default) or en')
    .option('--format <format>', 'table (default) or json', 'table')
    .option('--long', 'add the category and the strategy source')
    .option('-c, --config <file>', 'use this config file')
    .option('--no-config', 'ignore config files; use the built-in defaults')
    .action(async (options: import('./rules.js').RulesOptions) => {
      const { rulesCommand } = await import('./rules.js');
      io.stdout.write(await rulesCommand(options, io.cwd));
    });

  program
    .command('explain')
    .description('what a rule flags, why, the strategy passage, a bad and a good example')
    .argument('<rule-id>', 'e.g. tone/officialese')
    .option('--lang <lang>', 'da (default) or en')
    .option('-c, --config <file>', 'use this config file')
    .option('--no-config', 'ignore config files; use the built-in defaults')
    .action(async (id: string, options: import('./explain.js').ExplainOptions) => {
      const { explainCommand } = await import('./explain.js');
      io.stdout.write(await explainCommand(id, options, io.cwd));
    });

  program
    .command('print-config')
    .description("the config that applies to a file, as JSON: config file, platforms, every rule's severity and options")
    .argument('<file>', 'a draft (it need not exist yet)')
    .addOption(new Option('-p, --platform <platform>', 'lint as this platform (facebook, linkedin, twitter/x, instagram); repeatable').argParser(collect))
    .addOption(new Option('--rule <id:severity>', "set a rule's severity, e.g. tone/officialese:off; repeatable").argParser(collect))
    .option('--lang <lang>', 'da (default) or en')
    .option('-c, --config <file>', 'use this config file')
    .option('--no-config', 'ignore config files; use the built-in defaults')
    .action(async (file: string, options: import('./lint-setup.js').SetupOptions) => {
      const { printConfigCommand } = await import('./print-config.js');
      io.stdout.write(await printConfigCommand(file, options, io.cwd));
    });

  program
    .command('preview')
    .description('show a draft as each of its platforms shows it: the fold, thread parts, media, publish time, counters, then its problems')
    .argument('<draft>', 'a draft (.md)')
    .addOption(new Option('-p, --platform <platform>', 'lint as this platform (facebook, linkedin, twitter/x, instagram); repeatable').argParser(collect))
    .option('--lang <lang>', 'da (default) or en')
    .option('-c, --config <file>', 'use this config file')
    .option('--no-config', 'ignore config files; use the built-in defaults')
    .option('--no-color', 'no colours')
    .action(async (file: string, options: import('./preview.js').PreviewOptions) => {
      const { previewCommand } = await import('./preview.js');
      exitCode = await previewCommand(file, options, io);
    });

  program
    .command('init')
    .description('write a starter .rnsocialrc.json in the current folder (never overwrites)')
    .action(async () => {
      const { initCommand } = await import('./init.js');
      io.stdout.write(initCommand(io.cwd, lang));
    });

  program
    .command('lsp')
    .description('start the language server for editors (VS Code, Neovim …); the editor starts it')
    .option('--stdio', 'talk over standard input and output (the default)')
    .option('--node-ipc', "talk over Node's IPC channel")
    .action(async (options: { stdio?: boolean; nodeIpc?: boolean }) => {
      const { serve } = await import('../lsp/server.js');
      exitCode = await serve(options.nodeIpc && !options.stdio ? 'node-ipc' : 'stdio');
    });

  localize(program, lang);
  const misspelt = misspeltCommand(argv, io.cwd, program.commands.map((c) => c.name()), lang);
  if (misspelt) {
    io.stderr.write(misspelt);
    return 2;
  }
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return exitCode;
  } catch (error) {
    const err = error as { code?: string; exitCode?: number };
    if (typeof err.code === 'string' && err.code.startsWith('commander.')) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    // Messages name files and quote values: their control characters are shown, not sent to the terminal.
    if (error instanceof UsageError) {
      io.stderr.write(`rnsocial: ${terminalLines(error.message)}\n`);
      return 2;
    }
    io.stderr.write(`rnsocial: internal error: ${terminalLines((error as Error | undefined)?.message ?? String(error))}\n`);
    if (debug) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    else io.stderr.write('rnsocial: run again with --debug for details\n');
    return 2;
  }
}

async function readAll(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
