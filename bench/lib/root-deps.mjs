// rnsocial's own parsing dependencies, resolved from the PROJECT ROOT's node_modules (never from
// bench/node_modules, where the peers bring older unified/remark-parse versions of their own).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const rootRequire = createRequire(path.join(ROOT, 'package.json'));

export const FLOOR_DEPS = ['unified', 'remark-parse', 'remark-frontmatter', 'yaml'];

/** Absolute entry file of a root dependency (as Node resolves it for rnsocial). */
export function resolveRootDep(name) {
  return rootRequire.resolve(name);
}

export function rootDepVersion(name) {
  // Walk up from the entry file to the package's own package.json ("exports" may hide it).
  let dir = path.dirname(resolveRootDep(name));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (pkg.name === name) return pkg.version;
    }
    const up = path.dirname(dir);
    if (up === dir) return '?';
    dir = up;
  }
}

export async function loadFloorDeps() {
  const load = (name) => import(pathToFileURL(resolveRootDep(name)).href);
  const [{ unified }, { default: remarkParse }, { default: remarkFrontmatter }, { parseDocument }] = await Promise.all(FLOOR_DEPS.map(load));
  return { unified, remarkParse, remarkFrontmatter, parseDocument };
}
