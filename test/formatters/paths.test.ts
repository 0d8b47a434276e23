/** CI paths: relative to the git repository root (or the working folder outside one), forward slashes. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactUri, findRepoRoot, repoRelative } from '../../src/formatters/paths.js';
import { tempRepo } from './support.js';

describe('findRepoRoot', () => {
  it('walks up to the folder holding .git (a folder, or a file as in worktrees and submodules)', () => {
    const repo = tempRepo();
    mkdirSync(path.join(repo, 'a/b'), { recursive: true });
    expect(findRepoRoot(path.join(repo, 'a/b'))).toBe(repo);
    const worktree = mkdtempSync(path.join(os.tmpdir(), 'rnsocial-wt-'));
    writeFileSync(path.join(worktree, '.git'), 'gitdir: /elsewhere/.git/worktrees/x\n');
    mkdirSync(path.join(worktree, 'sub'));
    expect(findRepoRoot(path.join(worktree, 'sub'))).toBe(worktree);
  });
});

describe('repoRelative', () => {
  it('absolute paths from a subfolder are relative to the repository root (what lint-staged passes)', () => {
    const repo = tempRepo();
    mkdirSync(path.join(repo, 'udkast/facebook'), { recursive: true });
    const cwd = path.join(repo, 'udkast');
    expect(repoRelative(path.join(repo, 'udkast/facebook/a.md'), cwd)).toBe('udkast/facebook/a.md');
    expect(repoRelative('facebook/a.md', cwd)).toBe('udkast/facebook/a.md');
  });

  it('outside a repository: relative to the working folder', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rnsocial-norepo-'));
    if (findRepoRoot(dir)) return; // the temp folder itself sits in a repository: nothing to prove here
    expect(repoRelative(path.join(dir, 'x/a.md'), dir)).toBe('x/a.md');
  });

  it('a file outside the root keeps its absolute path', () => {
    const repo = tempRepo();
    const elsewhere = path.join(path.dirname(repo), 'andet-sted.md');
    expect(repoRelative(elsewhere, repo)).toBe(elsewhere.split(path.sep).join('/'));
  });
});

describe('artifactUri', () => {
  it('percent-encodes each segment and names %SRCROOT%', () => {
    const repo = tempRepo();
    expect(artifactUri(path.join(repo, 'åbent hus/opslag #1.md'), repo)).toEqual({
      uri: '%C3%A5bent%20hus/opslag%20%231.md',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('a file outside the root is a file: URI without a base', () => {
    const repo = tempRepo();
    const elsewhere = path.join(path.dirname(repo), 'x y.md');
    const location = artifactUri(elsewhere, repo);
    expect(location.uri).toMatch(/^file:\/\/\/.*x%20y\.md$/);
    expect(location.uriBaseId).toBeUndefined();
  });
});
