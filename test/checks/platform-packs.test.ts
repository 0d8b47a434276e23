/**
 * The platform packs: thresholds per platform, rules where they belong, options that their
 * check kinds accept, and the generic kinds (occurrence, metric) used by hashtag/count and
 * platform/paragraph-length.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { getCheckKind } from '../../src/checks/index.js';
import { PLATFORMS } from '../../src/core/platform.js';
import { compileRules } from '../../src/engine/compile.js';
import { draft, lintText } from '../support/lint.js';

const catalogue = compileRules();
const MINE = /^(platform|hashtag|crisis|monitoring)\//;
const rule = (platform: (typeof PLATFORMS)[number], id: string) => catalogue.rules(platform).find((r) => r.id === id);

describe('packs', () => {
  it.each(PLATFORMS)('%s: every platform/hashtag/crisis/monitoring rule has options its check kind accepts', (platform) => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const r of catalogue.rules(platform).filter((x) => MINE.test(x.id) && x.severity !== 'off')) {
      const kind = getCheckKind(r.check);
      expect(kind, r.id).toBeDefined();
      const valid = ajv.validate(kind!.meta.schema, r.options);
      expect(valid, `${platform} ${r.id}: ${ajv.errorsText()}`).toBe(true);
    }
  });

  it('thresholds live in the packs', () => {
    expect(rule('instagram', 'platform/length')!.options).toMatchObject({ max: 2200 });
    expect(rule('linkedin', 'platform/length')!.options).toMatchObject({ max: 3000 });
    expect(rule('facebook', 'platform/length')!.options).toMatchObject({ max: 63206 });
    expect(rule('twitter', 'platform/length')!.options).toEqual({ max: 280, counting: 'twitter', scope: 'part' });
    expect(rule('instagram', 'platform/fold')!.options).toMatchObject({ maxCharacters: 125 });
    expect(rule('linkedin', 'platform/fold')!.options).toMatchObject({ maxCharacters: 210, maxLines: 3 });
    expect(rule('facebook', 'platform/fold')!.options).toMatchObject({ maxCharacters: 200 });
    expect(rule('twitter', 'platform/fold')!.severity).toBe('off');
    expect(rule('instagram', 'hashtag/count')!.options).toMatchObject({ max: 5, errorAbove: 30 });
    expect(rule('linkedin', 'hashtag/count')!.options).toMatchObject({ max: 5 });
    expect(rule('facebook', 'hashtag/count')!.options).toMatchObject({ max: 3 });
    expect(rule('twitter', 'hashtag/count')!.options).toMatchObject({ max: 3, scope: 'part' });
  });

  it('platform-only rules are only in their pack', () => {
    const only = { 'platform/media-required': 'instagram', 'platform/link-in-caption': 'instagram', 'hashtag/local': 'instagram', 'platform/job-link': 'linkedin', 'platform/paragraph-length': 'facebook' };
    for (const [id, platform] of Object.entries(only)) {
      for (const p of PLATFORMS) expect(rule(p, id) !== undefined, `${id} on ${p}`).toBe(p === platform);
    }
  });

  it('severities: hard limits and compliance are errors, heuristics warnings', () => {
    const severity = (id: string, platform: (typeof PLATFORMS)[number] = 'instagram') => rule(platform, id)!.severity;
    // Instagram's hashtag/count is an error at its hard limit (30); the check lowers 6–30 to warnings.
    for (const id of ['platform/length', 'platform/media-required', 'hashtag/format', 'crisis/no-humor', 'hashtag/count']) expect(severity(id), id).toBe('error');
    expect(severity('hashtag/count', 'facebook')).toBe('warn');
    for (const id of ['platform/fold', 'platform/link-in-caption', 'platform/markdown-syntax', 'hashtag/local', 'hashtag/preferred-case', 'hashtag/duplicate', 'crisis/five-steps', 'monitoring/outside-hours']) {
      expect(severity(id), id).toBe('warn');
    }
    expect(severity('platform/job-link', 'linkedin')).toBe('warn');
    expect(severity('platform/paragraph-length', 'facebook')).toBe('warn');
    expect(rule('facebook', 'hashtag/preferred-case')!.fixable).toBe(true);
  });
});

describe('hashtag/count (occurrence)', () => {
  const tags = (n: number) => Array.from({ length: n }, (_, i) => `#emne${String.fromCharCode(97 + (i % 26))}${i}`).join(' ');
  const ig = (body: string) =>
    `---\nplatform: instagram\npage: Region Nordjylland\nmedia:\n  - src: a.jpg\n    alt: Et billede\n    people: none\n---\n${body}\n`;
  const hits = (text: string) => lintText(text).messages.filter((m) => m.ruleId === 'hashtag/count');

  it('Instagram: fine up to 5, a warning above 5, an error above 30', () => {
    expect(hits(ig(`Hej #aalborg ${tags(4)}`))).toEqual([]);
    expect(hits(ig(`Hej #aalborg ${tags(5)}`))).toMatchObject([{ severity: 1, messageId: 'default' }]);
    const [error] = hits(ig(`Hej #aalborg ${tags(30)}`));
    expect(error).toMatchObject({ severity: 2, messageId: 'hardLimit' });
    expect(error!.message).toContain('31 hashtags er over grænsen på 30');
  });

  it('the configured severity is a ceiling: set to warn, even the hard limit is a warning', () => {
    const capped = lintText(ig(`Hej #aalborg ${tags(30)}`), { config: { rules: { 'hashtag/count': 'warn' } } }).messages.filter((m) => m.ruleId === 'hashtag/count');
    expect(capped).toMatchObject([{ severity: 1, messageId: 'hardLimit' }]);
    expect(lintText(ig(`Hej #aalborg ${tags(30)}`), { config: { rules: { 'hashtag/count': 'off' } } }).messages.filter((m) => m.ruleId === 'hashtag/count')).toEqual([]);
  });

  it('Facebook 3, LinkedIn 5, X 3 per post of a thread', () => {
    const fm = (platform: string) => ({ platform, page: 'Region Nordjylland' });
    expect(hits(draft(`Hej ${tags(3)}`, fm('facebook')))).toEqual([]);
    expect(hits(draft(`Hej ${tags(4)}`, fm('facebook')))).toHaveLength(1);
    expect(hits(draft(`Hej ${tags(5)}`, fm('linkedin')))).toEqual([]);
    expect(hits(draft(`Hej ${tags(6)}`, fm('linkedin')))).toHaveLength(1);
    expect(hits(draft(`Hej ${tags(3)}\n\n---\n\nHej ${tags(3)}`, fm('twitter')))).toEqual([]);
    expect(hits(draft(`Hej ${tags(4)}`, fm('twitter')))).toHaveLength(1);
  });
});

describe('platform/paragraph-length (metric)', () => {
  const fm = (platform: string) => ({ platform, page: 'Region Nordjylland' });
  const paragraph = (n: number) => 'Vi ses i Hobro. '.repeat(40).slice(0, n).trim();
  const hits = (body: string, platform = 'facebook') => lintText(draft(body, fm(platform))).messages.filter((m) => m.ruleId === 'platform/paragraph-length');

  it('Facebook paragraphs up to 300 characters are fine; longer ones are reported at their first line', () => {
    expect(hits(`Kort.\n\n${paragraph(300)}`)).toEqual([]);
    const [m] = hits(`Kort.\n\n${paragraph(320)}`);
    expect(m).toMatchObject({ severity: 1, line: 7, column: 1 });
    expect(m!.message).toMatch(/^Afsnittet er 3[12]\d tegn \(højst 300\)/);
  });

  it('only on Facebook', () => {
    expect(hits(paragraph(320), 'linkedin')).toEqual([]);
  });
});
