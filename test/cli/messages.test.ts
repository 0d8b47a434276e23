/**
 * Messages that tell the truth: a user's mistake (config, a named path) is one `rnsocial:` line
 * about that mistake, never an "internal error"; control characters in what is quoted are shown
 * as escapes; commander's help speaks Danish placeholders too.
 */
import { describe, expect, it } from 'vitest';
import { GOOD, tempProject } from '../support/cli.js';
import { cli } from '../support/in-process.js';

describe('config mistakes through the CLI', () => {
  it('a config whose getter throws: invalid config with its reason, exit 2', async () => {
    const dir = tempProject({ 'a.md': GOOD, 'rnsocial.config.mjs': 'export default { get units() { throw new Error("getter boom"); } };\n' });
    expect(await cli(['lint', 'a.md'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: `rnsocial: invalid config ${dir}/rnsocial.config.mjs: getter boom\n` });
  });

  it('a throwing rnsocial.config.js: its own message', async () => {
    const dir = tempProject({ 'a.md': GOOD, 'rnsocial.config.js': 'throw new Error("boom from config");\n' });
    expect(await cli(['lint', 'a.md'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: `rnsocial: invalid config ${dir}/rnsocial.config.js: boom from config\n` });
  });

  it('a broken package.json without an "rnsocial" key does not stop the run', async () => {
    const dir = tempProject({ 'a.md': GOOD, 'package.json': '{"name": "opslag",\n' });
    expect(await cli(['lint', 'a.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '✔ 1 udkast, ingen problemer\n' });
  });
});

describe('control characters in rnsocial: lines', () => {
  it('a named file that does not exist is quoted with its escape sequence shown, not sent', async () => {
    const run = await cli(['lint', 'nope\u001b[2J\u202e.md'], { cwd: tempProject({}) });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'rnsocial: filen eller mappen findes ikke: nope\\x1B[2J\\u202E.md\n' });
    const en = await cli(['lint', 'nope\u001b[2J\u202e.md', '--lang', 'en'], { cwd: tempProject({}) });
    expect(en.stderr).toBe('rnsocial: no such file or folder: nope\\x1B[2J\\u202E.md\n');
  });

  it('an unknown option with a control character stays one escaped line', async () => {
    const run = await cli(['lint', '--bo\u001bgus']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: "rnsocial: ukendt tilvalg '--bo\\x1Bgus'; se --help\n" });
  });

  it('an ignored file named with a control character is escaped in the skip warning', async () => {
    const name = 'a\u001b[31m.md';
    const dir = tempProject({ [name]: GOOD, '.rnsocialignore': '*.md\n' });
    const run = await cli(['lint', name], { cwd: dir });
    expect(run.stderr).toContain('rnsocial: a\\x1B[31m.md springes over');
    expect(run.stderr).not.toContain('\u001b');
  });
});

describe('the cache', () => {
  it('a cache that cannot be written is a Danish warning, and the run keeps its result', async () => {
    const dir = tempProject({ 'a.md': GOOD });
    const run = await cli(['lint', '--cache', '--cache-location', 'a.md/cache', 'a.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^rnsocial: cachen ${dir}/a\\.md/cache kunne ikke skrives: .+\\([A-Z]+\\)$`, 'm'));
    expect(run.stderr).not.toMatch(/internal error|could not/);
  });
});

describe('control characters in the stylish --fix-dry-run diff', () => {
  it('the file name in the diff header is escaped', async () => {
    const name = 'a\u001b[31m.md';
    const draft = '---\nplatform: facebook\npage: Aalborg Universitetshospital\n---\nVedrørende blodbussen: kig forbi.\n';
    const run = await cli(['lint', '--fix-dry-run', name], { cwd: tempProject({ [name]: draft }) });
    expect(run.stdout).toContain('--- a\\x1B[31m.md\n+++ a\\x1B[31m.md\n');
    expect(run.stdout + run.stderr).not.toContain('\u001b');
  });
});

describe('usage errors and help', () => {
  it('a usage error is one rnsocial: line pointing at --help, in Danish or English', async () => {
    expect(await cli(['lint', '--bogus'])).toEqual({ code: 2, stdout: '', stderr: "rnsocial: ukendt tilvalg '--bogus'; se --help\n" });
    expect(await cli(['lint', '--bogus', '--lang', 'en'])).toEqual({ code: 2, stdout: '', stderr: "rnsocial: unknown option '--bogus'; see --help\n" });
  });

  it('Danish help has Danish placeholders; English keeps commander\'s', async () => {
    const da = await cli(['--help']);
    expect(da.stdout).toContain('Brug: rnsocial [tilvalg] [kommando]');
    expect(da.stdout).toMatch(/^ {2}lint \[tilvalg\] \[paths\.\.\.\] +tjek udkast/m);
    expect(da.stdout).not.toMatch(/\[options\]|\[command\]/);
    expect((await cli(['lint', '--help'])).stdout).toMatch(/^Brug: rnsocial lint \[tilvalg\] \[paths\.\.\.\]$/m);
    const en = await cli(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: rnsocial [options] [command]');
  });
});
