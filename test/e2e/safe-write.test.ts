/**
 * Issue 16 (data loss) where a real process is needed: device nodes (mknod), /dev/stdout, worker
 * threads, and another user than root (`setpriv` to uid/gid 65534, "nobody"). The in-process
 * cases are in test/cli/safe-write.test.ts. We run as root; a case that needs root says so
 * when it is skipped.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/core/results.js';
import { BIN, FIXABLE, FIXED, rnsocial, tempProject } from '../support/cli.js';
import { onPath } from './tools.js';


const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
/**
 * Root with setpriv, and a checkout the other user can reach: a clone inside a 0700 folder
 * (`mktemp -d`) hides bin/rnsocial.js from uid 65534, and every case would fail for that alone.
 */
const canDropToNobody =
  isRoot && onPath('setpriv') && spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'test', '-r', BIN]).status === 0;

/** The built CLI run as uid/gid 65534 with no groups. */
function asNobody(args: readonly string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const run = spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** A temp folder another user can enter and read. */
function sharedProject(files: Record<string, string>): string {
  const dir = tempProject(files);
  chmodSync(dir, 0o755);
  return dir;
}

const results = (stdout: string) => JSON.parse(stdout) as LintResult[];
const ruleIds = (result: LintResult | undefined) => result?.messages.map((m) => m.ruleId);

describe('reports to devices and /dev/stdout', () => {
  it.skipIf(!isRoot)('-o and --cache-location naming a character device (mknod c 1 3) write to it; it stays a device (skipped unless root: mknod)', () => {
    const dir = tempProject({ 'd.md': FIXABLE });
    for (const name of ['fakenull', 'fakecache']) expect(spawnSync('mknod', [path.join(dir, name), 'c', '1', '3']).status).toBe(0);
    const run = rnsocial(['lint', '-o', 'fakenull', '--cache', '--cache-location', 'fakecache', 'd.md'], { cwd: dir });
    // (stderr may say the "cache" read empty and is written afresh: it is the device that matters)
    expect([run.code, run.stderr.includes('internal error')]).toEqual([0, false]);
    expect(statSync(path.join(dir, 'fakenull')).isCharacterDevice()).toBe(true);
    expect(statSync(path.join(dir, 'fakecache')).isCharacterDevice()).toBe(true);
  });

  it('-o /dev/stdout prints the report on standard output', () => {
    const dir = tempProject({ 'd.md': FIXABLE });
    const run = rnsocial(['lint', '--format', 'json', '-o', '/dev/stdout', 'd.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(ruleIds(results(run.stdout)[0])).toEqual(['tone/officialese']);
  });

  it('-o a symlink to /proc/self/fd/1 prints the report and the link stays', () => {
    const dir = tempProject({ 'd.md': FIXABLE });
    spawnSync('ln', ['-s', '/proc/self/fd/1', path.join(dir, 'out.json')]);
    const run = rnsocial(['lint', '--format', 'json', '-o', 'out.json', 'd.md'], { cwd: dir });
    expect(ruleIds(results(run.stdout)[0])).toEqual(['tone/officialese']);
    expect(spawnSync('test', ['-L', path.join(dir, 'out.json')]).status).toBe(0);
  });

  it.skipIf(!canDropToNobody)('as another user: -o /dev/stdout and -o /dev/null work (skipped unless root with setpriv)', () => {
    const dir = sharedProject({ 'd.md': FIXABLE });
    const out = asNobody(['lint', '--format', 'json', '-o', '/dev/stdout', 'd.md'], dir);
    expect([out.code, out.stderr]).toEqual([0, '']);
    expect(ruleIds(results(out.stdout)[0])).toEqual(['tone/officialese']);
    const nul = asNobody(['lint', '-o', '/dev/null', 'd.md'], dir);
    expect([nul.code, nul.stdout, nul.stderr]).toEqual([0, '', '']);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe.skipIf(!canDropToNobody)('as another user (uid 65534; skipped unless root with setpriv)', () => {
  it('a read-only folder: that draft gets draft/not-writable with the reason and stays; a draft elsewhere is still fixed', () => {
    const dir = sharedProject({ 'locked/a.md': FIXABLE, 'open/b.md': FIXABLE });
    chmodSync(path.join(dir, 'locked'), 0o755); // root's folder: nobody cannot create the temp file there
    chownSync(path.join(dir, 'locked/a.md'), NOBODY, NOBODY);
    chownSync(path.join(dir, 'open'), NOBODY, NOBODY);
    chownSync(path.join(dir, 'open/b.md'), NOBODY, NOBODY);
    const run = asNobody(['lint', '--fix', '--format', 'json', 'locked/a.md', 'open/b.md'], dir);
    expect(run.code).toBe(1);
    const [a, b] = results(run.stdout);
    expect(a!.messages.filter((m) => m.ruleId === 'draft/not-writable').map((m) => m.message)).toEqual([
      'Rettelserne er ikke gemt, fordi filen ikke kunne skrives: ingen adgang (EACCES). Tjek, at du må skrive i filens mappe, og kør --fix igen.',
    ]);
    expect(ruleIds(b)).toEqual([]);
    expect(readFileSync(path.join(dir, 'locked/a.md'), 'utf8')).toBe(FIXABLE);
    expect(readFileSync(path.join(dir, 'open/b.md'), 'utf8')).toBe(FIXED);
  });

  it('a 444 draft in a folder the user may write is not rewritten (the rename would have been allowed)', () => {
    const dir = sharedProject({ 'ro/ro.md': FIXABLE });
    chownSync(path.join(dir, 'ro'), NOBODY, NOBODY);
    chownSync(path.join(dir, 'ro/ro.md'), NOBODY, NOBODY);
    chmodSync(path.join(dir, 'ro/ro.md'), 0o444);
    const run = asNobody(['lint', '--fix', '--format', 'json', 'ro/ro.md'], dir);
    expect(run.code).toBe(1);
    expect(ruleIds(results(run.stdout)[0])).toEqual(['draft/not-writable', 'tone/officialese']);
    expect(readFileSync(path.join(dir, 'ro/ro.md'), 'utf8')).toBe(FIXABLE);
  });

  it("someone else's draft the user may write (mode 666, owned by root) is fixed and keeps its owner", () => {
    const dir = sharedProject({ 'shared/d.md': FIXABLE });
    chownSync(path.join(dir, 'shared'), NOBODY, NOBODY);
    chmodSync(path.join(dir, 'shared/d.md'), 0o666);
    const run = asNobody(['lint', '--fix', 'shared/d.md'], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'shared/d.md'), 'utf8')).toBe(FIXED);
    expect([statSync(path.join(dir, 'shared/d.md')).uid, statSync(path.join(dir, 'shared/d.md')).mode & 0o7777]).toEqual([0, 0o666]);
  });

  it('-o into a read-only folder: one rnsocial: line with the path and the reason, exit 2', () => {
    const dir = sharedProject({ 'd.md': FIXABLE });
    mkdirSync(path.join(dir, 'reports'), { mode: 0o755 });
    const run = asNobody(['lint', '-o', 'reports/rnsocial.txt', 'd.md'], dir);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'rnsocial: kan ikke skrive rapporten til reports/rnsocial.txt: ingen adgang (EACCES)\n']);
  });
});

describe('--fix on worker threads', () => {
  it('a read-only draft among 60 gets draft/not-writable, the others are fixed, and the unsaved result is not cached', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`d${String(i).padStart(2, '0')}.md`] = FIXABLE;
    const dir = tempProject(files);
    chmodSync(path.join(dir, 'd00.md'), 0o444);
    const fix = rnsocial(['lint', '--fix', '--cache', '--concurrency', '2', '--format', 'json', '.'], { cwd: dir });
    expect(fix.code).toBe(1);
    const byFile = results(fix.stdout).map((r) => `${path.basename(r.filePath)} ${ruleIds(r)!.join(',')}`);
    expect(byFile[0]).toBe('d00.md draft/not-writable,tone/officialese');
    expect(byFile.slice(1)).toEqual(Object.keys(files).slice(1).map((name) => `${name} `));
    expect(readFileSync(path.join(dir, 'd00.md'), 'utf8')).toBe(FIXABLE);
    expect(readFileSync(path.join(dir, 'd59.md'), 'utf8')).toBe(FIXED);
    const lint = rnsocial(['lint', '--cache', '--format', 'json', 'd00.md'], { cwd: dir });
    expect(ruleIds(results(lint.stdout)[0])).toEqual(['tone/officialese']);
  });
});
