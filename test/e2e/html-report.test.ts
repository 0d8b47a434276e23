/**
 * The html report in a real browser: Debian's Chromium driven by playwright-core. The report for
 * fixtures/ (from the built CLI) against the JSON for the same files: the same drafts and
 * messages, the fold where platform/fold says, marks on the exact source text, the filters, the
 * "Se mere" button, no axe-core violations; and draft text that tries to run a script does not.
 * Writes a screenshot of one preview to test/e2e/.artifacts/preview.png (git-ignored).
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { LintResult } from '../../src/core/results.js';
import { LineIndex } from '../../src/draft/positions.js';
import { BIN, GOOD, rnsocial, tempProject } from '../support/cli.js';
import { codeBlocks } from '../support/docs.js';
import { ROOT } from '../support/lint.js';
import { run, toolEnv } from './tools.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file));
const ARTIFACTS = path.join(ROOT, 'test/e2e/.artifacts');

// The browser side of page.evaluate, in the few DOM words it uses (the tests compile without lib "dom").
interface DomNode {
  querySelector(selector: string): DomNode | null;
  dataset: Record<string, string>;
}
declare const document: DomNode & { createRange(): { setStart(node: DomNode, offset: number): void; setEndBefore(node: DomNode): void; toString(): string } };
declare const window: { pwned?: number; axe: { run: (context: unknown, options: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } };

/** The draft's text as the report holds it: BOM excluded. */
const draftText = (file: string): string => readFileSync(file, 'utf8').replace(/^\uFEFF/, '');

