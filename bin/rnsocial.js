#!/usr/bin/env node
// Starts the CLI: the bundle the build makes (fast start-up), unless it is missing or older
// than the compiled modules (a `tsc` without a bundle step), then the compiled modules.
// The exit code is set, not forced, so output is flushed first.
import { statSync } from 'node:fs';

const mtime = (relative) => statSync(new URL(relative, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? 0;
const bundled = mtime('../dist/bundle/rnsocial.mjs');
const cli = bundled > 0 && bundled >= mtime('../dist/cli/main.js') ? await import('../dist/bundle/rnsocial.mjs') : await import('../dist/cli/main.js');

process.exitCode = await cli.main(process.argv.slice(2));
