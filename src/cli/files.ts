/**
 * Which files to lint: named files, folders (walked for *.md and *.markdown) and globs, minus
 * config `ignores`, `.rnsocialignore` and `.gitignore`. Always in sorted order, so output is stable.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../core/errors.js';

const DRAFT_GLOB = '**/*.{md,markdown}';
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export interface FileSelection {
  cwd: string;
  ignores: string[];
  /** Folder the config's `ignores` globs are relative to. */
  configDir: string;
}

export async function findDrafts(inputs: readonly string[], selection: FileSelection): Promise<string[]> {
  const { cwd } = selection;
  const isIgnored = ignoreFilter(selection);
  const found = new Set<string>();

  for (const input of inputs.length > 0 ? inputs : ['.']) {
    const absolute = path.resolve(cwd, input);
    if (existsSync(absolute)) {
      const stat = statSync(absolute);
      if (stat.isDirectory()) {
        const files = await glob(DRAFT_GLOB, { cwd: absolute, absolute: true, ignore: ALWAYS_SKIPPED, dot: false });
        const kept = files.filter((f) => !isIgnored(f));
        if (kept.length === 0) throw new UsageError(`no drafts (*.md, *.markdown) found in ${input}`);
        kept.forEach((f) => found.add(path.normalize(f)));
      } else if (!isIgnored(absolute)) {
        found.add(absolute);
      }
      continue;
    }
    if (isDynamicPattern(input)) {
      const files = await glob(input, { cwd, absolute: true, ignore: ALWAYS_SKIPPED, onlyFiles: true });
      const kept = files.filter((f) => !isIgnored(f));
      if (kept.length === 0) throw new UsageError(`no drafts match ${input}`);
      kept.forEach((f) => found.add(path.normalize(f)));
      continue;
    }
    throw new UsageError(`no such file or folder: ${input}`);
  }
  return [...found].sort();
}

function ignoreFilter(selection: FileSelection): (file: string) => boolean {
  const filters: Array<{ base: string; ig: Ignore }> = [];
  if (selection.ignores.length > 0) filters.push({ base: selection.configDir, ig: ignore().add(selection.ignores) });
  for (const name of ['.gitignore', '.rnsocialignore']) {
    const file = path.join(selection.cwd, name);
    if (existsSync(file)) filters.push({ base: selection.cwd, ig: ignore().add(readFileSync(file, 'utf8')) });
  }
  return (file) =>
    filters.some(({ base, ig }) => {
      const relative = path.relative(base, file);
      return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && ig.ignores(relative.split(path.sep).join('/'));
    });
}
