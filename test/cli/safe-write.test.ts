/**
 * Issue 16 (data loss): one write path for reports, caches and fixes that never loses a file.
 * In-process; the cases that need a device node, /dev/stdout or another user are in
 * test/e2e/safe-write.test.ts. The root-only cases (chown) say why when they are skipped.
 */
import { appendFileSync, chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/core/results.js';
import { notWrittenResult } from '../../src/cli/safe-write-message.js';
import { writeFailureReason } from '../../src/cli/safe-write-reason.js';
import { readDraft, writeFixedDraft } from '../../src/cli/safe-write.js';
import { writeFileAtomic } from '../../src/cli/write-file.js';
import { FIXABLE, FIXED, tempProject } from '../support/cli.js';
import { cli } from '../support/in-process.js';
import { projectFor } from '../support/lint.js';


const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

const results = (stdout: string) => JSON.parse(stdout) as LintResult[];
const notWritable = (result: LintResult) => result.messages.filter((m) => m.ruleId === 'draft/not-writable');
/** Temp files left in a folder. */
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.includes('rnsocial-tmp'));

describe('--fix on a draft that may be changed', () => {
  it('a symlinked draft: the real file is fixed and the link stays a link', async () => {
    const dir = tempProject({ 'real/opslag.md': FIXABLE });
    mkdirSync(path.join(dir, 'facebook'));
    symlinkSync('../real/opslag.md', path.join(dir, 'facebook/opslag.md'));
    const run = await cli(['lint', '--fix', '--format', 'json', 'facebook/opslag.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(lstatSync(path.join(dir, 'facebook/opslag.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real/opslag.md'), 'utf8')).toBe(FIXED);
    expect(leftovers(path.join(dir, 'real'))).toEqual([]);
    expect(leftovers(path.join(dir, 'facebook'))).toEqual([]);
  });

  it.skipIf(!isRoot)('run as root: the draft keeps its owner, group and mode 640 (skipped unless root: only root can chown)', async () => {
    const dir = tempProject({ 'u.md': FIXABLE });
    const file = path.join(dir, 'u.md');
    chownSync(file, NOBODY, NOBODY);
    chmodSync(file, 0o640);
    const run = await cli(['lint', '--fix', '--format', 'json', 'u.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const stats = statSync(file);
    expect([stats.uid, stats.gid, stats.mode & 0o7777]).toEqual([NOBODY, NOBODY, 0o640]);
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
  });

  it('a mode 600 draft stays 600 (the umask does not widen or narrow it)', async () => {
    const dir = tempProject({ 'p.md': FIXABLE });
    chmodSync(path.join(dir, 'p.md'), 0o600);
    await cli(['lint', '--fix', 'p.md'], { cwd: dir });
    expect(statSync(path.join(dir, 'p.md')).mode & 0o7777).toBe(0o600);
    expect(readFileSync(path.join(dir, 'p.md'), 'utf8')).toBe(FIXED);
  });

  it('a hard-linked draft is not written: both names keep the text, and the result says why (Danish)', async () => {
    const dir = tempProject({ 'a.md': FIXABLE });
    linkSync(path.join(dir, 'a.md'), path.join(dir, 'b.txt'));
    const run = await cli(['lint', '--fix', '--format', 'json', 'a.md'], { cwd: dir });
    expect(run.code).toBe(1);
    const [result] = results(run.stdout);
    expect(notWritable(result!).map((m) => [m.line, m.column, m.severity, m.message])).toEqual([
      [1, 1, 2, 'Filen har hårde links (den findes under 2 navne), så rettelserne er ikke gemt: de andre navne ville beholde den gamle tekst. Ret den i hånden, eller brug et symbolsk link (ln -s) i stedet og kør --fix igen.'],
    ]);
    // The file as it still is: its fixable problem is reported, with its fix.
    expect(result!.messages.filter((m) => m.ruleId === 'tone/officialese' && m.fix).length).toBe(1);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(FIXABLE);
    expect(statSync(path.join(dir, 'a.md')).ino).toBe(statSync(path.join(dir, 'b.txt')).ino);
  });

  it('a read-only (444) draft is not written, even by root; the fix summary does not count it (English)', async () => {
    const dir = tempProject({ 'ro.md': FIXABLE, 'rw.md': FIXABLE });
    chmodSync(path.join(dir, 'ro.md'), 0o444);
    const run = await cli(['lint', '--fix', '--lang', 'en', 'ro.md', 'rw.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('The file is read-only, so the fixes were not saved. If it may be changed, make it writable (e.g. chmod u+w) and run --fix again.');
    expect(run.stdout).toContain('draft/not-writable');
    expect(readFileSync(path.join(dir, 'ro.md'), 'utf8')).toBe(FIXABLE);
    expect(statSync(path.join(dir, 'ro.md')).mode & 0o7777).toBe(0o444);
    expect(readFileSync(path.join(dir, 'rw.md'), 'utf8')).toBe(FIXED);
    expect(run.stderr).toMatch(/1 fix.* in 1 file/);
  });

  it('an unsaved fix is not cached: a later run without --fix does not report draft/not-writable', async () => {
    const dir = tempProject({ 'ro.md': FIXABLE });
    chmodSync(path.join(dir, 'ro.md'), 0o444);
    const fix = await cli(['lint', '--fix', '--cache', '--format', 'json', 'ro.md'], { cwd: dir });
    expect(notWritable(results(fix.stdout)[0]!).length).toBe(1);
    const lint = await cli(['lint', '--cache', '--format', 'json', 'ro.md'], { cwd: dir });
    expect(results(lint.stdout)[0]!.messages.map((m) => m.ruleId)).toEqual(['tone/officialese']);
  });

  it('a draft whose name is 240 bytes long is fixed (the temp name is short), and so is the one beside it', async () => {
    const long = `${'x'.repeat(237)}.md`;
    const dir = tempProject({ [long]: FIXABLE, 'a.md': FIXABLE });
    const run = await cli(['lint', '--fix', '--format', 'json', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, long), 'utf8')).toBe(FIXED);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(FIXED);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('writeFixedDraft: a draft changed between reading and writing is never overwritten', () => {
  it('an edit saved just before the rename survives; the temp file is gone', () => {
    const dir = tempProject({ 'd.md': FIXABLE });
    const file = path.join(dir, 'd.md');
    const read = readDraft(file);
    const why = writeFixedDraft(file, FIXED, read, { beforeRename: () => appendFileSync(file, 'EDITOR SAVED THIS LINE\n') });
    expect(why).toEqual({ code: 'changedWhileFixing' });
    expect(readFileSync(file, 'utf8')).toBe(`${FIXABLE}EDITOR SAVED THIS LINE\n`);
    expect(leftovers(dir)).toEqual([]);
  });

  it('an edit of the same size and mtime is still seen (the bytes are compared)', () => {
    const dir = tempProject({ 'd.md': FIXABLE });
    const file = path.join(dir, 'd.md');
    const SECONDS = 1_800_000_000; // whole seconds: the same mtime after the edit, to the nanosecond
    utimesSync(file, SECONDS, SECONDS);
    const read = readDraft(file);
    const same = FIXABLE.replace('kig forbi', 'KIG FORBI');
    const why = writeFixedDraft(file, FIXED, read, {
      beforeRename: () => {
        writeFileSync(file, same);
        utimesSync(file, SECONDS, SECONDS);
      },
    });
    expect(statSync(file).mtimeMs).toBe(read.stats.mtimeMs);
    expect(why).toEqual({ code: 'changedWhileFixing' });
    expect(readFileSync(file, 'utf8')).toBe(same);
  });

  it('an edit saved after reading, before writing started, survives too', () => {
    const dir = tempProject({ 'd.md': FIXABLE });
    const file = path.join(dir, 'd.md');
    const read = readDraft(file);
    writeFileSync(file, `${FIXABLE}Ny linje.\n`);
    expect(writeFixedDraft(file, FIXED, read)).toEqual({ code: 'changedWhileFixing' });
    expect(readFileSync(file, 'utf8')).toBe(`${FIXABLE}Ny linje.\n`);
  });

  it('an unchanged draft is written', () => {
    const dir = tempProject({ 'd.md': FIXABLE });
    const file = path.join(dir, 'd.md');
    expect(writeFixedDraft(file, FIXED, readDraft(file))).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
  });

  it('a failure is returned, not thrown, and leaves no temp file', () => {
    const dir = tempProject({ 'd.md': FIXABLE });
    const file = path.join(dir, 'd.md');
    const failed = writeFixedDraft(file, FIXED, readDraft(file), {
      beforeRename: () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    });
    expect(failed?.code).toBe('writeFailed');
    expect((failed as { error: NodeJS.ErrnoException }).error.code).toBe('ENOSPC');
    expect(readFileSync(file, 'utf8')).toBe(FIXABLE);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('draft/not-writable messages', () => {
  const project = projectFor({}, 'da');
  const file = '/tmp/udkast/opslag.md';
  const bytes = new TextEncoder().encode(FIXABLE);
  const message = (why: Parameters<typeof notWrittenResult>[3]) => notWritable(notWrittenResult(project, file, bytes, why)).map((m) => m.message);

  it('a temp file that could not be created: the OS reason in Danish with its code, never the temp name', () => {
    const error = Object.assign(new Error("EACCES: permission denied, open '/tmp/udkast/.rnsocial-tmp-0123456789ab'"), { code: 'EACCES', errno: -13 });
    expect(message({ code: 'writeFailed', error })).toEqual([
      'Rettelserne er ikke gemt, fordi filen ikke kunne skrives: ingen adgang (EACCES). Tjek, at du må skrive i filens mappe, og kør --fix igen.',
    ]);
  });

  it('changed while fixing', () => {
    expect(message({ code: 'changedWhileFixing' })).toEqual([
      'Filen blev ændret, mens rnsocial rettede den, så rettelserne er ikke gemt, og din ændring er bevaret. Kør --fix igen.',
    ]);
  });

  it('the OS reason in English, and an unknown code as itself', () => {
    expect(writeFailureReason(Object.assign(new Error('x'), { code: 'ENAMETOOLONG', errno: -36 }), 'en')).toBe('name too long (ENAMETOOLONG)');
    expect(writeFailureReason(Object.assign(new Error('x'), { code: 'ENAMETOOLONG', errno: -36 }), 'da')).toBe('navnet er for langt (ENAMETOOLONG)');
    expect(writeFailureReason(Object.assign(new Error('x'), { code: 'EWHATEVER' }), 'da')).toBe('EWHATEVER');
  });
});

describe('reports and caches (--output-file, --cache-location)', () => {
  it('-o through a symlink writes the real file and keeps the link', async () => {
    const dir = tempProject({ 'd.md': FIXABLE, 'reports/real.json': '' });
    symlinkSync('reports/real.json', path.join(dir, 'report.json'));
    const run = await cli(['lint', '--format', 'json', '-o', 'report.json', 'd.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(lstatSync(path.join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(results(readFileSync(path.join(dir, 'reports/real.json'), 'utf8'))[0]!.messages.map((m) => m.ruleId)).toEqual(['tone/officialese']);
  });

  it('-o /dev/stdout, /dev/fd/1 or /proc/self/fd/1 is the run\'s standard output; /dev/stderr its standard error', async () => {
    const dir = tempProject({ 'd.md': FIXABLE });
    for (const target of ['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']) {
      const run = await cli(['lint', '--format', 'json', '-o', target, 'd.md'], { cwd: dir });
      expect(results(run.stdout)[0]!.messages.map((m) => m.ruleId)).toEqual(['tone/officialese']);
    }
    const err = await cli(['lint', '--format', 'json', '-o', '/dev/stderr', 'd.md'], { cwd: dir });
    expect([err.stdout, results(err.stderr)[0]!.messages.map((m) => m.ruleId)]).toEqual(['', ['tone/officialese']]);
  });

  it('-o through a dangling symlink creates its target and keeps the link', async () => {
    const dir = tempProject({ 'd.md': FIXABLE });
    symlinkSync('target.txt', path.join(dir, 'report.txt'));
    await cli(['lint', '-o', 'report.txt', 'd.md'], { cwd: dir });
    expect(lstatSync(path.join(dir, 'report.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'target.txt'), 'utf8')).toContain('tone/officialese');
  });

  it('an existing report keeps its mode', async () => {
    const dir = tempProject({ 'd.md': FIXABLE, 'r.txt': 'old' });
    chmodSync(path.join(dir, 'r.txt'), 0o600);
    await cli(['lint', '-o', 'r.txt', 'd.md'], { cwd: dir });
    expect(statSync(path.join(dir, 'r.txt')).mode & 0o7777).toBe(0o600);
    expect(readFileSync(path.join(dir, 'r.txt'), 'utf8')).toContain('tone/officialese');
  });

  it('-o naming a folder: one rnsocial: line with the path and the reason, exit 2, no internal error (Danish and English)', async () => {
    const dir = tempProject({ 'd.md': FIXABLE, 'reports/keep.txt': '' });
    const da = await cli(['lint', '-o', 'reports', 'd.md'], { cwd: dir });
    expect([da.code, da.stderr]).toEqual([2, 'rnsocial: kan ikke skrive rapporten til reports: det er en mappe (EISDIR)\n']);
    const en = await cli(['lint', '--lang', 'en', '-o', 'reports', 'd.md'], { cwd: dir });
    expect([en.code, en.stderr]).toEqual([2, 'rnsocial: cannot write the report to reports: illegal operation on a directory (EISDIR)\n']);
  });

  it('-o below a file (a folder that cannot be made): one line, exit 2', async () => {
    const dir = tempProject({ 'd.md': FIXABLE, 'plain.txt': '' });
    const run = await cli(['lint', '-o', 'plain.txt/r.txt', 'd.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^rnsocial: kan ikke skrive rapporten til plain\.txt\/r\.txt: [^\n]+ \(E[A-Z]+\)\n$/);
  });

  it('--cache-location through a symlink keeps the link', async () => {
    const dir = tempProject({ 'd.md': FIXABLE, 'caches/real-cache': '' });
    symlinkSync('caches/real-cache', path.join(dir, '.rnsocialcache'));
    await cli(['lint', '--cache', 'd.md'], { cwd: dir });
    expect(lstatSync(path.join(dir, '.rnsocialcache')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'caches/real-cache'), 'utf8'))).toHaveProperty('files');
  });

  it.skipIf(!isRoot)('writeFileAtomic keeps the owner of a file it replaces (skipped unless root: only root can chown)', () => {
    const dir = tempProject({ 'r.txt': 'old' });
    const file = path.join(dir, 'r.txt');
    chownSync(file, NOBODY, NOBODY);
    writeFileAtomic(file, 'new');
    expect([statSync(file).uid, statSync(file).gid, readFileSync(file, 'utf8')]).toEqual([NOBODY, NOBODY, 'new']);
  });
});
