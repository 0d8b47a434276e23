/**
 * `--changed-since <ref>` (only what changed since a git ref) and `--baseline` /
 * `--update-baseline` (only new problems fail), in-process, in temporary git repositories.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedLines, keepChanged } from '../../src/cli/changed-lines.js';
import type { LintMessage } from '../../src/core/results.js';
import { GOOD, tempProject } from '../support/cli.js';
import { cli } from '../support/in-process.js';
import { toolEnv } from '../e2e/tools.js';

const OFFICIALESE = 'Vedrørende åbent hus: Vi har åbent hus på lørdag.';
/** A draft with one officialese problem on line 5, then more lines. */
const OLD = `${GOOD.replace(/Vi har åbent hus på lørdag\./, OFFICIALESE)}\nMere tekst.\n`;

interface Json {
  filePath: string;
  messages: Array<{ ruleId: string; line: number }>;
  suppressedMessages: Array<{ ruleId: string; line: number; suppressions: Array<{ kind: string; justification: string }> }>;
  errorCount: number;
  warningCount: number;
}

/** A git repository with these files committed; git sees no config but ours. */
function repo(files: Record<string, string>) {
  const dir = tempProject(files);
  const env = toolEnv(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-q', '-m', 'start');
  // The in-process CLI runs git with the test's environment: the same clean git settings.
  const runEnv: Record<string, string | undefined> = { GIT_CONFIG_GLOBAL: env.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: '1', GIT_DIR: undefined, GIT_WORK_TREE: undefined, GIT_INDEX_FILE: undefined };
  const lint = async (...args: string[]) => {
    const out = await cli(['lint', ...args], { cwd: dir, env: runEnv });
    return { ...out, results: out.stdout.startsWith('[') ? (JSON.parse(out.stdout) as Json[]) : [] };
  };
  return { dir, git, lint };
}

const problems = (results: Json[]) => results.flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)}:${m.line} ${m.ruleId}`));

describe('--changed-since', () => {
  it('reports only the problems on added or changed lines', async () => {
    const { dir, lint } = repo({ 'udkast/a.md': OLD });
    const before = await lint('--format', 'json');
    expect(problems(before.results)).toEqual(['a.md:5 tone/officialese']);
    // A new problem on an added line; the old one stays where it was.
    writeFileSync(path.join(dir, 'udkast/a.md'), `${OLD}Vedrørende parkering: brug P-huset.\n`);
    const after = await lint('--format', 'json', '--changed-since', 'HEAD');
    expect(problems(after.results)).toEqual(['a.md:8 tone/officialese']);
    expect(after.results[0]!.errorCount + after.results[0]!.warningCount).toBe(1);
    expect((await lint('--changed-since', 'HEAD', '--max-warnings', '0')).code).toBe(1);
    // Without the option, both.
    expect(problems((await lint('--format', 'json')).results)).toEqual(['a.md:5 tone/officialese', 'a.md:8 tone/officialese']);
  });

  it('lints only changed drafts; an untracked draft with all its problems', async () => {
    const { dir, lint } = repo({ 'udkast/a.md': OLD });
    writeFileSync(path.join(dir, 'udkast/ny.md'), OLD.replace('page:', 'pgae:'));
    const out = await lint('--format', 'json', '--changed-since', 'HEAD');
    expect(out.results.map((r) => path.basename(r.filePath))).toEqual(['ny.md']);
    expect(problems(out.results)).toEqual(expect.arrayContaining(['ny.md:5 tone/officialese']));
    expect(problems(out.results).some((p) => p.includes('draft/'))).toBe(true);
    expect(out.code).toBe(1);
  });

  it('nothing changed: exit 0', async () => {
    const { lint } = repo({ 'udkast/a.md': OLD });
    const out = await lint('--format', 'json', '--changed-since', 'HEAD');
    expect(out.results).toEqual([]);
    expect(out.code).toBe(0);
  });

  it('an unknown ref, or no git repository: exit 2 with a clear message', async () => {
    const { lint } = repo({ 'udkast/a.md': OLD });
    const out = await lint('--changed-since', 'origin/ingen-gren');
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^rnsocial: --changed-since: unknown git ref "origin\/ingen-gren"/);
    const bare = tempProject({ 'a.md': GOOD });
    const outside = await cli(['lint', '--changed-since', 'HEAD'], { cwd: bare, env: { GIT_CEILING_DIRECTORIES: path.dirname(bare), GIT_DIR: undefined } });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^rnsocial: --changed-since needs a git repository/);
  });

  it('hunk headers give the changed lines; draft/* messages always stay', () => {
    expect(changedLines('@@ -3,0 +4,2 @@\n+a\n+b\n@@ -9 +11 @@\n-x\n+y\n@@ -20,2 +21,0 @@\n-z\n-w\n')).toEqual([[4, 5], [11, 11]]);
    const m = (ruleId: string, line: number, endLine = line) => ({ ruleId, line, endLine }) as LintMessage;
    expect(keepChanged(m('tone/officialese', 3), [[4, 5]])).toBe(false);
    expect(keepChanged(m('tone/officialese', 3, 4), [[4, 5]])).toBe(true);
    expect(keepChanged(m('draft/frontmatter', 1), [[4, 5]])).toBe(true);
    expect(keepChanged(m('tone/officialese', 3), 'all')).toBe(true);
  });
});

describe('--baseline and --update-baseline', () => {
  it('suppresses the problems in the baseline, even when they move; new ones fail', async () => {
    const { dir, lint } = repo({ 'udkast/a.md': OLD, 'udkast/b.md': GOOD.replace('page:', 'pgae:') });
    const written = await lint('--format', 'json', '--update-baseline', '--baseline', '.rnsocial-baseline.json');
    expect(written.code).toBe(0);
    expect(written.stderr).toContain('.rnsocial-baseline.json');
    const file = path.join(dir, '.rnsocial-baseline.json');
    const baseline = readFileSync(file, 'utf8');
    expect(JSON.parse(baseline)).toMatchObject({ version: 1, lang: 'da', files: { 'udkast/a.md': { 'tone/officialese': {} } } });
    expect(Object.keys(JSON.parse(baseline).files)).toEqual(['udkast/a.md', 'udkast/b.md']);

    const again = await lint('--format', 'json', '--baseline', '.rnsocial-baseline.json');
    expect(again.code).toBe(0);
    expect(problems(again.results)).toEqual([]);
    const a = again.results.find((r) => r.filePath.endsWith('a.md'))!;
    expect(a.suppressedMessages.map((m) => [m.ruleId, m.line, m.suppressions])).toEqual([['tone/officialese', 5, [{ kind: 'baseline', justification: 'baseline' }]]]);
    // Writing it again gives the same bytes.
    await lint('--format', 'json', '--update-baseline', '--baseline', '.rnsocial-baseline.json');
    expect(readFileSync(file, 'utf8')).toBe(baseline);

    // Lines inserted above the old problem: still suppressed.
    writeFileSync(path.join(dir, 'udkast/a.md'), OLD.replace('\n---\n', '\n---\nNy indledning.\n\n'));
    const moved = await lint('--format', 'json', '--baseline', '.rnsocial-baseline.json');
    expect(moved.code).toBe(0);
    expect(moved.results.find((r) => r.filePath.endsWith('a.md'))!.suppressedMessages.map((m) => m.line)).toEqual([7]);

    // A new problem (a warning): reported, exit 1 with --max-warnings 0; the old one stays suppressed.
    writeFileSync(path.join(dir, 'udkast/a.md'), `${OLD}Vedrørende parkering: brug P-huset.\n`);
    const added = await lint('--format', 'json', '--baseline', '.rnsocial-baseline.json', '--max-warnings', '0');
    expect(problems(added.results)).toEqual(['a.md:8 tone/officialese']);
    expect(added.code).toBe(1);

    // SARIF marks a baseline suppression as external.
    const sarif = await cli(['lint', '--format', 'sarif', '--baseline', '.rnsocial-baseline.json'], { cwd: dir });
    const results = (JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ suppressions?: Array<{ kind: string }> }> }> }).runs[0]!.results;
    expect(results.flatMap((r) => r.suppressions ?? []).map((s) => s.kind)).toContain('external');
  });

  it('a missing baseline file, or one in the other language: exit 2', async () => {
    const { lint } = repo({ 'udkast/a.md': OLD });
    const missing = await lint('--baseline', 'ingen.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^rnsocial: no baseline file ingen\.json/);
    await lint('--update-baseline');
    const english = await lint('--baseline', '.rnsocial-baseline.json', '--lang', 'en');
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('--lang da');
  });
});
