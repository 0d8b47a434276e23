// npm's `prepare` (npm install in a checkout, npm pack, pre-commit's hook install): build dist/
// unless it was built by this script from exactly these inputs. pre-commit installs a hook by
// running `npm install` and then `npm pack` in the same checkout, and both run `prepare`: the
// second build cost every editor 15–25 s for nothing. `npm run build` always builds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = path.join(root, 'dist', '.prepare-inputs');
/** What the build reads: sources, packs, schema, the loader, the manifests and the installed dependencies. */
const INPUTS = ['src', 'rules', 'schema', 'bin', 'package.json', 'package-lock.json', 'tsconfig.json', 'node_modules/.package-lock.json'];

function* files(relative) {
  const full = path.join(root, relative);
  const stats = statSync(full, { throwIfNoEntry: false });
  if (!stats) return;
  if (!stats.isDirectory()) {
    yield [relative, stats];
    return;
  }
  for (const name of readdirSync(full).sort()) yield* files(path.join(relative, name));
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const input of INPUTS) for (const [file, stats] of files(input)) hash.update(`${file}\0${stats.size}\0${stats.mtimeMs}\n`);
  return hash.digest('hex');
}

const before = fingerprint();
const built = existsSync(path.join(root, 'dist', 'bundle', 'rnsocial.mjs')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === before;
if (built) {
  console.log('rnsocial build: dist/ is up to date (built from these sources); `npm run build` rebuilds');
} else {
  const npm = process.env.npm_execpath;
  const build = npm ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' }) : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(STAMP, before);
}
