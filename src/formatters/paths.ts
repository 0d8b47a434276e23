/**
 * Paths for CI formats: relative to the git repository's root when the working directory is
 * inside one (lint-staged passes absolute paths; GitHub, GitLab and SARIF want repo-relative
 * ones), else relative to the working directory. Always with forward slashes.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const roots = new Map<string, string>();

/** The nearest folder at or above `cwd` holding `.git` (a folder, or a file in worktrees and submodules). */
export function findRepoRoot(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The folder CI paths are relative to: the repository root, or `cwd` outside a repository. */
export function reportRoot(cwd: string): string {
  let root = roots.get(cwd);
  if (root === undefined) {
    root = findRepoRoot(cwd) ?? path.resolve(cwd);
    roots.set(cwd, root);
  }
  return root;
}

function inside(relative: string): boolean {
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function real(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * `file` relative to the report root with `/` separators; a file outside it (reached through a
 * symlink, or named by an absolute path elsewhere) keeps its absolute path.
 */
export function repoRelative(file: string, cwd: string): string {
  const root = reportRoot(cwd);
  const absolute = path.resolve(cwd, file);
  let relative = path.relative(root, absolute);
  if (!inside(relative)) relative = path.relative(real(root), real(absolute));
  if (!inside(relative)) return absolute.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}

/** A SARIF artifact location: a percent-encoded relative URI against %SRCROOT%, or a file: URI. */
export function artifactUri(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = repoRelative(file, cwd);
  if (path.isAbsolute(relative) || /^[A-Za-z]:\//.test(relative)) return { uri: pathToFileURL(relative).href };
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
