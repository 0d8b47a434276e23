/**
 * Build step: bundle the CLI into a few ESM files (dist/bundle/), so start-up reads a handful
 * of files instead of resolving hundreds of modules — most of a one-draft run's cost.
 * Formatters and rarely used commands stay separate chunks, loaded only when asked for.
 * bin/rnsocial.js falls back to the unbundled dist/ when the bundle is missing.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
rmSync(path.join(dist, 'bundle'), { recursive: true, force: true }); // no chunks of an older build

await build({
  entryPoints: { rnsocial: path.join(dist, 'cli/main.js'), 'lint-worker': path.join(dist, 'cli/lint-worker.js') },
  outdir: path.join(dist, 'bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: '[name]-[hash]',
  metafile: process.env.RNSOCIAL_BUNDLE_META === '1',
  // CommonJS dependencies (twitter-text, ajv's runtime) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __rnsocialCreateRequire } from 'node:module'; const require = __rnsocialCreateRequire(import.meta.url);" },
  // cosmiconfig loads TypeScript only for a .ts config, which rnsocial does not search for.
  external: ['typescript'],
  logLevel: 'warning',
  legalComments: 'none',
});
console.log('rnsocial build: CLI bundle → dist/bundle/');
