/**
 * Issue 12, points 3 and 4: repository files are not drafts when a folder is walked
 * (--ignore-pattern, --no-ignore, --no-error-on-unmatched-pattern, init's config), and fixing
 * says what it changed (--fix summary, --fix-dry-run diff with positions on disk, --stdin --fix).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate.js';
import { GOOD, tempProject } from '../support/cli.js';
import { cli } from '../support/in-process.js';

/** The fix summary's lines on stderr (not timings, nor other lines such as a clean run's note). */
const summary = (stderr: string) => stderr.split('\n').filter((l) => /^rnsocial: (\d+ (rettelse|fix)|  )/.test(l));

const names = (stdout: string) => (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath.split(path.sep).slice(-2).join('/'));

/** A README that would be full of problems if it were linted as a draft. */
const README = `# Udkast til sociale medier

VEDRØRENDE DENNE MAPPE: Her ligger vores opslag, før de bliver lagt op.
`;

const PARKING = `---
platform: facebook
page: Aalborg Universitetshospital
---
Vedrørende parkering ved indgang 3: VI HAR GRATIS PARKERING HELE UGEN.

Vedrørende besøgstider: Du er velkommen fra kl. 10.
`;

const VISITING = `---
platform: facebook
page: Regionshospital Nordjylland
---
Vedrørende besøg på afsnittet: Ring gerne, før du kommer.
`;

