import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'platform/length';
const fm = (platform: string) => ({ platform, page: 'Region Nordjylland' });
const hits = (text: string) => lintText(text).messages.filter((m) => m.ruleId === RULE);

describe('length (platform/length)', () => {
  it('Instagram: 2,200 characters pass, 2,201 are an error pointing at the first one over', () => {
    expect(hits(draft('a'.repeat(2200), fm('instagram')))).toEqual([]);
    const [m] = hits(draft('a'.repeat(2201), fm('instagram')));
    expect(m).toMatchObject({ severity: 2, messageId: 'default', line: 5, column: 2201, platforms: ['instagram'] });
    expect(m!.message).toContain('2201 tegn');
    expect(m!.message).toContain('Instagram tillader højst 2200');
  });

  it('counts code points, not UTF-16 units (æ, ø, å and an astral emoji count one each)', () => {
    expect(hits(draft('æøå'.repeat(700) + '🙂'.repeat(100), fm('instagram')))).toEqual([]);
    expect(hits(draft('🙂'.repeat(2201), fm('instagram')))).toHaveLength(1);
  });

  it('LinkedIn 3,000 and Facebook 63,206', () => {
    expect(hits(draft('a'.repeat(3000), fm('linkedin')))).toEqual([]);
    expect(hits(draft('a'.repeat(3001), fm('linkedin')))).toHaveLength(1);
    expect(hits(draft('a'.repeat(63206), fm('facebook')))).toEqual([]);
    expect(hits(draft('a'.repeat(63207), fm('facebook')))).toHaveLength(1);
  });

  it('X: the weighted length (a URL counts 23, an emoji 2)', () => {
    const url = `https://rn.dk/${'a'.repeat(200)}`;
    expect(hits(draft(`${'a'.repeat(256)} ${url}`, fm('twitter')))).toEqual([]); // 256 + 1 + 23 = 280
    expect(hits(draft(`${'a'.repeat(257)} ${url}`, fm('twitter')))).toHaveLength(1);
    expect(hits(draft('😂'.repeat(140), fm('twitter')))).toEqual([]);
    const [m] = hits(draft('😂'.repeat(141), fm('twitter')));
    expect(m).toMatchObject({ messageId: 'weighted', severity: 2, platforms: ['twitter'] });
    expect(m!.message).toContain('282 tegn');
    // Æ, ø and å weigh 1, like Latin letters.
    expect(hits(draft('æøå'.repeat(93) + 'a', fm('twitter')))).toEqual([]);
  });

  it('X: a newer ZWJ emoji counts 2 (the twemoji correction), not 5', () => {
    expect(hits(draft('🐦‍🔥'.repeat(140), fm('twitter')))).toEqual([]);
  });

  it('X: every part of a thread is measured on its own and named by number', () => {
    const ok = 'a'.repeat(250);
    const thread = `${ok}\n\n---\n\n${ok}\n\n---\n\n${'b'.repeat(281)}`;
    const found = hits(draft(thread, fm('twitter')));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ messageId: 'part', line: 13, column: 281 });
    expect(found[0]!.message).toContain('Del 3 af 3');
    // Not on Facebook, where --- is a line and the whole post counts.
    expect(hits(draft(thread, fm('facebook')))).toEqual([]);
  });

  it('inline images are attachments and do not count', () => {
    expect(hits(draft(`![${'Alt-tekst '.repeat(30)}](billeder/a.jpg)\n\n${'a'.repeat(280)}`, fm('twitter')))).toEqual([]);
  });

  it('HTML comments (notes to colleagues) are not published and do not count', () => {
    expect(hits(draft(`<!-- ${'note '.repeat(100)} -->\n\n${'a'.repeat(280)}`, fm('twitter')))).toEqual([]);
  });

  it('English messages', () => {
    const [m] = lintText(draft('a'.repeat(2201), fm('instagram')), { lang: 'en' }).messages.filter((x) => x.ruleId === RULE);
    expect(m!.message).toBe('The text is 2201 characters, but Instagram allows at most 2200. Cut at least 1 characters: drop details and point to rn.dk for the rest.');
  });
});
