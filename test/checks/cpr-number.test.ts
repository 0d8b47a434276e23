import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'case-handling/cpr-number';
const hits = (text: string) => lintText(text).messages.filter((m) => m.ruleId === RULE);
const inBody = (body: string) => hits(draft(body));

describe('cpr-number (case-handling/cpr-number)', () => {
  it.each([
    ['hyphen', 'Patienten har cpr 120590-1234.'],
    ['no separator', 'Skriv 1205901234 i feltet.'],
    ['space', 'CPR: 120590 1234'],
    ['born 2007, fails modulus 11', 'Hun har nummeret 030207-4562.'],
    ['issued after 2007 without modulus 11', 'Nummeret 010165-2001 er gyldigt.'],
    ['eCPR', 'Erstatningsnummer 020329-1WQ3.'],
    ['inside inline code', 'Brug `120590-1234` som eksempel.'],
  ])('reports a CPR number (%s) without repeating it', (_label, body) => {
    const found = inBody(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, messageId: 'default', line: 5 });
    expect(found[0]!.message).not.toMatch(/\d{6}/);
  });

  it.each([
    ['phone numbers', 'Ring på 97 64 80 00, 9764 8000, 97648000 eller +45 97 64 80 00.'],
    ['dates', 'Vi ses den 12.05.2026, 2026-05-12 eller 12/05/2026.'],
    ['prices', 'Det koster 2.495,00 kr. – i alt 1.234.567 kr.'],
    ['impossible date', 'Vores nummer 3213456789 er ikke en person.'],
    ['order number', 'Ordrenummer 0101901234 er sendt, og faktura nr. 1205901234 er betalt.'],
    ['URL', 'Læs https://rn.dk/nyt/1205901234 nu.'],
  ])('leaves %s alone', (_label, body) => {
    expect(inBody(body)).toEqual([]);
  });

  it('still reports a number labelled as CPR next to an order word', () => {
    expect(inBody('Ordre til cpr 1205901234 er sendt.')).toHaveLength(1);
  });

  it('searches the whole file: frontmatter, editor notes and alt texts', () => {
    const text = [
      '---',
      'platform: facebook',
      'page: Region Nordjylland',
      'media:',
      '  - src: a.jpg',
      '    alt: Sofie 030207-4562 giver blod',
      '    people: written',
      '    consent: Sofie Hansen 030207-4562',
      '---',
      '<!-- patient 120590-1234 -->',
      'Vi har åbent.',
      '',
    ].join('\n');
    const found = hits(text);
    expect(found.map((m) => [m.line, m.messageId])).toEqual([
      [6, 'notPublished'],
      [8, 'notPublished'],
      [10, 'notPublished'],
    ]);
  });

  it('runs on posts as well as replies', () => {
    const reply = '---\nplatform: facebook\npage: Region Nordjylland\ntype: reply\nin-reply-to: https://www.facebook.com/RegionNordjylland/posts/1\n---\nHej 120590-1234.\n\n/Anne, Region Nordjylland\n';
    expect(hits(reply)).toHaveLength(1);
  });
});
