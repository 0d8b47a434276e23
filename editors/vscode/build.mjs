#!/usr/bin/env node
/**
 * Builds the VS Code extension, ready for `vsce package --no-dependencies`:
 *   dist/extension.js  the client (extension.ts), CommonJS as VS Code loads it, `vscode` external
 *   dist/server.js     rnsocial's language server with everything it imports, so the .vsix needs
 *                      no node_modules and no rnsocial installed
 *   rules/, docs/rules/, schema/, dist/*.cjs, dist/rules.snapshot.json
 *                      what the server reads at run time, copied from the repository
 *
 * Needs the repository's own build first (`npm run build`: the precompiled validators and the
 * rules snapshot). `npm run package:vscode` does both and packs the .vsix.
 *
 *   node editors/vscode/build.mjs              build in editors/vscode/ (the generated parts are gitignored)
 *   node editors/vscode/build.mjs --out DIR    build a complete extension folder in DIR (tests)
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ? path.resolve(values.out) : here;

const version = (file) => JSON.parse(readFileSync(file, 'utf8')).version;
if (version(path.join(here, 'package.json')) !== version(path.join(root, 'package.json'))) {
  // The server reports the version it finds in the extension's package.json.
  throw new Error('editors/vscode/package.json must have the same version as the root package.json');
}
const needed = ['dist/config-validator.cjs', 'dist/kind-validators.cjs', 'dist/rules.snapshot.json'];
const missing = needed.filter((file) => !existsSync(path.join(root, file)));
if (missing.length > 0) throw new Error(`run \`npm run build\` first: ${missing.join(', ')} missing`);

for (const generated of ['dist', 'rules', 'docs', 'schema']) rmSync(path.join(out, generated), { recursive: true, force: true });
mkdirSync(path.join(out, 'dist'), { recursive: true });
if (out !== here) {
  for (const file of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore']) copyFileSync(path.join(here, file), path.join(out, file));
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20', // VS Code 1.91 runs extensions on Node 20
  logLevel: 'warning',
  legalComments: 'none',
};

// The client is minified (nobody steps through vscode-languageclient); the server is not, so its stack traces stay readable.
await build({ ...common, entryPoints: [path.join(here, 'extension.ts')], outfile: path.join(out, 'dist/extension.js'), external: ['vscode'], minify: true });

await build({
  ...common,
  entryPoints: [path.join(here, 'server.ts')],
  outfile: path.join(out, 'dist/server.js'),
  // cosmiconfig loads TypeScript only for a .ts config, which rnsocial does not search for.
  external: ['typescript'],
  // The sources find their files relative to their own module, which sits one folder below dist/
  // (dist/engine/compile.js → ../../rules, dist/engine/yaml-file.js → ../rules.snapshot.json).
  // The bundle sits in dist/ itself, so it names a module one folder down, and the same relative
  // paths land inside the extension: rules/, docs/rules/, schema/, dist/*.cjs.
  define: { 'import.meta.url': '__rnsocialModuleUrl' },
  banner: { js: "const __rnsocialModuleUrl = require('node:url').pathToFileURL(require('node:path').join(__dirname, 'server', 'server.js')).href;" },
});

// The precompiled validators require ajv's runtime helpers; bundled, they need no node_modules.
// (The server compiles a schema with ajv itself only when a validator is missing, which the check above rules out.)
for (const file of needed.filter((f) => f.endsWith('.cjs'))) await build({ ...common, entryPoints: [path.join(root, file)], outfile: path.join(out, file) });
copyFileSync(path.join(root, 'dist/rules.snapshot.json'), path.join(out, 'dist/rules.snapshot.json'));
for (const folder of ['rules', 'docs/rules', 'schema']) cpSync(path.join(root, folder), path.join(out, folder), { recursive: true });

console.log(`rnsocial VS Code extension built in ${path.relative(process.cwd(), out) || '.'}`);