describe('repository files', () => {
  it('README.md, CHANGELOG.md, CONTRIBUTING.md, LICENSE.md and CODE_OF_CONDUCT.md (any case, any folder) are skipped when a folder is walked', async () => {
    const dir = tempProject({
      'README.md': README,
      'opslag.md': GOOD,
      'docs/changelog.md': README,
      'docs/Contributing.md': README,
      'udkast/LICENSE.md': README,
      'udkast/CODE_OF_CONDUCT.md': README,
      'udkast/facebook.md': GOOD,
    });
    const run = await cli(['lint', '.', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(names(run.stdout)).toEqual([path.basename(dir) + '/opslag.md', 'udkast/facebook.md']);
    const glob = await cli(['lint', '**/*.md', '--format', 'json'], { cwd: dir });
    expect(names(glob.stdout)).toEqual([path.basename(dir) + '/opslag.md', 'udkast/facebook.md']);
  });

  it('a README named as a file is linted', async () => {
    const dir = tempProject({ 'README.md': README, 'opslag.md': GOOD });
    const run = await cli(['lint', 'README.md', '--format', 'json'], { cwd: dir });
    expect(names(run.stdout)).toEqual([path.basename(dir) + '/README.md']);
    expect(run.code).toBe(1);
  });

  it('--no-ignore lints them too, and skips no ignores', async () => {
    const dir = tempProject({ 'README.md': README, 'opslag.md': GOOD, 'arkiv/gammel.md': GOOD, '.rnsocialrc.json': JSON.stringify({ ignores: ['arkiv/**'] }) });
    const run = await cli(['lint', '.', '--no-ignore', '--format', 'json'], { cwd: dir });
    expect(names(run.stdout)).toEqual([path.basename(dir) + '/README.md', 'arkiv/gammel.md', path.basename(dir) + '/opslag.md']);
  });

  it('a draft named on the command line but matched by an ignore pattern says so, and --no-ignore lints it', async () => {
    const dir = tempProject({ 'arkiv/gammel.md': VISITING, '.rnsocialrc.json': JSON.stringify({ ignores: ['arkiv/**'] }) });
    const run = await cli(['lint', 'arkiv/gammel.md'], { cwd: dir });
    expect(run.stderr).toContain('rnsocial: arkiv/gammel.md springes over, fordi et ignore-mønster passer på den; brug --no-ignore for at tjekke den.\n');
    const en = await cli(['lint', 'arkiv/gammel.md', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toContain('rnsocial: arkiv/gammel.md is skipped because an ignore pattern matches it; use --no-ignore to lint it.\n');
    const linted = await cli(['lint', 'arkiv/gammel.md', '--no-ignore', '--format', 'json'], { cwd: dir });
    expect(names(linted.stdout)).toEqual(['arkiv/gammel.md']);
  });

  it('--ignore-pattern (repeatable) is relative to the working folder', async () => {
    const dir = tempProject({ 'opslag.md': GOOD, 'kladder/a.md': VISITING, 'udkast/gammelt/b.md': VISITING, 'udkast/c.md': GOOD });
    const run = await cli(['lint', '.', '--ignore-pattern', 'kladder/', '--ignore-pattern', 'udkast/gammelt/**', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(names(run.stdout)).toEqual([path.basename(dir) + '/opslag.md', 'udkast/c.md']);
    const inside = await cli(['lint', '.', '--ignore-pattern', 'gammelt/**', '--format', 'json'], { cwd: path.join(dir, 'udkast') });
    expect(names(inside.stdout)).toEqual(['udkast/c.md']);
  });

  it('a folder or glob with only a README: exit 2, but 0 with --no-error-on-unmatched-pattern', async () => {
    const dir = tempProject({ 'docs/README.md': README });
    const run = await cli(['lint', 'docs'], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'rnsocial: no drafts (*.md, *.markdown) found in docs\n' });
    expect(await cli(['lint', 'docs', '--no-error-on-unmatched-pattern'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
    expect((await cli(['lint', 'udkast/**/*.md'], { cwd: dir })).stderr).toBe('rnsocial: no drafts match udkast/**/*.md\n');
    expect((await cli(['lint', 'udkast/**/*.md', '--no-error-on-unmatched-pattern'], { cwd: dir })).code).toBe(0);
    // A named path that does not exist is still an error.
    expect((await cli(['lint', 'findes-ikke.md', '--no-error-on-unmatched-pattern'], { cwd: dir })).code).toBe(2);
  });

  it("init's config is valid, lists the region's main pages, and a new repository with a README lints clean", async () => {
    const dir = tempProject({ 'README.md': README, 'opslag/facebook/aabent-hus.md': GOOD });
    expect((await cli(['init'], { cwd: dir })).code).toBe(0);
    const config = JSON.parse(readFileSync(path.join(dir, '.rnsocialrc.json'), 'utf8')) as { pages: Array<{ name: string; platforms: string[] }> };
    expect(validateConfig(config)).toBeUndefined();
    expect(config.pages.map((p) => p.name)).toEqual(['Region Nordjylland', 'Aalborg Universitetshospital', 'Regionshospital Nordjylland', 'Psykiatrien i Region Nordjylland']);
    expect(config.pages.every((p) => p.platforms.join() === 'facebook,linkedin,instagram,twitter')).toBe(true);
    const run = await cli(['lint', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(names(run.stdout)).toEqual(['facebook/aabent-hus.md']);
  });
});

describe('--fix says what it changed', () => {
  it('»2 rettelser i 2 filer« on stderr, per file with --debug, in English with --lang en', async () => {
    const files = { 'a.md': VISITING, 'b.md': VISITING.replace('afsnittet', 'sengeafsnittet'), 'c.md': GOOD };
    const run = await cli(['lint', '.', '--fix'], { cwd: tempProject(files) });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(summary(run.stderr)).toEqual(['rnsocial: 2 rettelser i 2 filer']);
    const en = await cli(['lint', '.', '--fix', '--lang', 'en'], { cwd: tempProject(files) });
    expect(summary(en.stderr)).toEqual(['rnsocial: 2 fixes in 2 files']);
    const debug = await cli(['lint', '.', '--fix', '--debug'], { cwd: tempProject(files) });
    expect(summary(debug.stderr)).toEqual(['rnsocial: 2 rettelser i 2 filer', 'rnsocial:   a.md: 1 rettelse', 'rnsocial:   b.md: 1 rettelse']);
    const one = await cli(['lint', 'a.md', '--fix'], { cwd: tempProject({ 'a.md': PARKING }) });
    expect(summary(one.stderr)).toEqual(['rnsocial: 2 rettelser i 1 fil']);
  });

  it('nothing to fix: 0 fixes; JSON has no summary on stderr', async () => {
    expect(summary((await cli(['lint', '.', '--fix'], { cwd: tempProject({ 'a.md': GOOD }) })).stderr)).toEqual(['rnsocial: 0 rettelser i 0 filer']);
    const json = await cli(['lint', '.', '--fix', '--format', 'json'], { cwd: tempProject({ 'a.md': VISITING }) });
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toHaveLength(1);
  });

  it('--fix with --fix-dry-run is refused', async () => {
    const dir = tempProject({ 'a.md': VISITING });
    const run = await cli(['lint', '.', '--fix', '--fix-dry-run'], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'rnsocial: --fix and --fix-dry-run cannot be used together: --fix writes the fixes, --fix-dry-run only shows them\n' });
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(VISITING);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff and the problems left, at their places in the file on disk', async () => {
    const dir = tempProject({ 'a.md': PARKING });
    const run = await cli(['lint', 'a.md', '--fix-dry-run'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(PARKING);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '--- a.md',
        '+++ a.md',
        '@@ -2,6 +2,6 @@',
        ' platform: facebook',
        ' page: Aalborg Universitetshospital',
        ' ---',
        '-Vedrørende parkering ved indgang 3: VI HAR GRATIS PARKERING HELE UGEN.',
        '+Om parkering ved indgang 3: VI HAR GRATIS PARKERING HELE UGEN.',
        ' ',
        '-Vedrørende besøgstider: Du er velkommen fra kl. 10.',
        '+Om besøgstider: Du er velkommen fra kl. 10.',
        '',
        'a.md',
        '  5:37  advarsel  »VI HAR GRATIS PARKERING HELE UGEN« med store bogstaver læses som råb. Skriv med små bogstaver, og lad ordene give vægten.  tone/shouting',
        '',
        '✖ 1 problem (0 fejl, 1 advarsel)',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('rnsocial: 2 rettelser i 1 fil (ikke skrevet: --fix-dry-run)\n');
    // The same place as without fixing: 5:37 is where the shouting is on disk (5:29 in the fixed text).
    expect((await cli(['lint', 'a.md'], { cwd: dir })).stdout).toContain('  5:37  advarsel  »VI HAR GRATIS PARKERING HELE UGEN«');
  });

  it('JSON: "output" is the fixed text, positions are on disk, no diff', async () => {
    const run = await cli(['lint', 'a.md', '--fix-dry-run', '--format', 'json'], { cwd: tempProject({ 'a.md': PARKING }) });
    const [result] = JSON.parse(run.stdout) as Array<{ output: string; messages: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number }> }>;
    expect(result!.output).toBe(PARKING.replace(/Vedrørende/g, 'Om'));
    expect(result!.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn])).toEqual([['tone/shouting', 5, 37, 5, 70]]);
    expect(run.stderr).toBe('');
  });
});

describe('--stdin --fix', () => {
  it('prints the fixed text on stdout and the stylish report on stderr', async () => {
    const run = await cli(['lint', '--stdin', '--stdin-filename', 'a.md', '--fix'], { cwd: tempProject({}), input: PARKING });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(PARKING.replace(/Vedrørende/g, 'Om'));
    expect(run.stderr).toBe(
      [
        '',
        'a.md',
        '  5:29  advarsel  »VI HAR GRATIS PARKERING HELE UGEN« med store bogstaver læses som råb. Skriv med små bogstaver, og lad ordene give vægten.  tone/shouting',
        '',
        '✖ 1 problem (0 fejl, 1 advarsel)',
        'rnsocial: 2 rettelser i 1 fil',
        '',
      ].join('\n'),
    );
  });

  it('nothing to fix: the text as it came', async () => {
    const run = await cli(['lint', '--stdin', '--stdin-filename', 'a.md', '--fix'], { cwd: tempProject({}), input: GOOD });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(GOOD);
    expect(summary(run.stderr)).toEqual(['rnsocial: 0 rettelser i 0 filer']);
  });

  it('with another format: refused, unless the report goes to --output-file', async () => {
    const dir = tempProject({});
    const run = await cli(['lint', '--stdin', '--fix', '--format', 'json'], { cwd: dir, input: PARKING });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'rnsocial: --stdin --fix prints the fixed text on standard output; use --output-file for the json report, or --fix-dry-run --format json for the fixed text as "output"\n',
    });
    const toFile = await cli(['lint', '--stdin', '--stdin-filename', 'a.md', '--fix', '--format', 'json', '--output-file', 'rapport.json'], { cwd: dir, input: PARKING });
    expect(toFile.stdout).toBe(PARKING.replace(/Vedrørende/g, 'Om'));
    expect((JSON.parse(readFileSync(path.join(dir, 'rapport.json'), 'utf8')) as unknown[]).length).toBe(1);
  });
});
