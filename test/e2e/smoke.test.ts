/**
 * The real binary (bin/rnsocial.js → the dist/ bundle), one spawn per case: the exit codes
 * 0, 1 and 2, standard input, and every output format, each compared with what the in-process
 * run that the other CLI tests use prints (test/support/in-process.ts).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, GOOD, rnsocial, tempProject } from '../support/cli.js';
import { ROOT } from '../support/lint.js';
import { cli } from '../support/in-process.js';

/** A warning with a fix (tone/officialese) and an error (draft/frontmatter). */
const PROBLEMS = `---
platform: facebook
pgae: Aalborg Universitetshospital
---
Vedrørende parkering: Vi har gratis parkering.
`;

const project = (): string => tempProject({ 'udkast/godt.md': GOOD, 'udkast/problemer.md': PROBLEMS });

describe('the built CLI', () => {
  it('exit 0: a clean draft, one line on stderr', () => {
    const run = rnsocial(['lint', 'udkast/godt.md'], { cwd: project() });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '✔ 1 udkast, ingen problemer\n' });
  });

  it('exit 1: problems, in the default (stylish) format, as the in-process run prints them', async () => {
    const cwd = project();
    const run = rnsocial(['lint', 'udkast'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/5:1\s+advarsel\s+Skriv »Om« i stedet for »Vedrørende«.*tone\/officialese/);
    expect(run.stderr).toBe('');
    expect(run).toEqual(await cli(['lint', 'udkast'], { cwd }));
  });

  it('exit 2: one line on stderr, no stack', () => {
    const run = rnsocial(['lint', 'findes-ikke.md'], { cwd: project() });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^rnsocial: [^\n]*findes-ikke\.md[^\n]*\n$/);
  });

  it('a reader that stops early (| head) ends the run quietly, with its own exit code', () => {
    const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" lint fixtures --format json | head -c 10 > /dev/null`], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1); // fixtures/ has errors: the pipe closing early changes nothing
  });

  it('--stdin --stdin-filename', async () => {
    const cwd = project();
    const args = ['lint', '--stdin', '--stdin-filename', 'instagram/opslag.md', '--format', 'json'];
    const input = PROBLEMS.replace('platform: facebook\n', '');
    const run = rnsocial(args, { cwd, input });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as Array<{ filePath: string; platforms: string[] }>;
    expect(result!.filePath.endsWith('instagram/opslag.md')).toBe(true);
    expect(result!.platforms).toEqual(['instagram']);
    expect(run).toEqual(await cli(args, { cwd, input }));
  });

  it.each(['json', 'sarif', 'github', 'junit', 'gitlab', 'checkstyle'])('--format %s', async (format) => {
    const cwd = project();
    const run = rnsocial(['lint', 'udkast', '--format', format], { cwd, env: { GITHUB_STEP_SUMMARY: '' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('tone/officialese');
    expect(run.stdout).toContain('draft/frontmatter');
    expect(run).toEqual(await cli(['lint', 'udkast', '--format', format], { cwd }));
  });
});
