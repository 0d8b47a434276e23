#!/usr/bin/env node
// Starts the CLI: the CommonJS bundle with its V8 code cache when the cache fits this Node
// (bin/load-bundle.js; fastest start-up), else the ESM bundle, unless the bundles are missing or
// older than the compiled modules (a `tsc` without a bundle step), then the compiled modules.
// The exit code is set, not forced, so output is flushed first.
import { statSync } from 'node:fs';

const mtime = (relative) => statSync(new URL(relative, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? 0;
const compiled = mtime('../dist/cli/main.js');
const withCodeCache = mtime('../dist/bundle/rnsocial.cjs');
const bundled = mtime('../dist/bundle/rnsocial.mjs');
// The language server lives for a whole editing session: start-up matters little, and only the ESM
// bundle can import() an edited rnsocial.config.mjs again (the code-cached script falls back to
// require(), whose modules stay cached).
const longLived = process.argv[2] === 'lsp';
const loader = !longLived && withCodeCache > 0 && withCodeCache >= compiled ? await import('./load-bundle.js') : undefined;
const cli =
  loader?.loadBundle({ onlyWithCache: true })?.exports ??
  (bundled > 0 && bundled >= compiled
    ? await import('../dist/bundle/rnsocial.mjs')
    : await import('../dist/cli/main.js'));

// V8 lets the old generation grow to up to 4× what survived the last full collection. A lint run
// keeps little alive (the rules and the results): the rest is each draft's garbage, so that growth
// is mostly dead drafts. 1.5× kept 10,000 drafts at ~175 MB instead of ~260 MB with no measured
// loss of speed (bench/RESULTS.md). Set after the bundle is loaded: V8 takes a code cache only
// under the flags it was made with. A user's own --heap-growing-percent wins.
if (!`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`.includes('heap-growing-percent')) {
  (await import('node:v8')).setFlagsFromString('--heap-growing-percent=50');
}

process.exitCode = await cli.main(process.argv.slice(2));
