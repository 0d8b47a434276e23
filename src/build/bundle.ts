/**
 * Build step: bundle the CLI into a few ESM files (dist/bundle/), so start-up reads a handful
 * of files instead of resolving hundreds of modules — most of a one-draft run's cost.
 * Formatters and rarely used commands stay separate chunks, loaded only when asked for.
 * bin/rnsocial.js falls back to the unbundled dist/ when the bundle is missing.
 * Then the whole CLI once more as one CommonJS file with a V8 code cache, which bin/rnsocial.js
 * prefers: compiling the bundle was the biggest single item of a one-draft run.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

// The same CLI as one CommonJS file, for bin/rnsocial.js to load with a V8 code cache (see
// bin/load-bundle.js): import.meta.url becomes the bundle's own URL, which sits in dist/bundle/
// like the ESM chunks, so paths relative to it still hold. Worker threads use the ESM bundle.
const cjs = path.join(dist, 'bundle', 'rnsocial.cjs');
await build({
  entryPoints: [path.join(dist, 'cli/main.js')],
  outfile: cjs,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { 'import.meta.url': '__rnsocialBundleUrl' },
  banner: { js: "const __rnsocialBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  external: ['typescript'],
  logLevel: 'warning',
  legalComments: 'none',
});
// esbuild escapes non-ASCII in strings but keeps it in comments: escape those too, so the loader can read the file as Latin-1.
writeFileSync(cjs, readFileSync(cjs, 'utf8').replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
await makeCodeCache();
console.log('rnsocial build: CommonJS bundle and V8 code cache → dist/bundle/rnsocial.cjs(.cache)');

/**
 * Load the CommonJS bundle, lint every fixture (json; stylish on a few) so V8 compiles the functions a
 * lint run needs, and save the code cache with a manifest naming this bundle and Node version.
 */
async function makeCodeCache(): Promise<void> {
  interface Loader {
    loadBundle(options: { file: string; useCache: boolean }): { exports: { runCli: typeof import('../cli/main.js').runCli }; script: import('node:vm').Script; bytes: Buffer } | undefined;
    bundleStamp(bytes: Buffer): object;
  }
  const root = path.resolve(dist, '..');
  const loader = (await import(pathToFileURL(path.join(root, 'bin', 'load-bundle.js')).href)) as Loader;
  const loaded = loader.loadBundle({ file: cjs, useCache: false });
  if (!loaded) {
    console.log('rnsocial build: no V8 code cache (this Node cannot require() an ES module config: bin/load-bundle.js)');
    return;
  }
  const { exports, script, bytes } = loaded;
  const quiet = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;
  const io = { cwd: tmpdir(), stdout: quiet, stderr: quiet, readStdin: () => Promise.resolve(Buffer.alloc(0)) };
  await exports.runCli(['lint', path.join(root, 'fixtures'), '--format', 'json'], io);
  await exports.runCli(['lint', path.join(root, 'fixtures', 'clean')], io); // stylish, the default
  writeFileSync(`${cjs}.cache`, script.createCachedData());
  writeFileSync(`${cjs}.cache.json`, `${JSON.stringify(loader.bundleStamp(bytes))}\n`);
}
