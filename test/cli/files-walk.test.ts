/** Walking folders: symbolic link loops list each draft once; an ignore file that cannot be read is a warning, not the end of the run. */
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD, tempProject } from '../support/cli.js';
import { cli } from '../support/in-process.js';

/** The files a JSON run reported, relative to `dir`. */
function reported(stdout: string, dir: string): string[] {
  return (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => path.relative(dir, r.filePath));
}

describe('symbolic links while walking', () => {
  it('a folder loop (sub/up -> .., self -> .) lists each draft once', async () => {
    const dir = tempProject({ 'loop/a.md': GOOD, 'loop/sub/b.md': GOOD });
    symlinkSync('..', path.join(dir, 'loop/sub/up'));
    symlinkSync('../loop', path.join(dir, 'loop/self'));
    const run = await cli(['lint', '--format', 'json', 'loop'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(reported(run.stdout, dir)).toEqual(['loop/a.md', 'loop/sub/b.md']);
    const glob = await cli(['lint', '--format', 'json', 'loop/**/*.md'], { cwd: dir });
    expect(reported(glob.stdout, dir)).toEqual(['loop/a.md', 'loop/sub/b.md']);
  });

  it('a draft linked into two platform folders is still linted as both (a cross-post, not a loop)', async () => {
    const dir = tempProject({ 'faelles/opslag.md': GOOD.replace('platform: facebook\n', '') });
    mkdirSync(path.join(dir, 'facebook'));
    mkdirSync(path.join(dir, 'instagram'));
    symlinkSync('../faelles/opslag.md', path.join(dir, 'facebook/opslag.md'));
    symlinkSync('../faelles/opslag.md', path.join(dir, 'instagram/opslag.md'));
    const run = await cli(['lint', '--format', 'json', 'facebook', 'instagram'], { cwd: dir });
    expect(reported(run.stdout, dir)).toEqual(['facebook/opslag.md', 'instagram/opslag.md']);
  });

  it('a folder linked in from elsewhere is walked', async () => {
    const dir = tempProject({ 'andet/c.md': GOOD, 'udkast/a.md': GOOD });
    symlinkSync('../andet', path.join(dir, 'udkast/andet'));
    const run = await cli(['lint', '--format', 'json', 'udkast'], { cwd: dir });
    expect(reported(run.stdout, dir)).toEqual(['udkast/a.md', 'udkast/andet/c.md']);
  });
});

describe('an ignore file that cannot be read', () => {
  it.each(['.gitignore', '.rnsocialignore'])('%s as a folder: a warning naming it, and the run goes on', async (name) => {
    const dir = tempProject({ 'a.md': GOOD, [`${name}/x`]: '' });
    const run = await cli(['lint', 'a.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `rnsocial: ${name} kan ikke læses: det er en mappe (EISDIR); den bruges ikke, så udkast, den ville springe over, tjekkes.\n✔ 1 udkast, ingen problemer\n`,
    );
    const en = await cli(['lint', 'a.md', '--lang', 'en'], { cwd: dir });
    expect(en.stderr.split('\n')[0]).toBe(`rnsocial: cannot read ${name}: illegal operation on a directory (EISDIR); it is not used, so drafts it would skip are linted.`);
  });
});
