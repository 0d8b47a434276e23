/**
 * The CLI on real files, for every bad-input case the foundation promises: in-process
 * (runCli with this test's folder and streams); test/e2e/smoke.test.ts spawns the real binary.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD, tempProject } from '../support/cli.js';
import { cli } from '../support/in-process.js';

const json = (stdout: string) => JSON.parse(stdout) as Array<{ filePath: string; messages: Array<Record<string, unknown>>; errorCount: number; warningCount: number }>;

const OFFICIALESE = `---
platform: facebook
page: Aalborg Universitetshospital
---
Vedrørende parkering: Vi har gratis parkering.
`;

describe('paths', () => {
  it('a named path that does not exist: exit 2, naming it', async () => {
    const run = await cli(['lint', 'findes-ikke.md'], { cwd: tempProject({ 'a.md': GOOD }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^rnsocial: .*findes-ikke\.md/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace without --debug
  });

  it('a folder with no drafts: exit 2, saying so', async () => {
    const dir = tempProject({ 'tom/notes.txt': 'hej' });
    const run = await cli(['lint', 'tom'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no drafts .* found in tom/);
  });

  it('a glob with no drafts: exit 2, saying so', async () => {
    const run = await cli(['lint', 'udkast/**/*.md'], { cwd: tempProject({ 'a.md': GOOD }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no drafts match udkast\/\*\*\/\*\.md/);
  });

  it('walks folders for *.md and *.markdown, respecting ignores, .rnsocialignore and .gitignore', async () => {
    const dir = tempProject({
      'a.md': GOOD,
      'b.markdown': GOOD,
      'c.txt': 'ikke et udkast',
      'arkiv/old.md': OFFICIALESE,
      'kladde/x.md': OFFICIALESE,
      'build/y.md': OFFICIALESE,
      '.rnsocialignore': 'kladde/\n',
      '.gitignore': 'build/\n',
      '.rnsocialrc.json': JSON.stringify({ ignores: ['arkiv/**'] }),
    });
    const run = await cli(['lint', '.', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(json(run.stdout).map((r) => path.basename(r.filePath))).toEqual(['a.md', 'b.markdown']);
  });
});

