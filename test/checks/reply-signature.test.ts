import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../src/text/phrase-matcher.js';
import { lintText } from '../support/lint.js';

const RULE = 'sender/reply-signature';
const reply = (body: string, page = 'Aalborg Universitetshospital', type = 'reply'): string =>
  `---\nplatform: facebook\npage: ${page}\ntype: ${type}\nin-reply-to: https://www.facebook.com/aalborguh/posts/1\n---\n${body}\n`;
const hits = (text: string, config: Record<string, unknown> = {}) => lintText(text, { config }).messages.filter((m) => m.ruleId === RULE);

describe('reply-signature (sender/reply-signature)', () => {
  it.each([
    'Tak for din besked.\n\n/Mette, Aalborg Universitetshospital',
    'Tak for din besked.\n\nVenlig hilsen Jens, Regionshospital Nordjylland',
    'Tak for din besked.\n\nHilsen Sofie fra Psykiatrien i Region Nordjylland',
    'Tak for din besked.\n\nVenlig hilsen\nJens\nRegionshospital Nordjylland',
    'Tak for din besked. /Mette, Aalborg UH',
    'Tak for din besked.\n\n/Mette, Aalborg Universitetshospital\n\n<!-- tjekket af Hanne -->',
  ])('accepts %j', (body) => {
    expect(hits(reply(body))).toEqual([]);
  });

  // Name + unit in the forms the region's pages use; the unit may be in the genitive before a
  // department word ("Region Nordjyllands presseafdeling").
  it.each([
    '/Mette, Region Nordjyllands presseafdeling',
    '/Mette, Aalborg Universitetshospital',
    'Venlig hilsen Jonas, Psykiatrien',
    'Mvh. Sara – Region Nordjylland',
    'Hilsen Lars, Aalborg Universitetshospitals akutmodtagelse',
    '/Anne-Marie fra Psykiatriens kommunikationsteam',
    '- Peter, Lægevagten',
    'Venlig hilsen\nJonas\nRegion Nordjyllands kommunikationsafdeling',
  ])('accepts the signature form %j', (signature) => {
    expect(hits(reply(`Tak for din besked. Vi giver den videre.\n\n${signature}`))).toEqual([]);
  });

  it.each([
    ['/Region Nordjyllands presseafdeling', 'noPerson'],
    ['Mvh. Aalborg Universitetshospitals akutmodtagelse', 'noPerson'],
    ['/Mette, presseafdelingen', 'noUnit'],
    ['Venlig hilsen Jonas', 'noUnit'],
  ])('reports the bad signature %j as %s', (signature, messageId) => {
    const found = hits(reply(`Tak for din besked. Vi giver den videre.\n\n${signature}`));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ messageId, severity: 2, line: 9 });
  });

  it('reports a reply without a signature at its last line, with the page as example', () => {
    const [m] = hits(reply('Hej. Caféen har åbent alle dage kl. 7–19.\n\nVelbekomme.'));
    expect(m).toMatchObject({ messageId: 'default', severity: 2, line: 9, column: 1, endColumn: 12 });
    expect(m!.message).toContain('»/Mette, Aalborg Universitetshospital«');
  });

  it('says what is missing: the unit, or the person', () => {
    expect(hits(reply('Tak for din besked.\n\n/Mette'))[0]).toMatchObject({ messageId: 'noUnit' });
    expect(hits(reply('Tak for din besked.\n\nVenlig hilsen Jens'))[0]).toMatchObject({ messageId: 'noUnit' });
    expect(hits(reply('Tak for din besked.\n\nMvh. Region Nordjylland', 'Region Nordjylland'))[0]).toMatchObject({ messageId: 'noPerson' });
    expect(hits(reply('Tak for din besked.\n\n/Aalborg Universitetshospital'))[0]).toMatchObject({ messageId: 'noPerson' });
  });

  it('uses the region as example when the page shows no tie', () => {
    expect(hits(reply('Tak for din besked.', 'Afsnit S7'))[0]!.message).toContain('»/Mette, Region Nordjylland«');
  });

  it('reports a signature that is not at the end', () => {
    expect(hits(reply('Hej.\n\n/Hanne, Aalborg Universitetshospital\n\nPS: Husk kaffen.'))).toHaveLength(1);
  });

  it('only checks replies', () => {
    expect(hits(reply('Vi har åbent hus på lørdag.', 'Aalborg Universitetshospital', 'post'))).toEqual([]);
    expect(hits('---\nplatform: facebook\npage: Region Nordjylland\n---\nVi har åbent hus.\n')).toEqual([]);
  });

  it('accepts units and registered page names from the config', () => {
    const body = 'Tak for din besked.\n\n/Mette, Forbedring og kvalitet';
    expect(hits(reply(body))).toHaveLength(1);
    expect(hits(reply(body), { units: ['Forbedring og kvalitet'] })).toEqual([]);
    expect(hits(reply(body), { pages: [{ name: 'Forbedring og kvalitet', platforms: ['facebook'] }] })).toEqual([]);
  });

  it('lints with 20,000 units and 20,000 pages in the config: the names cost work per token, not per name', () => {
    const units: string[] = [];
    const pages: Array<{ name: string; platforms: string[] }> = [];
    for (let n = 0; n < 20_000; n++) {
      units.push(`Aalborg Universitetshospital, Afsnit ${n}`);
      pages.push({ name: `Klinik for Øre ${n} – Regionshospital Nordjylland`, platforms: ['facebook'] });
    }
    const text = reply(
      'Tak for din besked. Aalborg Universitetshospital, Afsnit 9 har åbent igen.\n\n/Mette, Aalborg Universitetshospital, Afsnit 17',
      'Klinik for Øre 17 – Regionshospital Nordjylland',
    );
    const lint = (config: Record<string, unknown>) => {
      const before = PhraseMatcher.totalComparisons;
      const messages = lintText(text, { config }).messages.filter((m) => m.ruleId.startsWith('sender/') && m.ruleId !== 'sender/own-pages-only');
      return { messages, work: PhraseMatcher.totalComparisons - before };
    };
    const few = lint({ units: units.slice(0, 20), pages: pages.slice(0, 20) });
    const many = lint({ units, pages });
    expect(many.messages).toEqual([]);
    expect(few.messages).toEqual([]);
    // The same draft, 2,000 times the names: the same work.
    expect(many.work).toBeLessThanOrEqual(few.work + 20);
  }, 60_000);
});
