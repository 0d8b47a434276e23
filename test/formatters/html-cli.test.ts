/**
 * `rnsocial lint --format html` in-process: the lint command asks for previews when the format
 * is html (and only then), writes the report with -o, and never puts a preview in the cache.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOOD, tempProject } from '../support/cli.js';
import { cli } from '../support/in-process.js';

const BROKEN = GOOD.replace('Vi har åbent hus', 'Vedrørende åbent hus: Vi har åbent hus');

describe('rnsocial lint --format html', () => {
  // The first run loads the modules, rules and word lists: in the hook, not in a test's 5 s.
  beforeAll(async () => {
    await cli(['lint', 'a.md', '--format', 'html'], { cwd: tempProject({ 'a.md': GOOD }) });
  });

  it('writes one page with each draft previewed, its source and its messages', async () => {
    const cwd = tempProject({ 'udkast/a.md': GOOD, 'udkast/b.md': BROKEN });
    const run = await cli(['lint', 'udkast', '--format', 'html', '-o', 'rapport/rnsocial.html'], { cwd });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    const page = readFileSync(path.join(cwd, 'rapport/rnsocial.html'), 'utf8');
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="da">')).toBe(true);
    expect(page.match(/<section class="draft"/g)).toHaveLength(2);
    expect(page.match(/<section class="pv" data-platform="facebook">/g)).toHaveLength(2);
    expect(page.match(/<pre class="src">/g)).toHaveLength(2);
    // the officialese warning, marked on »Vedrørende« in the preview and in the source
    expect(page).toContain('<mark id="d2-m1-facebook" class="w" data-m="d2-m1">Vedrørende</mark>');
    expect(page).toContain('<mark id="d2-m1-s" class="w" data-m="d2-m1">Vedrørende</mark>');
    // on standard output without -o, the same bytes
    expect((await cli(['lint', 'udkast', '--format', 'html'], { cwd })).stdout).toBe(page);
  });

  it('--cache: the report lints afresh and the cache never holds a preview', async () => {
    const cwd = tempProject({ 'udkast/a.md': BROKEN });
    await cli(['lint', 'udkast', '--cache', '--format', 'json'], { cwd });
    const html = await cli(['lint', 'udkast', '--cache', '--format', 'html'], { cwd });
    expect(html.stdout).toContain('<pre class="src">');
    expect(readFileSync(path.join(cwd, '.rnsocialcache'), 'utf8')).not.toContain('"preview"');
    const json = await cli(['lint', 'udkast', '--cache', '--format', 'json'], { cwd });
    expect(JSON.parse(json.stdout)[0]).not.toHaveProperty('preview');
  });
});