describe('bad drafts', () => {
  it('binary and Latin-1 files among good ones: draft/encoding for those two, the others linted, exit 1', async () => {
    const dir = tempProject({
      'a-good.md': GOOD,
      'b-binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      'c-latin1.md': Buffer.from(GOOD.replace('lørdag', 'lørdag'), 'latin1'),
      'd-officialese.md': OFFICIALESE,
    });
    const run = await cli(['lint', '.', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const results = json(run.stdout);
    expect(results).toHaveLength(4);
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId)]));
    expect(byName['a-good.md']).toEqual([]);
    expect(byName['b-binary.md']).toEqual(['draft/encoding']);
    expect(byName['c-latin1.md']).toEqual(['draft/encoding']);
    expect(byName['d-officialese.md']).toContain('tone/officialese');
    const latin1 = results.find((r) => r.filePath.endsWith('c-latin1.md'))!.messages[0]!;
    expect([latin1.line, latin1.column]).toEqual([5, 8]); // the Latin-1 å of »åbent«
  });

  it('an empty file: draft/empty', async () => {
    const run = await cli(['lint', 'tom.md', '--format', 'json'], { cwd: tempProject({ 'tom.md': '' }) });
    expect(run.code).toBe(1);
    expect(json(run.stdout)[0]!.messages.map((m) => m.ruleId)).toEqual(['draft/empty']);
  });

  it('BOM + CRLF: positions are still exact', async () => {
    const text = '\uFEFF' + OFFICIALESE.replace(/\n/g, '\r\n');
    const run = await cli(['lint', 'a.md', '--format', 'json'], { cwd: tempProject({ 'a.md': text }) });
    const message = json(run.stdout)[0]!.messages.find((m) => m.ruleId === 'tone/officialese')!;
    expect(message).toMatchObject({ line: 5, column: 1, endLine: 5, endColumn: 11 });
  });

  it('invalid YAML frontmatter: draft/frontmatter at its line', async () => {
    const text = '---\nplatform: facebook\npage: [Aalborg\n---\nHej.\n';
    const run = await cli(['lint', 'a.md', '--format', 'json'], { cwd: tempProject({ 'a.md': text }) });
    expect(run.code).toBe(1);
    const message = json(run.stdout)[0]!.messages.find((m) => m.ruleId === 'draft/frontmatter')!;
    expect(message.line).toBe(3);
  });

  it('an unknown frontmatter key: a "did you mean"', async () => {
    const text = GOOD.replace('page:', 'pgae:');
    const run = await cli(['lint', 'a.md'], { cwd: tempProject({ 'a.md': text }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/3:1\s+fejl\s+Ukendt nøgle »pgae« i frontmatter\. Mente du »page«\?\s+draft\/frontmatter/);
  });

  it('an unknown platform: draft/platform', async () => {
    const run = await cli(['lint', 'a.md', '--lang', 'en'], { cwd: tempProject({ 'a.md': GOOD.replace('facebook', 'facebok') }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/2:11\s+error\s+Unknown platform 'facebok'\. Did you mean 'facebook'\?.*draft\/platform/);
  });
});

describe('config', () => {
  it('invalid JSON in .rnsocialrc.json: exit 2 with file and position', async () => {
    const dir = tempProject({ 'a.md': GOOD, '.rnsocialrc.json': '{\n  "rules": {\n    "tone/officialese": "off",,\n  }\n}\n' });
    const run = await cli(['lint', 'a.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^rnsocial: invalid config .*\.rnsocialrc\.json:3:\d+: /);
  });

  it('a config value of the wrong type: exit 2 with the key path', async () => {
    const dir = tempProject({ 'a.md': GOOD, '.rnsocialrc.json': JSON.stringify({ monitoring: { from: 8 } }) });
    const run = await cli(['lint', 'a.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/monitoring\.from: must be string/);
  });

  it('an unknown rule id in config: exit 2 with a "did you mean"', async () => {
    const dir = tempProject({ 'a.md': GOOD, '.rnsocialrc.json': JSON.stringify({ rules: { 'tone/oficialese': 'off' } }) });
    const run = await cli(['lint', 'a.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.rnsocialrc\.json: rules\.tone\/oficialese: unknown rule \(did you mean "tone\/officialese"\?\)/);
  });

  it('an unknown rule id in --rule: exit 2 with a "did you mean"', async () => {
    const run = await cli(['lint', 'a.md', '--rule', 'tone/oficialese:off'], { cwd: tempProject({ 'a.md': GOOD }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--rule: rules\.tone\/oficialese: unknown rule \(did you mean "tone\/officialese"\?\)/);
  });

  it('--rule, overrides and --no-config change severities', async () => {
    const dir = tempProject({
      'a.md': OFFICIALESE,
      '.rnsocialrc.json': JSON.stringify({ overrides: [{ files: ['*.md'], rules: { 'tone/officialese': 'error' } }] }),
    });
    expect((await cli(['lint', 'a.md'], { cwd: dir })).code).toBe(1);
    expect((await cli(['lint', 'a.md', '--rule', 'tone/officialese:off'], { cwd: dir })).code).toBe(0);
    expect((await cli(['lint', 'a.md', '--no-config'], { cwd: dir })).code).toBe(0);
    expect((await cli(['lint', 'a.md', '--config', 'findes-ikke.json'], { cwd: dir })).code).toBe(2);
  });
});

describe('--fix', () => {
  it('writes atomically, keeps BOM and CRLF, and a second run changes nothing', async () => {
    const original = '\uFEFF' + OFFICIALESE.replace(/\n/g, '\r\n');
    const dir = tempProject({ 'a.md': original });
    const file = path.join(dir, 'a.md');
    const first = await cli(['lint', 'a.md', '--fix'], { cwd: dir });
    expect(first.code).toBe(0);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toBe(original.replace('Vedrørende', 'Om'));
    expect(fixed.startsWith('\uFEFF')).toBe(true);
    expect(fixed.split('\r\n')).toHaveLength(original.split('\r\n').length);
    await cli(['lint', 'a.md', '--fix'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(fixed);
    expect(readdirSync(dir).filter((f) => f.includes('rnsocial-tmp'))).toEqual([]);
  });

  it('--fix-dry-run writes nothing and shows the output in JSON', async () => {
    const dir = tempProject({ 'a.md': OFFICIALESE });
    const run = await cli(['lint', 'a.md', '--fix-dry-run', '--format', 'json'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(OFFICIALESE);
    expect((json(run.stdout)[0] as unknown as { output: string }).output).toContain('Om parkering');
  });
});

describe('options and output', () => {
  it('prints stylish output in Danish with a summary', async () => {
    const run = await cli(['lint', 'a.md'], { cwd: tempProject({ 'a.md': OFFICIALESE }) });
    expect(run.stdout).toContain('a.md');
    expect(run.stdout).toMatch(/5:1\s+advarsel\s+Skriv »Om« i stedet for »Vedrørende«/);
    expect(run.stdout).toMatch(/✖ 1 problem \(0 fejl, 1 advarsel\)/);
    expect(run.stdout).toMatch(/kan rettes automatisk med --fix/);
  });

  it('--format json has ESLint\'s shape', async () => {
    const run = await cli(['lint', 'a.md', '--format', 'json'], { cwd: tempProject({ 'a.md': OFFICIALESE }) });
    const [result] = json(run.stdout);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 1, suppressedMessages: [] });
    expect(path.isAbsolute(result!.filePath)).toBe(true);
    expect(result!.messages[0]).toMatchObject({ ruleId: 'tone/officialese', severity: 1, line: 5, column: 1, fix: { text: 'Om' }, platforms: ['facebook'] });
  });

  it('--max-warnings, --quiet and --output-file', async () => {
    const dir = tempProject({ 'a.md': OFFICIALESE });
    const over = await cli(['lint', 'a.md', '--max-warnings', '0'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('rnsocial: for mange advarsler: 1 advarsel, højst 0 (--max-warnings).\n');
    expect((await cli(['lint', 'a.md', '--max-warnings', '1'], { cwd: dir })).code).toBe(0);
    expect((await cli(['lint', 'a.md', '--quiet'], { cwd: dir })).stdout).toBe('');
    const run = await cli(['lint', 'a.md', '--format', 'json', '--output-file', 'rapport.json'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'rapport.json'), 'utf8'))[0].warningCount).toBe(1);
  });

  it('--stdin with --stdin-filename', async () => {
    const run = await cli(['lint', '--stdin', '--stdin-filename', 'instagram/opslag.md', '--format', 'json'], { input: OFFICIALESE.replace('platform: facebook\n', '') });
    const [result] = json(run.stdout);
    expect(result!.filePath).toMatch(/instagram\/opslag\.md$/);
    expect((result as unknown as { platforms: string[] }).platforms).toEqual(['instagram']);
  });

  it('colours only when asked', async () => {
    const dir = tempProject({ 'a.md': OFFICIALESE });
    expect((await cli(['lint', 'a.md'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '' } })).stdout).toMatch(/\u001b\[/);
    expect((await cli(['lint', 'a.md', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
  });

  it('rules, explain, --version and --help', async () => {
    const rules = await cli(['rules']);
    expect(rules.code).toBe(0);
    expect(rules.stdout).toMatch(/tone\/officialese\s+warn/);
    const explain = await cli(['explain', 'draft/frontmatter']);
    expect(explain.stdout).toMatch(/^# draft\/frontmatter/);
    expect(explain.stdout).toMatch(/## Dårligt/);
    const unknown = await cli(['explain', 'tone/oficialese']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('rnsocial: ukendt regel "tone/oficialese" (mente du "tone/officialese"?)\n');
    expect((await cli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect((await cli(['lint', '--help'])).stdout).toMatch(/Eksempler:/);
  });

  it('--concurrency: a bad value is exit 2 (runs with worker threads: test/e2e/parallel.test.ts)', async () => {
    const run = await cli(['lint', 'a.md', '--concurrency', 'mange'], { cwd: tempProject({ 'a.md': GOOD }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--concurrency must be a whole number, auto or off/);
  });

  it('init writes .rnsocialrc.json and refuses to overwrite it', async () => {
    const dir = tempProject({ 'a.md': GOOD });
    expect((await cli(['init'], { cwd: dir })).code).toBe(0);
    const written = readFileSync(path.join(dir, '.rnsocialrc.json'), 'utf8');
    expect((await cli(['lint', 'a.md'], { cwd: dir })).code).toBe(0); // the starter config is valid
    writeFileSync(path.join(dir, '.rnsocialrc.json'), written);
    const again = await cli(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('rnsocial: .rnsocialrc.json findes allerede; rnsocial init overskriver aldrig en konfiguration\n');
  });
});
