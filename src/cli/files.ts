/**
 * Which files to lint: named files, folders (walked for *.md and *.markdown) and globs, minus
 * config `ignores`, `--ignore-pattern`, `.rnsocialignore`, `.gitignore` and the repository files
 * below (when a folder or glob is walked). Always in sorted order, so output is stable.
 */
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/lang.js';

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
  /** The language of the messages (default English). */
  lang?: Lang;
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
  /** Told about a `.gitignore` or `.rnsocialignore` that cannot be read (a folder, no permission): it is left out, the run goes on. */
  onUnreadableIgnoreFile?: (name: string, error: unknown) => void;
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
        const inLoop = symlinkLoops(absolute);
        const kept = files.filter((f) => !isWalkedAway(f) && !inLoop(f));
        if (kept.length === 0) unmatched(`no drafts (*.md, *.markdown) found in ${input}`);
        kept.forEach((f) => found.add(normal(f)));
      } else if (!isIgnored(absolute)) {
        found.add(absolute);
      } else {
        selection.onIgnored?.(input);
      }
      continue;
    }
    if (isDynamicPattern(input)) {
      const files = await glob(input, { cwd, absolute: true, ignore: ALWAYS_SKIPPED, onlyFiles: true });
      const inLoop = symlinkLoops(path.resolve(cwd));
      const kept = files.filter((f) => !isWalkedAway(f) && !inLoop(f));
      if (kept.length === 0) unmatched(`no drafts match ${input}`);
      kept.forEach((f) => found.add(normal(f)));
      continue;
    }
    throw new UsageError(selection.lang === 'da' ? `filen eller mappen findes ikke: ${input}` : `no such file or folder: ${input}`);
  }
  return [...found].sort();
}

/** path.normalize, skipped for a POSIX path it would leave as it is (10,000 calls were a noticeable part of a cached run). */
const normal = (file: string): string => (path.sep === '/' && !/\/\/|\/\.\.?(?:\/|$)|\/$/.test(file) ? file : path.normalize(file));

function ignoreFilter(selection: FileSelection): (file: string) => boolean {
  const filters: Array<{ base: string; ig: Ignore }> = [];
  if (selection.ignores.length > 0) filters.push({ base: selection.configDir, ig: ignore().add(selection.ignores) });
  if (selection.ignorePatterns?.length) filters.push({ base: selection.cwd, ig: ignore().add(selection.ignorePatterns) });
  for (const name of ['.gitignore', '.rnsocialignore']) {
    const file = path.join(selection.cwd, name);
    if (!existsSync(file)) continue;
    try {
      filters.push({ base: selection.cwd, ig: ignore().add(readFileSync(file, 'utf8')) });
    } catch (error) {
      // An ignore file only narrows the run: one that cannot be read is left out, with a warning, not fatal.
      selection.onUnreadableIgnoreFile?.(name, error);
    }
  }
  return (file) =>
    filters.some(({ base, ig }) => {
      const relative = path.relative(base, file);
      return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && ig.ignores(relative.split(path.sep).join('/'));
    });
}

/**
 * Walking follows symbolic links (a folder linked in from elsewhere is linted), so a link back to
 * one of its own ancestors (`sub/up -> ..`) would list the same drafts again under longer paths.
 * True for a file reached through such a loop below `root`; each folder is looked at once.
 */
function symlinkLoops(root: string): (file: string) => boolean {
  const known = new Map<string, boolean>();
  const inLoop = (dir: string): boolean => {
    if (dir === root || !dir.startsWith(root + path.sep)) return false;
    let loop = known.get(dir);
    if (loop === undefined) {
      const parent = path.dirname(dir);
      loop = inLoop(parent) || linksToAncestor(dir, parent);
      known.set(dir, loop);
    }
    return loop;
  };
  return (file) => inLoop(path.dirname(file));
}

/** `dir` is a symbolic link to `parent` or to a folder above it. */
function linksToAncestor(dir: string, parent: string): boolean {
  try {
    if (!lstatSync(dir).isSymbolicLink()) return false;
    const target = realpathSync(dir);
    const real = realpathSync(parent);
    return real === target || real.startsWith(target.endsWith(path.sep) ? target : target + path.sep);
  } catch {
    return false;
  }
}
