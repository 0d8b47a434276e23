import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import { findCaseNumbers, findEmails, isOwnDomain } from '../../src/checks/lib/identifiers.js';

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

  it('stays fast on hostile input', () => {
    const text = 'sagsnr' + ' '.repeat(50000) + ':' + ' '.repeat(50000) + 'x';
    expect(findCaseNumbers(text, LABELS)).toEqual([]);
  });
});

describe('findEmails', () => {
  it.each([
    ['Skriv til region@rn.dk.', 'region@rn.dk', 'rn.dk'],
    ['mette.hansen72@gmail.com', 'mette.hansen72@gmail.com', 'gmail.com'],
    ['(kontakt: cdh@rn.dk)', 'cdh@rn.dk', 'rn.dk'],
    ['Mail: Jens_Ole+sygehus@Hotmail.DK, tak', 'Jens_Ole+sygehus@Hotmail.DK', 'Hotmail.DK'],
    ['afdeling@aalborguh.rn.dk er åben', 'afdeling@aalborguh.rn.dk', 'aalborguh.rn.dk'],
    ['søren@bøger.dk', 'søren@bøger.dk', 'bøger.dk'],
    ['mailto:info@example.com', 'info@example.com', 'example.com'],
  ])('finds the address in %j', (text, address, domain) => {
    const found = findEmails(text);
    expect(found).toHaveLength(1);
    const m = found[0]!;
    expect(m.text).toBe(address);
    expect(m.domain).toBe(domain);
    expect(text.slice(m.start, m.end)).toBe(address);
  });

  it.each([
    ['an @mention', 'Tak @Mette og @AalborgUH'],
    ['a domain without a dot', 'mette@localhost'],
    ['a numeric top-level domain', 'a@1.2'],
    ['a lone @', 'mød os @ Hospitalsbyen'],
    ['an empty label', 'a@b..dk'],
  ])('ignores %s', (_label, text) => {
    expect(findEmails(text)).toEqual([]);
  });

  it('finds two addresses', () => {
    expect(findEmails('a@b.dk, c@gmail.com').map((m) => m.text)).toEqual(['a@b.dk', 'c@gmail.com']);
  });

  it('stays linear on long runs without a valid address', () => {
    const text = 'a'.repeat(100000) + '@' + '.'.repeat(10) + 'x@'.repeat(20000);
    expect(findEmails(text)).toEqual([]);
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
