/** Issue 12, points 5 and 6: the config you can see (print-config, rules and explain with the project config, every config problem at once) and the Danish front door. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD, tempProject } from '../support/cli.js';
import { cli } from '../support/in-process.js';
import { ROOT } from '../support/lint.js';

const CONFIG = JSON.stringify({ rules: { 'tone/officialese': 'off', 'hashtag/count': ['error', { max: 1 }] }, overrides: [{ files: 'kampagner/**', rules: { 'tone/emoji': 'off' } }] });

describe('print-config', () => {
  it('the config file, the platform and why, and each rule as it applies to the file', async () => {
    const dir = tempProject({ '.rnsocialrc.json': CONFIG, 'a.md': GOOD, 'instagram/b.md': 'Hej\n' });
    const run = await cli(['print-config', 'a.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({ file: 'a.md', configFile: '.rnsocialrc.json', platforms: ['facebook'], platformFrom: 'frontmatter' });
    expect(Object.keys(printed.rules)).toEqual(['facebook']);
    expect(printed.rules.facebook['tone/officialese']).toEqual({ severity: 'off', options: expect.any(Object) });
    expect(printed.rules.facebook['hashtag/count']).toEqual({ severity: 'error', options: expect.objectContaining({ max: 1 }) });
    expect(printed.rules.facebook['tone/emoji'].severity).not.toBe('off');

    const folder = JSON.parse((await cli(['lint', '--print-config', 'instagram/b.md'], { cwd: dir })).stdout);
    expect(folder).toMatchObject({ file: 'instagram/b.md', platforms: ['instagram'], platformFrom: 'folder' });
    expect(folder.rules.instagram['hashtag/local']).toBeDefined();
  });

  it('an override applies to the files it matches, even before they exist', async () => {
    const dir = tempProject({ '.rnsocialrc.json': CONFIG });
    const printed = JSON.parse((await cli(['print-config', 'kampagner/x.md', '--platform', 'linkedin'], { cwd: dir })).stdout);
    expect(printed).toMatchObject({ file: 'kampagner/x.md', platforms: ['linkedin'], platformFrom: 'cli' });
    expect(printed.rules.linkedin['tone/emoji'].severity).toBe('off');
  });

  it('reads a draft under the config\'s own size limit (maxDraftBytes), like lint does', async () => {
    const big = `${GOOD}\n${'Vi ses på hospitalet. '.repeat(1_000)}\n`; // ~22 KB: over 10 KB, under 64 KB
    const config = (maxDraftBytes: number): string => JSON.stringify({ maxDraftBytes });
    const within = tempProject({ '.rnsocialrc.json': config(65_536), 'a.md': big });
    expect(JSON.parse((await cli(['print-config', 'a.md'], { cwd: within })).stdout)).toMatchObject({ platforms: ['facebook'], platformFrom: 'frontmatter' });
    // Over the limit the draft is not read at all, so its frontmatter names no platform.
    const over = tempProject({ '.rnsocialrc.json': config(10_240), 'a.md': big });
    expect(JSON.parse((await cli(['print-config', 'a.md'], { cwd: over })).stdout).platformFrom).not.toBe('frontmatter');
  });

  it('--no-config: the built-in defaults', async () => {
    const dir = tempProject({ '.rnsocialrc.json': CONFIG, 'a.md': GOOD });
    const printed = JSON.parse((await cli(['print-config', 'a.md', '--no-config'], { cwd: dir })).stdout);
    expect(printed.configFile).toBeNull();
    expect(printed.rules.facebook['tone/officialese'].severity).toBe('warn');
  });
});

describe('rules and explain with the project config', () => {
  it('rules: a rule switched off or re-thresholded shows as such; --no-config does not', async () => {
    const dir = tempProject({ '.rnsocialrc.json': CONFIG });
    const rules = await cli(['rules'], { cwd: dir });
    expect(rules.code).toBe(0);
    expect(rules.stdout).toMatch(/^tone\/officialese +off +off +off +off +ja$/m);
    expect(rules.stdout).toMatch(/^hashtag\/count +error +error +error +error$/m);
    expect((await cli(['rules', '--no-config'], { cwd: dir })).stdout).toMatch(/^tone\/officialese +warn +warn +warn +warn +ja$/m);
  });

  it('rules: the short table fits 100 columns; --long and --platform add the source', async () => {
    const rules = await cli(['rules', '--no-config']);
    const lines = rules.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^regel +facebook +linkedin +twitter +instagram +ret$/);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(rules.stdout).not.toContain('Tone-of-voice');
    const long = await cli(['rules', '--no-config', '--long', '--lang', 'en']);
    expect(long.stdout.split('\n')[0]).toMatch(/^rule +facebook +linkedin +twitter +instagram +fix +strategy source$/);
    expect(long.stdout).toMatch(/^tone\/officialese +warn +warn +warn +warn +yes +3 Indhold og kanaler › Tone-of-voice/m);
    const one = await cli(['rules', '--no-config', '--platform', 'x']);
    expect(one.stdout.split('\n')[0]).toMatch(/^regel +twitter +ret kilde i strategien$/);
  });

  it('explain: the severities under the config', async () => {
    const dir = tempProject({ '.rnsocialrc.json': CONFIG });
    const run = await cli(['explain', 'tone/officialese'], { cwd: dir });
    expect(run.stdout).toContain('\nAlvor (med jeres konfiguration): facebook: off, linkedin: off, twitter: off, instagram: off\n');
    expect((await cli(['explain', 'tone/officialese', '--no-config'], { cwd: dir })).stdout).toContain('\nAlvor: facebook: warn, linkedin: warn, twitter: warn, instagram: warn\n');
  });

  it('explain --lang en: the page is Danish, said in English with the English description', async () => {
    const run = await cli(['explain', 'tone/officialese', '--lang', 'en', '--no-config']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      '# tone/officialese',
      '',
      expect.stringMatching(/^\S/),
      '',
      'The rule page is in Danish only: docs/rules/tone/officialese.md (run without --lang en to read it).',
    ]);
    expect(run.stdout).not.toContain('## Dårligt');
    expect(run.stdout).toContain('\nSeverity: facebook: warn, linkedin: warn, twitter: warn, instagram: warn\nFixable with --fix: yes\n');
    // RNSOCIAL_LANG does the same.
    expect((await cli(['explain', 'tone/officialese', '--no-config'], { env: { RNSOCIAL_LANG: 'en' } })).stdout).toBe(run.stdout);
  });
});

describe('every config problem at once, with suggestions', () => {
  it('three mistakes: three lines, each with what was meant', async () => {
    const dir = tempProject({
      'a.md': GOOD,
      '.rnsocialrc.json': JSON.stringify({ monitoring: { from: '8:00', days: ['mandag', 'tue'] }, rules: { 'tone/officialese': 'warning' } }),
    });
    const run = await cli(['lint', 'a.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        `rnsocial: invalid config ${path.join(dir, '.rnsocialrc.json')} (3 problems):`,
        '  monitoring.days[0]: must be one of mon, tue, wed, thu, fri, sat, sun, not "mandag" (did you mean "mon"?)',
        '  monitoring.from: must be a time as HH:MM, not "8:00" (expected "08:00")',
        '  rules.tone/officialese: must be one of error, warn, off, not "warning" (did you mean "warn"?)',
        '',
      ].join('\n'),
    );
  });

  it('a misspelt key and a wrong rule id are said next to the problems inside the same object', async () => {
    const dir = tempProject({ 'a.md': GOOD, '.rnsocialrc.json': JSON.stringify({ monitoring: { form: '08:00', from: '8' }, rules: { 'Tone/Officialese': 'off', 'tone/emoji': 'warning' } }) });
    const run = await cli(['lint', 'a.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').slice(1)).toEqual([
      '  monitoring.form: unknown key (did you mean "from"?)',
      '  monitoring.from: must be a time as HH:MM, not "8" (expected "08:00")',
      '  rules.Tone/Officialese: key must match pattern "^[a-z][a-z0-9-]*/[a-z][a-z0-9-]*$" (did you mean "tone/officialese"?)',
      '  rules.tone/emoji: must be one of error, warn, off, not "warning" (did you mean "warn"?)',
      '',
    ]);
  });

  it('one mistake: one line', async () => {
    const dir = tempProject({ 'a.md': GOOD, '.rnsocialrc.json': JSON.stringify({ monitoring: { days: ['lørdag'] } }) });
    const run = await cli(['rules'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`rnsocial: invalid config ${path.join(dir, '.rnsocialrc.json')}: monitoring.days[0]: must be one of mon, tue, wed, thu, fri, sat, sun, not "lørdag" (did you mean "sat"?)\n`);
  });
});

