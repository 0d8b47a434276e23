/** github: workflow commands escaped as @actions/core escapes them, and the job summary. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapeData, escapeProperty, github, githubSummary, markdownCell, workflowCommand } from '../../src/formatters/github.js';
import { context, message, result, tempRepo } from './support.js';

/** How the runner reads a command line back (the inverse of @actions/core's escaping). */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const m = /^::([a-z]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (v: string) => v.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const i = pair.indexOf('=');
    properties[pair.slice(0, i)] = unescape(pair.slice(i + 1));
  }
  return { command: m[1]!, properties, message: unescape(m[3]!) };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('escaping', () => {
  it('data: % first, then CR and LF; colons and commas stay', () => {
    expect(escapeData('100%\r\nny linje: a, b')).toBe('100%25%0D%0Any linje: a, b');
    expect(escapeData('%0A')).toBe('%250A'); // an escape sequence in the text is not mistaken for one
  });

  it('properties: also : and ,', () => {
    expect(escapeProperty('a:b,c%d\ne\rf')).toBe('a%3Ab%2Cc%25d%0Ae%0Df');
  });

  it('round-trips through the runner\'s unescaping', () => {
    const line = workflowCommand('error', { file: 'x,y:z%.md', title: 'a/b' }, 'besked: 50%, ny\r\nlinje %0A');
    expect(line).not.toMatch(/[\r\n]/);
    expect(parseCommand(line)).toEqual({ command: 'error', properties: { file: 'x,y:z%.md', title: 'a/b' }, message: 'besked: 50%, ny\r\nlinje %0A' });
  });
});

describe('github', () => {
  it('one ::error or ::warning per message with file, line, col, endLine, endColumn and the rule as title', () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    const out = github(
      [
        result('udkast/a.md', [
          message({ severity: 2, ruleId: 'draft/frontmatter', message: 'Ukendt nøgle »pgae«. Mente du »page«?', line: 3, column: 1, endLine: 3, endColumn: 5 }),
          message(),
        ]),
        result('udkast/b.md'),
      ],
      context(),
    );
    expect(out.split('\n')).toEqual([
      '::error file=udkast/a.md,line=3,col=1,endLine=3,endColumn=5,title=draft/frontmatter::Ukendt nøgle »pgae«. Mente du »page«?',
      '::warning file=udkast/a.md,line=5,col=1,endLine=5,endColumn=11,title=tone/officialese::Skriv »Om« i stedet for »Vedrørende«.',
      '',
    ]);
  });

  it('file names and messages with %, CR, LF, : and , survive', () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    const repo = tempRepo();
    const out = github([{ ...result('x.md', [message({ message: 'a: b, c\n50%\r' })]), filePath: path.join(repo, 'kampagne: 50%, del 1.md') }], context({ cwd: repo }));
    const line = out.trimEnd();
    expect(line).toBe('::warning file=kampagne%3A 50%25%2C del 1.md,line=5,col=1,endLine=5,endColumn=11,title=tone/officialese::a: b, c%0A50%25%0D');
    expect(parseCommand(line).properties.file).toBe('kampagne: 50%, del 1.md');
    expect(parseCommand(line).message).toBe('a: b, c\n50%\r');
  });

  it('no messages: no output', () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    expect(github([result('a.md')], context())).toBe('');
  });

  it('appends a Markdown job summary to $GITHUB_STEP_SUMMARY', () => {
    const dir = tempRepo();
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '# Tidligere trin\n\n');
    vi.stubEnv('GITHUB_STEP_SUMMARY', summary);
    github([result('a.md', [message({ message: 'Brug | ikke <b>' })]), result('b.md')], context());
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# Tidligere trin\n\n## rnsocial\n')).toBe(true);
    expect(text).toContain('✖ 1 problem (0 fejl, 1 advarsel) i 1 udkast.');
    expect(text).toContain('| Fil | Linje | Alvor | Regel | Besked |');
    expect(text).toContain('| <code>a.md</code> | 5:1 | advarsel | <code>tone/officialese</code> | Brug \\| ikke &lt;b&gt; |');
  });

  it('an unwritable $GITHUB_STEP_SUMMARY is reported, not fatal', () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', path.join(tempRepo(), 'findes-ikke', 'summary.md'));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(github([result('a.md', [message()])], context())).toMatch(/^::warning /);
      expect(String(stderr.mock.calls[0]?.[0])).toMatch(/could not write the job summary/);
    } finally {
      stderr.mockRestore();
    }
  });

  it('a clean run says so in the summary, in English with --lang en', () => {
    expect(githubSummary([result('a.md'), result('b.md')], { cwd: context().cwd, lang: 'en' })).toBe('## rnsocial\n\n✔ No problems in 2 drafts.\n\n');
  });

  it('the summary lists at most 500 rows and counts the rest', () => {
    const many = Array.from({ length: 502 }, (_, i) => message({ line: i + 1 }));
    const text = githubSummary([result('a.md', many)], { cwd: context().cwd, lang: 'da' });
    expect(text.split('\n').filter((l) => l.startsWith('| <code>'))).toHaveLength(500);
    expect(text).toContain('… og 2 til.');
  });

  it('table cells: one line, pipes escaped, HTML neutralised', () => {
    expect(markdownCell('a|b\r\nc<d>&e')).toBe('a\\|b c&lt;d&gt;&amp;e');
  });
});