describe.skipIf(!CHROMIUM)(CHROMIUM ? 'the html report in Chromium' : 'the html report in Chromium: SKIPPED, no chromium binary (apt-get install chromium)', () => {
  let browser: Browser;
  let page: Page;
  let json: LintResult[];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const out = path.join(tempProject({}), 'rapport.html');
    const report = rnsocial(['lint', 'fixtures', '--format', 'html', '-o', out]);
    expect(report.stderr).toBe('');
    const run = rnsocial(['lint', 'fixtures', '--format', 'json']);
    expect(run.code).toBe(report.code);
    json = JSON.parse(run.stdout) as LintResult[];
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox'] });
    // bypassCSP: axe-core is added as a script the report's policy would (rightly) refuse.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(pathToFileURL(out).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows as many drafts, errors, warnings and messages as the JSON output has', async () => {
    const totals = await page.locator('#totals').evaluate((el: DomNode) => ({ ...el.dataset }));
    expect(totals).toEqual({
      drafts: String(json.length),
      errors: String(json.reduce((n, r) => n + r.errorCount, 0)),
      warnings: String(json.reduce((n, r) => n + r.warningCount, 0)),
    });
    expect(await page.locator('section.draft').count()).toBe(json.length);
    expect(await page.locator('li.msg').count()).toBe(json.reduce((n, r) => n + r.messages.length, 0));
    const files = await page.locator('section.draft h3').allTextContents();
    expect(files).toEqual(json.map((r) => path.relative(ROOT, r.filePath).split(path.sep).join('/')));
    // every draft that could be read has its preview and source
    expect(await page.locator('section.draft pre.src').count()).toBe(json.length);
  });

  it('a highlighted span holds exactly the source text at the message line/column', async () => {
    let checked = 0;
    for (const [i, result] of json.entries()) {
      const index = new LineIndex(draftText(result.filePath));
      for (const [k, m] of result.messages.entries()) {
        const wanted = index.text.slice(index.offset(m.line, m.column), index.offset(m.endLine, m.endColumn));
        if (m.line !== m.endLine || wanted === '') continue;
        const marked = await page.locator(`#d${i + 1} pre.src mark[data-m="d${i + 1}-m${k + 1}"]`).allTextContents();
        expect(marked.join(''), `${result.filePath} ${m.ruleId} ${m.line}:${m.column}`).toBe(wanted);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('folds where platform/fold says; "Se mere" is a button that shows the rest of the caption', async () => {
    const i = json.findIndex((r) => r.filePath.endsWith('bad-facebook-lang-foerste-saetning.md'));
    const result = json[i]!;
    const k = result.messages.findIndex((m) => m.ruleId === 'platform/fold');
    const m = result.messages[k]!;
    const index = new LineIndex(draftText(result.filePath));
    const hidden = index.text.slice(index.offset(m.line, m.column), index.offset(m.endLine, m.endColumn));
    const card = page.locator(`#d${i + 1} section.pv[data-platform="facebook"]`);
    const button = card.locator('button.fold');
    expect(await card.getByRole('button', { name: '… Se mere' }).count()).toBe(1);
    const rest = card.locator('.rest');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await rest.isVisible()).toBe(false);
    // The cut: the text before the fold is `data-at` long, and what it hides starts with the message's text.
    const before = await card.locator('.text').evaluate((box: DomNode) => {
      const range = document.createRange();
      range.setStart(box, 0);
      range.setEndBefore(box.querySelector('.rest')!);
      return range.toString();
    });
    expect(before.length).toBe(Number(await rest.getAttribute('data-at')));
    expect(index.text.indexOf(before)).toBeGreaterThan(0); // the caption's start, as written
    expect(hidden.length).toBeGreaterThan(0);
    expect((await rest.textContent())!.startsWith(hidden)).toBe(true);
    // the message's mark opens the hidden part
    const lead = await rest.evaluate((box: DomNode, id: string) => {
      const range = document.createRange();
      range.setStart(box, 0);
      range.setEndBefore(box.querySelector(`mark[data-m="${id}"]`)!);
      return range.toString();
    }, `d${i + 1}-m${k + 1}`);
    expect(lead).toBe('');

    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await rest.isVisible()).toBe(true);
    expect(await button.textContent()).toBe('Se mindre');
    expect(await card.getByText(hidden.slice(0, 20)).first().isVisible()).toBe(true);
    await card.screenshot({ path: path.join(ARTIFACTS, 'preview.png') });
    expect(existsSync(path.join(ARTIFACTS, 'preview.png'))).toBe(true);
  });

  it('the filters hide and show messages, marks and drafts', async () => {
    const visible = (): Promise<number> => page.locator('li.msg:visible').count();
    const all = json.reduce((n, r) => n + r.messages.length, 0);
    const count = (test: (m: LintResult['messages'][number], r: LintResult) => boolean): number => json.reduce((n, r) => n + r.messages.filter((m) => test(m, r)).length, 0);
    expect(await visible()).toBe(all);
    await page.selectOption('#filter-rule', 'platform/fold');
    expect(await visible()).toBe(count((m) => m.ruleId === 'platform/fold'));
    expect(await page.locator('section.draft:visible').count()).toBe(json.filter((r) => r.messages.some((m) => m.ruleId === 'platform/fold')).length);
    expect(await page.locator('mark.off[data-m]').count()).toBeGreaterThan(0);
    await page.selectOption('#filter-rule', '');
    await page.getByLabel('Fejl', { exact: true }).uncheck();
    expect(await visible()).toBe(count((m) => m.severity === 1));
    await page.selectOption('#filter-platform', 'twitter');
    expect(await visible()).toBe(count((m, r) => m.severity === 1 && (m.platforms.length > 0 ? m.platforms : r.platforms).includes('twitter')));
    expect(await page.locator('#shown').textContent()).toBe(`${await visible()} beskeder vist`);
    await page.selectOption('#filter-platform', '');
    await page.getByLabel('Fejl', { exact: true }).check();
    expect(await visible()).toBe(all);
    expect(await page.locator('mark.off').count()).toBe(0);
  });

  it('has no axe-core violations', async () => {
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
      return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × e.g. ${v.nodes[0]?.target.join(' ')}`);
    });
    expect(violations).toEqual([]);
  }, 240_000); // axe checks every node of some 300 drafts: about a minute on a busy machine

  it('a draft with a <script> and an onerror handler runs neither', async () => {
    const evil = '<script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2"> <svg onload="window.pwned = 3">';
    const dir = tempProject({ 'facebook/opslag.md': `---\npage: Region Nordjylland\n---\nHej ${evil}\n\n![${evil}](x.jpg)\n` });
    const out = path.join(dir, 'rapport.html');
    expect(rnsocial(['lint', '.', '--format', 'html', '-o', out], { cwd: dir })).toEqual({ code: 1, stdout: '', stderr: '' });
    const own = await browser.newContext({ bypassCSP: true });
    const evilPage = await own.newPage();
    const errors: string[] = [];
    evilPage.on('pageerror', (e) => errors.push(e.message));
    await evilPage.goto(pathToFileURL(out).href);
    expect(await evilPage.evaluate(() => window.pwned)).toBeUndefined();
    expect(await evilPage.locator('pre.src').textContent()).toContain(evil);
    expect(await evilPage.locator('section.draft img, section.draft script, section.draft svg').count()).toBe(0);
    expect(errors).toEqual([]);
    await own.close();
  });

  it('docs/ci.md: the documented commands write the file the GitHub and GitLab artifacts upload, and it opens', async () => {
    const blocks = codeBlocks('docs/ci.md', 'yaml').map((y) => parse(y) as unknown);
    type Step = { run?: string; uses?: string; with?: { path?: string; archive?: boolean } };
    const steps = blocks.find((b): b is Step[] => Array.isArray(b) && b.some((s: Step) => s.uses?.startsWith('actions/upload-artifact')))!;
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with?.archive).toBe(false);
    const job = (blocks.find((b) => typeof b === 'object' && b !== null && 'rnsocial-rapport' in b) as Record<string, { script: string[]; artifacts: { paths: string[]; expose_as: string } }>)['rnsocial-rapport']!;
    const commands = [...steps.flatMap((s) => (s.run?.includes('rnsocial') ? [s.run] : [])), ...job.script.filter((line) => line.includes('rnsocial'))];
    const files = [upload.with!.path!, ...job.artifacts.paths];
    expect(commands).toHaveLength(2);
    for (const [n, command] of commands.entries()) {
      // a drafts repository with one broken draft, `npx` standing in for the installed rnsocial
      const dir = tempProject({ 'udkast/facebook/a.md': GOOD, 'udkast/facebook/b.md': GOOD.replace('page:', 'pgae:') });
      const shims = path.join(dir, '.shims');
      mkdirSync(shims);
      writeFileSync(path.join(shims, 'npx'), `#!/bin/sh\n[ "$1" = rnsocial ] && shift\nexec "${process.execPath}" "${BIN}" "$@"\n`);
      chmodSync(path.join(shims, 'npx'), 0o755);
      const env = toolEnv(dir, { PATH: `${shims}${path.delimiter}${process.env.PATH}` });
      expect(run('sh', ['-c', command!], { cwd: dir, env }).code).toBe(0); // exit 1 (problems) is accepted
      const report = path.join(dir, files[n]!);
      const own = await browser.newContext();
      const page = await own.newPage();
      await page.goto(pathToFileURL(report).href);
      expect(await page.locator('section.draft').count()).toBe(2);
      await own.close();
    }
  });
});