describe('the Danish front door', () => {
  it('help in Danish by default, English with --lang en or RNSOCIAL_LANG=en', async () => {
    const da = await cli(['--help']);
    expect(da.code).toBe(0);
    expect(da.stdout).toMatch(/^Brug: rnsocial /);
    expect(da.stdout).toContain('\nTilvalg:\n');
    expect(da.stdout).toContain('\nKommandoer:\n');
    expect(da.stdout).toMatch(/-h, --help +vis hjælp til kommandoen/);
    const lint = await cli(['lint', '--help']);
    expect(lint.stdout).toMatch(/-q, --quiet +vis kun fejl\n/);
    expect(lint.stdout).toContain('\nEksempler:\n');
    const en = await cli(['--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage: rnsocial /);
    expect(en.stdout).toMatch(/-h, --help +display help for command/);
    expect((await cli(['--help'], { env: { RNSOCIAL_LANG: 'en' } })).stdout).toBe(en.stdout);
    expect((await cli(['lint', '--help', '--lang=en'])).stdout).toContain('\nExamples:\n');
  });

  it('a usage error is one line with "did you mean" and where to read more', async () => {
    expect(await cli(['lint', '--formt', 'json'])).toEqual({ code: 2, stdout: '', stderr: "rnsocial: ukendt tilvalg '--formt' (mente du --format?); se --help\n" });
    expect(await cli(['lint', '--formt', 'json', '--lang', 'en'])).toEqual({ code: 2, stdout: '', stderr: "rnsocial: unknown option '--formt' (Did you mean --format?); see --help\n" });
    expect(await cli(['explain'])).toEqual({ code: 2, stdout: '', stderr: "rnsocial: mangler argumentet 'rule-id'; se --help\n" });
    expect(await cli(['lint', '--max-warnings', 'mange'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "rnsocial: tilvalget '--max-warnings <n>': værdien 'mange' duer ikke: ventede et helt tal; se --help\n",
    });
  });

  it('a misspelt command (lint is the default command) gets "did you mean", unless it is a path', async () => {
    const dir = tempProject({ 'a.md': GOOD });
    expect(await cli(['lnit'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: "rnsocial: ukendt kommando 'lnit' (mente du init?); se --help\n" });
    expect(await cli(['rulse', '--lang', 'en'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: "rnsocial: unknown command 'rulse' (did you mean rules?); see --help\n" });
  });

  it('init speaks Danish, or English with --lang en', async () => {
    const dir = tempProject({ 'a.md': GOOD });
    expect(await cli(['init'], { cwd: dir })).toEqual({ code: 0, stdout: `rnsocial: skrev ${path.join(dir, '.rnsocialrc.json')}\n`, stderr: '' });
    expect(await cli(['init'], { cwd: dir, env: { RNSOCIAL_LANG: 'en' } })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'rnsocial: .rnsocialrc.json already exists; rnsocial init never overwrites a config\n',
    });
  });

  it('-o into a folder that is not there yet creates it', async () => {
    const dir = tempProject({ 'a.md': GOOD });
    const run = await cli(['lint', 'a.md', '--format', 'json', '-o', 'rapporter/2026/rnsocial.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dir, 'rapporter/2026/rnsocial.json'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'rapporter/2026/rnsocial.json'), 'utf8'))[0].errorCount).toBe(0);
  });

  it('a clean stylish run says so in one line on stderr; other formats and unclean runs do not', async () => {
    const dir = tempProject({ 'a.md': GOOD, 'b.md': GOOD });
    expect(await cli(['lint', 'a.md', 'b.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '✔ 2 udkast, ingen problemer\n' });
    expect(await cli(['lint', 'a.md', '--lang', 'en'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '✔ 1 draft, no problems\n' });
    expect((await cli(['lint', 'a.md', '--format', 'json'], { cwd: dir })).stderr).toBe('');
    const unclean = await cli(['lint', 'a.md'], { cwd: tempProject({ 'a.md': GOOD.replace('Vi har', 'Vedrørende parkering: vi har') }) });
    expect(unclean.stderr).not.toContain('✔');
  });
});

describe('docs/kom-godt-i-gang.md', () => {
  const md = (file: string, lang: string): string[] => [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

  it('the draft, its messages, --fix and the disable comment are what rnsocial does', async () => {
    const [draft, disabled] = md('docs/kom-godt-i-gang.md', 'markdown');
    const [lintOutput, fixOutput] = md('docs/kom-godt-i-gang.md', 'text');
    const dir = tempProject({ 'opslag.md': draft!, 'b.md': `---\nplatform: facebook\npage: Aalborg Universitetshospital\n---\n${disabled!}` });
    expect(await cli(['lint', 'opslag.md'], { cwd: dir })).toEqual({ code: 0, stdout: lintOutput, stderr: '' });
    expect(await cli(['lint', '--fix', 'opslag.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: fixOutput });
    const rest = await cli(['lint', 'b.md', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(rest.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'tone/shouting' || m.ruleId === 'draft/directive')).toEqual([]);
  });

  it('the VS Code task is the one in docs/editors.md, and the README links the page on its first screen', () => {
    expect(md('docs/kom-godt-i-gang.md', 'json')[0]).toBe(md('docs/editors.md', 'json').find((j) => j.includes('"label": "rnsocial"')));
    const firstScreen = readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n').slice(0, 24).join('\n');
    expect(firstScreen).toContain('(docs/kom-godt-i-gang.md)');
  });
});
