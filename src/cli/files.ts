/**
 * Which files to lint: named files, folders (walked for *.md and *.markdown) and globs, minus
 * config `ignores`, `--ignore-pattern`, `.rnsocialignore`, `.gitignore` and the repository files
 * below (when a folder or glob is walked). Always in sorted order, so output is stable.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../core/errors.js';

const DRAFT_GLOB = '**/*.{md,markdown}';
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

/**
 * A repository's own Markdown files are not drafts: skipped (any case, in any folder) when a
 * folder or glob is walked, linted when named as a file. `--no-ignore` lints them too.
 */
export const REPOSITORY_FILES = ['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'LICENSE.md', 'CODE_OF_CONDUCT.md'];
const REPOSITORY_NAMES = new Set(REPOSITORY_FILES.map((name) => name.toLowerCase()));

export interface FileSelection {
  cwd: string;
  ignores: string[];
  /** Folder the config's `ignores` globs are relative to. */
  configDir: string;
  /** `--ignore-pattern`: gitignore-style globs relative to cwd. */
  ignorePatterns?: string[];
  /** `--no-ignore`: false; then nothing but node_modules and .git is skipped. */
  ignore?: boolean;
  /** `--no-error-on-unmatched-pattern`: false; a folder or glob without drafts is then no error. */
  errorOnUnmatchedPattern?: boolean;
  /** Told about a file named on the command line that an ignore pattern skips (so it does not look clean). */
  onIgnored?: (input: string) => void;
}

export async function findDrafts(inputs: readonly string[], selection: FileSelection): Promise<string[]> {
  const { cwd } = selection;
  const isIgnored = selection.ignore === false ? () => false : ignoreFilter(selection);
  const isWalkedAway = (file: string): boolean =>
    isIgnored(file) || (selection.ignore !== false && REPOSITORY_NAMES.has(path.basename(file).toLowerCase()));
  const unmatched = (message: string): void => {
    if (selection.errorOnUnmatchedPattern !== false) throw new UsageError(message);
  };
  const found = new Set<string>();

  for (const input of inputs.length > 0 ? inputs : ['.']) {
    const absolute = path.resolve(cwd, input);
    if (existsSync(absolute)) {
      const stat = statSync(absolute);
      if (stat.isDirectory()) {
        const files = await glob(DRAFT_GLOB, { cwd: absolute, absolute: true, ignore: ALWAYS_SKIPPED, dot: false });
        const kept = files.filter((f) => !isWalkedAway(f));
        if (kept.length === 0) unmatched(`no drafts (*.md, *.markdown) found in ${input}`);
        kept.forEach((f) => found.add(path.normalize(f)));
      } else if (!isIgnored(absolute)) {
        found.add(absolute);
      } else {
        selection.onIgnored?.(input);
      }
      continue;
    }
    if (isDynamicPattern(input)) {
      const files = await glob(input, { cwd, absolute: true, ignore: ALWAYS_SKIPPED, onlyFiles: true });
      const kept = files.filter((f) => !isWalkedAway(f));
      if (kept.length === 0) unmatched(`no drafts match ${input}`);
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
  if (selection.ignorePatterns?.length) filters.push({ base: selection.cwd, ig: ignore().add(selection.ignorePatterns) });
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
