import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'platform/markdown-syntax';
const fm = (platform: string) => ({ platform, page: 'Region Nordjylland' });
const ids = (body: string, platform = 'facebook') =>
  lintText(draft(body, fm(platform))).messages.filter((m) => m.ruleId === RULE).map((m) => m.messageId);

describe('markdown-syntax (platform/markdown-syntax)', () => {
  it.each([
    ['# Nyt fra hospitalet\n\nTekst.', 'heading'],
    ['Overskrift\n==========\n\nTekst.', 'heading'],
    ['Det er *vigtigt* at komme.', 'emphasis'],
    ['Det er _vigtigt_ at komme.', 'emphasis'],
    ['Det er **vigtigt** at komme.', 'strong'],
    ['Læs [mere her](https://rn.dk/nyt).', 'link'],
    ['| Dag | Tid |\n|-----|-----|\n| Man | 8–16 |', 'table'],
    ['```\nkode\n```', 'code'],
    ['Skriv `rn.dk` i feltet.', 'inlineCode'],
    ['> Det var en god dag, siger Mette.', 'blockquote'],
    ['Linje<br>to', 'html'],
    ['Første afsnit.\n\n***\n\nAndet afsnit.', 'thematicBreak'],
  ])('%j → %s', (body, kind) => {
    expect(ids(body)).toEqual([kind]);
  });

  // A plain list shows exactly as written, one item a line, on every platform: not stray characters.
  it.each(['facebook', 'linkedin', 'instagram', 'twitter'])('a plain list is fine on %s', (platform) => {
    expect(ids('Husk at tage med:\n\n- sygesikringskort\n- medicinliste\n- tøj til et par dage', platform)).toEqual([]);
    expect(ids('Husk at tage med:\n• sygesikringskort\n• medicinliste', platform)).toEqual([]);
    expect(ids('Husk:\n\n* sygesikringskort\n* medicinliste\n\nOg:\n\n+ tøj\n+ toiletsager', platform)).toEqual([]);
  });

  it('markup inside a list item is still reported', () => {
    expect(ids('Husk:\n\n- dit **sygesikringskort**\n- [pjecen](https://rn.dk/pjece)')).toEqual(['strong', 'link']);
  });

  it('the message says what to write instead', () => {
    const [m] = lintText(draft('Læs [mere her](https://rn.dk/nyt).', fm('linkedin'))).messages.filter((x) => x.ruleId === RULE);
    expect(m).toMatchObject({ line: 5, column: 5, endColumn: 34, severity: 1, platforms: ['linkedin'] });
    expect(m!.message).toContain('Skriv adressen direkte i teksten: https://rn.dk/nyt');
  });

  it('plain text is fine: hashtags, numbered lines, »quotes«, inline images, HTML comments', () => {
    expect(ids('#Aalborg #sundhed\n\n1. Mød op\n2. Tag et nummer\n\n»Godt,« siger hun.\n\n![Mette](mette.jpg)\n\n<!-- note -->')).toEqual([]);
    expect(ids('Snart er det 1. december. Vi ses 2 gange om ugen – kl. 8-16.')).toEqual([]);
  });

  it('on X a --- line separates the posts of a thread and is not reported', () => {
    expect(ids('Første opslag.\n\n---\n\nAndet opslag.', 'twitter')).toEqual([]);
    expect(ids('Første opslag.\n\n---\n\nAndet opslag.', 'facebook')).toEqual(['thematicBreak']);
  });

  it('list markers to report are an option (a house style)', () => {
    const config = { rules: { 'platform/markdown-syntax': ['warn', { listMarkers: ['*', '+'] }] } };
    const found = (body: string) => lintText(draft(body, fm('facebook')), { config }).messages.filter((m) => m.ruleId === RULE);
    expect(found('Husk:\n\n- kort\n- liste')).toEqual([]);
    expect(found('Husk:\n\n* kort\n* liste')).toMatchObject([{ messageId: 'list' }]);
    expect(found('Husk:\n\n* kort\n* liste')[0]!.message).toContain('»*«');
  });
});
