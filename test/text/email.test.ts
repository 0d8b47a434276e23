import { describe, expect, it } from 'vitest';
import { findEmails } from '../../src/text/email.js';

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

describe('findEmails: more cases', () => {
  it('finds addresses with Danish letters and sub-domains', () => {
    const text = 'Skriv til jens.ørsted@rn.dk, a-b@sygehus.rn.dk eller x@y.';
    expect(findEmails(text).map((e) => e.text)).toEqual(['jens.ørsted@rn.dk', 'a-b@sygehus.rn.dk']);
  });

  it('trims a trailing full stop or hyphen', () => {
    expect(findEmails('mail: a@rn.dk.').map((e) => [e.text, e.start, e.end])).toEqual([['a@rn.dk', 6, 13]]);
  });

  it('rejects an "@" without a local part or a domain', () => {
    expect(findEmails('@rn.dk a@ a@b @@ a@.dk')).toEqual([]);
  });

  // Linear by construction (each "@" grows outwards over a bounded class); these 200 kB inputs
  // would take minutes with a backtracking scan.
  it('handles 200 kB without "@"', () => {
    expect(findEmails('a'.repeat(200_000))).toEqual([]);
  });

  it('handles 200 kB with many "@"', () => {
    expect(findEmails('a@'.repeat(100_000))).toEqual([]);
    expect(findEmails('@'.repeat(200_000))).toEqual([]);
    expect(findEmails(`${'a'.repeat(100_000)}${'@a'.repeat(50_000)}`)).toEqual([]);
    expect(findEmails('a.b@c.'.repeat(33_000))).toEqual([]);
    expect(findEmails('x@rn.dk '.repeat(25_000))).toHaveLength(25_000);
  });
});
