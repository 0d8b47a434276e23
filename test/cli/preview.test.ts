/** `rnsocial preview <draft>` in the terminal (src/cli/preview.ts, src/preview/terminal.ts), in-process. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cells, columns } from '../../src/preview/wrap.js';
import type { CliRun } from '../support/cli.js';
import { cli } from '../support/in-process.js';
import { ROOT } from '../support/lint.js';

const LINKEDIN = 'fixtures/platform/fold/bad-linkedin-over-210.md';
/** The text before the stylish report (which names the file). */
const previewPart = (stdout: string, file: string) => stdout.slice(0, stdout.indexOf(file));

describe('rnsocial preview', () => {
  // The first run loads the command's modules and word lists: in the hook, not in a test's 5 s.
  let plainRun: CliRun;
  beforeAll(async () => {
    plainRun = await cli(['preview', LINKEDIN, '--no-color'], { env: { COLUMNS: '400' } });
  }, 60_000);

  it('draws the fold at the exact cut and prints the counters (plain, no colour)', async () => {
    const { code, stdout, stderr } = plainRun;
    const body = readFileSync(path.join(ROOT, LINKEDIN), 'utf8').split('---\n')[2]!;
    expect(code).toBe(0); // warnings only
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/\u001b\[/);
    // LinkedIn's fold (platform/fold: 210 characters) cuts the first line after its 210th character.
    expect(stdout).toContain(`── LinkedIn ──`);
    expect(stdout).toContain(`\n${body.slice(0, 210)}\n──── …se mere ────\n${body.slice(210, body.indexOf('\n'))}\n`);
    expect(stdout).toContain('\nlængde 307/3.000\n');
    expect(stdout).toContain('\ntegn 307 · X-vægtet længde 307 · hashtags 2 · emoji 0 · LIX 47\n');
    // then the draft's messages, as rnsocial lint prints them
    expect(stdout).toMatch(/6:211 {2}advarsel {2}Første sætning er 250 tegn, men LinkedIn viser kun ca\. 210 tegn før »se mere«\..*platform\/fold/);
  });

  it('wraps to the terminal width at spaces, never inside »æ« or an emoji; a thread shows its parts with their weighted length', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rnsocial-preview-'));
    const long = `Sygeplejerskerne${'👩‍⚕️'.repeat(30)}blåbærgrødsæsonåbningsfestivalen`;
    writeFileSync(
      path.join(dir, 'traad.md'),
      `---\nplatform: twitter\npage: Region Nordjylland\ntype: post\npublish: 2026-12-05T10:00\n---\nVi åbner ${long} i dag på Aalborg Universitetshospital 🇩🇰\n\n---\n\nAnden del af tråden.\n`,
    );
    const { code, stdout } = await cli(['preview', 'traad.md'], { cwd: dir, env: { COLUMNS: '40' } });
    expect(code).toBe(0);
    const shown = previewPart(stdout, 'traad.md').split('\n');
    for (const line of shown) expect(cells(line, 0).reduce((n, c) => n + columns(c.text), 0), line).toBeLessThanOrEqual(40);
    // the graphemes of the post come out whole and in order
    const graphemes = (t: string) => cells(t, 0).map((c) => c.text).filter((g) => g !== ' ' && g !== '\n');
    const [one, two] = [shown.indexOf('── 1/2 · 158/280 (X-vægtet) ──'), shown.indexOf('── 2/2 · 20/280 (X-vægtet) ──')];
    expect(one).toBeGreaterThan(0);
    expect(two).toBeGreaterThan(one + 3);
    const first = shown.slice(one + 1, two);
    expect(first.flatMap(graphemes)).toEqual(graphemes(`Vi åbner ${long} i dag på Aalborg Universitetshospital 🇩🇰`));
    expect(first.every((line) => !/^[\u200d\u2695\ufe0f]/u.test(line))).toBe(true);
    expect(shown).toContain('Anden del af tråden.');
    expect(shown).toContain('Udgives: lørdag 5. december 2026 kl.');
    expect(stdout).toContain('✗ ingen overvåger siden den dag');
  });

  it('English with --lang en; exit 1 when the draft has errors', async () => {
    const { code, stdout } = await cli(['preview', 'fixtures/platform/fold/bad-instagram-lang-indledning.md', '--platform', 'x', '--platform', 'instagram', '--lang', 'en'], { env: { COLUMNS: '400' } });
    expect(code).toBe(1); // 305 weighted characters on X
    expect(stdout).toContain('── X ──');
    expect(stdout).toContain('\nlength 305/280 ✗ (X weighted)\n');
    expect(stdout).toContain('\n──── … more ────\n');
    expect(stdout).toContain('🖼 billeder/helikopter.jpg · alt: Akutlægehelikopteren lander på taget af hospitalet · consent: no people');
    expect(stdout).toMatch(/14:4 {2}error {4}The post counts 305 characters on X/);
  });

  it('colours with FORCE_COLOR, none with --no-color', async () => {
    const coloured = await cli(['preview', LINKEDIN], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
    expect(coloured.stdout).toContain('\u001b[2m──── …se mere ────\u001b[22m');
    const plain = await cli(['preview', LINKEDIN, '--no-color'], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });

  it('help in Danish (every description), English with --lang en', async () => {
    const da = await cli(['preview', '--help']);
    expect(da.stdout).toMatch(/^Brug: rnsocial preview \[tilvalg\] <draft>$/m);
    expect(da.stdout).toContain('vis et udkast, som hver af dets platforme viser det');
    expect(da.stdout).toMatch(/--no-color +ingen farver/);
    expect(da.stdout).not.toMatch(/lint as|use this|ignore config|show a draft|a draft \(/);
    expect((await cli(['preview', '--help', '--lang', 'en'])).stdout).toContain('show a draft as each of its platforms shows it');
  });

  it('a missing draft: one rnsocial: line and exit 2', async () => {
    const { code, stdout, stderr } = await cli(['preview', 'findes-ikke.md']);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: 'rnsocial: findes-ikke.md findes ikke\n' });
  });
});
