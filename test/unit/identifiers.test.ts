import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import { findCaseNumbers, isOwnDomain, labelMatcher } from '../../src/checks/lib/identifiers.js';
import { tokenize } from '../../src/text/tokenize.js';

const lexicon = parse(readFileSync(new URL('../../rules/lexicon/identifiers.yml', import.meta.url), 'utf8')) as {
  groups: Record<string, string[]>;
};
const LABELS = lexicon.groups['case-labels']!;

describe('findCaseNumbers', () => {
  it.each([
    ['Vores j.nr. 2026-212-0015 er noteret', 'j.nr. 2026-212-0015'],
    ['sagsnr: 26/1234', 'sagsnr: 26/1234'],
    ['Journalnummer 2023-212-0015', 'Journalnummer 2023-212-0015'],
    ['Journalnummer: 2023-212-0015.', 'Journalnummer: 2023-212-0015'],
    ['JOURNALNR. 12345', 'JOURNALNR. 12345'],
    ['jnr 4711 (uden punktum)', 'jnr 4711'],
    ['Sags-ID #AB-2026-77', 'Sags-ID #AB-2026-77'],
    ['patient-id: P12345, tak', 'patient-id: P12345'],
    ['vores ref. 2026/0042', 'vores ref. 2026/0042'],
    ['Sagsnummeret er … nej: sagsnummeret: 2026-1', 'sagsnummeret: 2026-1'],
    ['jr.nr.2026-5', 'jr.nr.2026-5'],
    ['j. nr. 2026-212-0015', 'j. nr. 2026-212-0015'],
  ])('finds the number in %j', (text, expected) => {
    const found = findCaseNumbers(text, LABELS);
    expect(found).toHaveLength(1);
    const m = found[0]!;
    expect(m.text).toBe(expected);
    expect(text.slice(m.start, m.end)).toBe(expected);
  });

  it.each([
    ['label without a number', 'Skriv dit sagsnummer i Digital Post'],
    ['label followed by a word', 'Har du dit journalnummer? Det står i brevet.'],
    ['a word that merely contains a label', 'projournalnummer 123'],
    ['a number without a label', 'Ring 97 64 80 00 eller se 2026-212-0015'],
    ['a label on the next line', 'sagsnr.\n2026-212-0015'],
    ['a label joined to a word before it', 'x_sagsnr 55, a.jnr 77 og pre-journalnummer 12'],
    ['a label run into a word', 'sagsnr.abc123'],
    ['no labels configured', 'j.nr. 2026-212-0015'],
  ])('ignores %s', (label, text) => {
    expect(findCaseNumbers(text, label === 'no labels configured' ? [] : LABELS)).toEqual([]);
  });

  it('finds several numbers and keeps going after a label without a number', () => {
    const text = 'sagsnr. ukendt, men j.nr. 2026-1 og sagsid 99.';
    expect(findCaseNumbers(text, LABELS).map((m) => m.text)).toEqual(['j.nr. 2026-1', 'sagsid 99']);
  });

  it('treats labels as literals, not patterns', () => {
    expect(findCaseNumbers('a+b 123 og axb 456', ['a+b', 'a.b'])).toEqual([{ start: 0, end: 7, text: 'a+b 123' }]);
  });

  it('the definite form only of a label ending in "nummer"', () => {
    expect(findCaseNumbers('Journalnummeret: 2026-1 og sagsnr.et 5', LABELS).map((m) => m.text)).toEqual(['Journalnummeret: 2026-1']);
  });

  it('stays fast on hostile input', () => {
    const text = 'sagsnr' + ' '.repeat(50000) + ':' + ' '.repeat(50000) + 'x';
    expect(findCaseNumbers(text, LABELS)).toEqual([]);
  });
});


describe('labelMatcher', () => {
  const labels = (list: string[], text: string, definite = false) =>
    labelMatcher(list, definite)
      .match(tokenize(text), text)
      .map((m) => [m.text, m.payload]);

  it('finds labels case-insensitively, with or without their trailing dot', () => {
    expect(labels(['ordrenr.', 'cvr'], 'ORDRENR 12, Ordrenr. 13, CVR: 14')).toEqual([
      ['ORDRENR', 'ordrenr.'],
      ['Ordrenr.', 'ordrenr.'],
      ['CVR', 'cvr'],
    ]);
  });

  it('as whole words, with the definite form only when asked', () => {
    expect(labels(['kundenummer'], 'kundenumre, kundenummeret og kundenummer')).toEqual([['kundenummer', 'kundenummer']]);
    expect(labels(['kundenummer'], 'kundenummeret', true)).toEqual([['kundenummeret', 'kundenummer']]);
  });
});

describe('isOwnDomain', () => {
  const own = ['rn.dk'];
  it.each([
    ['rn.dk', true],
    ['RN.DK', true],
    ['aalborguh.rn.dk', true],
    ['psykiatri.rn.dk.', true],
    ['xrn.dk', false],
    ['rn.dk.evil.com', false],
    ['gmail.com', false],
    ['', false],
  ])('%j → %s', (domain, expected) => {
    expect(isOwnDomain(domain, own)).toBe(expected);
  });

  it('returns false with no own domains', () => {
    expect(isOwnDomain('rn.dk', [])).toBe(false);
  });
});
