/** The CI formats through the CLI (in-process): repo-relative paths even for absolute arguments, SARIF valid, the job summary, the editor command. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD, tempProject } from '../support/cli.js';
import { cli } from '../support/in-process.js';
import { all, parseXml, sarifProblems } from '../formatters/support.js';

const OFFICIALESE = GOOD.replace('Vi har åbent hus på lørdag.', 'Vedrørende åbent hus: Vi har åbent på lørdag.');
const BROKEN = GOOD.replace('page:', 'pgae:');

/** A drafts repository (a .git folder is what rnsocial looks for) run from a subfolder, with absolute paths as lint-staged passes them. */
function repo() {
  const dir = tempProject({ 'udkast/facebook/a.md': OFFICIALESE, 'udkast/facebook/b.md': BROKEN, 'udkast/facebook/c.md': GOOD });
  mkdirSync(path.join(dir, '.git'));
  const cwd = path.join(dir, 'udkast');
  const files = ['a.md', 'b.md', 'c.md'].map((f) => path.join(dir, 'udkast/facebook', f));
  return { dir, cwd, files };
}

describe('CI formats', () => {
  it('every CI format names files relative to the repository root, also when given absolute paths from a subfolder', async () => {
    const { cwd, files } = repo();
    const wanted = ['udkast/facebook/a.md', 'udkast/facebook/b.md'];

    const sarif = await cli(['lint', ...files, '--format', 'sarif'], { cwd });
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(sarifProblems(log)).toBeUndefined();
    expect([...new Set(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri))]).toEqual(wanted);

    const github = await cli(['lint', ...files, '--format', 'github'], { cwd });
    expect(github.code).toBe(1);
    expect([...new Set(github.stdout.trim().split('\n').map((l) => /file=([^,]+)/.exec(l)![1]))]).toEqual(wanted);
    expect(github.stdout).toMatch(/^::warning file=udkast\/facebook\/a\.md,line=5,col=1,endLine=5,endColumn=11,title=tone\/officialese::Skriv »Om« i stedet for »Vedrørende«/m);
    expect(github.stdout).toMatch(/^::error file=udkast\/facebook\/b\.md,line=3,col=1,.*title=draft\/frontmatter::Ukendt nøgle »pgae«/m);

    const junit = parseXml((await cli(['lint', ...files, '--format', 'junit'], { cwd })).stdout);
    expect(all(junit, 'testsuite').map((s) => s.attributes.name)).toEqual([...wanted, 'udkast/facebook/c.md']);

    const gitlab = JSON.parse((await cli(['lint', ...files, '--format', 'gitlab'], { cwd })).stdout) as Array<{ location: { path: string } }>;
    expect([...new Set(gitlab.map((i) => i.location.path))]).toEqual(wanted);

    const checkstyle = parseXml((await cli(['lint', ...files, '--format', 'checkstyle'], { cwd })).stdout);
    expect(all(checkstyle, 'file').map((f) => f.attributes.name)).toEqual([...wanted, 'udkast/facebook/c.md']);
  });

  it('outside a git repository, paths are relative to the working folder', async () => {
    const dir = tempProject({ 'x/a.md': OFFICIALESE });
    const run = await cli(['lint', path.join(dir, 'x/a.md'), '--format', 'gitlab'], { cwd: dir });
    const found = (JSON.parse(run.stdout) as Array<{ location: { path: string } }>)[0]!.location.path;
    // tmpdir could itself sit inside a repository; then the path is relative to that root.
    expect(found.endsWith('x/a.md')).toBe(true);
    expect(path.isAbsolute(found)).toBe(false);
  });

  it('github: appends the job summary to $GITHUB_STEP_SUMMARY', async () => {
    const { dir, cwd } = repo();
    const summary = path.join(dir, 'summary.md');
    const run = await cli(['lint', '.', '--format', 'github', '--lang', 'en'], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.code).toBe(1);
    const text = readFileSync(summary, 'utf8');
    expect(text).toMatch(/^## rnsocial\n\n✖ \d+ problems \(\d+ errors?, \d+ warnings?\) in 2 drafts\./);
    expect(text).toContain('| <code>udkast/facebook/b.md</code> | 3:1 | error | <code>draft/frontmatter</code> |');
  });

  it('sarif to a file with --output-file; an unknown format lists the formats', async () => {
    const { cwd } = repo();
    const run = await cli(['lint', '.', '--format', 'sarif', '--output-file', '../rnsocial.sarif'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(sarifProblems(JSON.parse(readFileSync(path.join(cwd, '../rnsocial.sarif'), 'utf8')))).toBeUndefined();
    const unknown = await cli(['lint', '.', '--format', 'sarif2'], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown format "sarif2" \(use stylish, json, sarif, github, junit, gitlab, checkstyle, html\)/);
  });

  it('the editor command: --stdin --stdin-filename F --format json lints unsaved text as file F', async () => {
    const { cwd, dir } = repo();
    writeFileSync(path.join(dir, '.rnsocialrc.json'), JSON.stringify({ rules: { 'tone/officialese': 'error' } }));
    const run = await cli(['lint', '--stdin', '--stdin-filename', 'facebook/a.md', '--format', 'json'], { cwd, input: OFFICIALESE });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number; line: number; column: number; endLine: number; endColumn: number; fix?: { range: number[]; text: string } }> }>;
    expect(result!.filePath).toBe(path.join(cwd, 'facebook/a.md'));
    expect(result!.messages[0]).toMatchObject({ ruleId: 'tone/officialese', severity: 2, line: 5, column: 1, endLine: 5, endColumn: 11, fix: { text: 'Om' } });
    // The file on disk is not read: the editor's unsaved text is what counts.
    expect(readFileSync(path.join(cwd, 'facebook/a.md'), 'utf8')).toBe(OFFICIALESE);
    const fixed = await cli(['lint', '--stdin', '--stdin-filename', 'facebook/a.md', '--format', 'json', '--fix-dry-run'], { cwd, input: OFFICIALESE });
    expect((JSON.parse(fixed.stdout) as Array<{ output: string }>)[0]!.output).toContain('Om åbent hus');
  });
});
