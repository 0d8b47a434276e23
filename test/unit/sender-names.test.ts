import { describe, expect, it } from 'vitest';
import { NameMatcher } from '../../src/checks/lib/sender-names.js';
import { tokenize } from '../../src/text/tokenize.js';

const NAMES = ['Region Nordjylland', 'Psykiatrien', 'Psykiatrien i Region Nordjylland', 'Aalborg UH', 'Sygehus Thy-Mors', 'Region (Nord)', 'A.B'];
const matcher = new NameMatcher(NAMES);
const find = (text: string): Array<[string, string]> => matcher.findAll(text).map((m) => [text.slice(m.start, m.end), m.name]);

describe('NameMatcher', () => {
  it('finds names as whole words, whatever their case, and gives the listed spelling', () => {
    expect(find('Hilsen fra REGION NORDJYLLAND og psykiatrien')).toEqual([
      ['REGION NORDJYLLAND', 'Region Nordjylland'],
      ['psykiatrien', 'Psykiatrien'],
    ]);
    expect(find('Regionnordjylland, Psykiatrienet og Aalborg UHs')).toEqual([['Aalborg UH', 'Aalborg UH']]);
  });

  it('the longest name wins', () => {
    expect(find('/Mette, Psykiatrien i Region Nordjylland')).toEqual([['Psykiatrien i Region Nordjylland', 'Psykiatrien i Region Nordjylland']]);
  });

  it('a genitive may follow; the match ends with the name', () => {
    expect(find("Region Nordjyllands presseafdeling og Aalborg UH's læger")).toEqual([
      ['Region Nordjylland', 'Region Nordjylland'],
      ['Aalborg UH', 'Aalborg UH'],
    ]);
  });

  it('a name can be part of a hyphenated compound; a name with a hyphen is one', () => {
    expect(find('Region Nordjylland-Syd og Børne-Psykiatrien')).toEqual([
      ['Region Nordjylland', 'Region Nordjylland'],
      ['Psykiatrien', 'Psykiatrien'],
    ]);
    expect(find('Sygehus Thy-Mors')).toEqual([['Sygehus Thy-Mors', 'Sygehus Thy-Mors']]);
  });

  it('any white space on the line matches a space, a line break does not', () => {
    expect(find('Region \u00A0 Nordjylland')).toEqual([['Region \u00A0 Nordjylland', 'Region Nordjylland']]);
    expect(find('Region\nNordjylland')).toEqual([]);
  });

  it('names are literals, never patterns', () => {
    expect(find('Region (Nord) og A.B, ikke AxB eller Region Nord')).toEqual([
      ['Region (Nord)', 'Region (Nord)'],
      ['A.B', 'A.B'],
    ]);
    expect(() => new NameMatcher(['[', '(?<x', '\\'])).not.toThrow();
  });

  it('no names, no matches', () => {
    expect(new NameMatcher([' ', '']).size).toBe(0);
    expect(new NameMatcher([]).find('Region Nordjylland')).toBeUndefined();
  });

  it('20,000 names that share their first words: the work grows with the text, not the list', () => {
    const names: string[] = [];
    for (let n = 0; n < 20_000; n++) names.push(`Aalborg Universitetshospital, Afsnit ${n}`, `Klinik for Øre ${n} – Regionshospital Nordjylland`);
    const many = new NameMatcher(names);
    expect(many.size).toBe(40_000);
    const line = '/Mette, Aalborg Universitetshospital, Afsnit 17 og Klinik for Øre 12345 – Regionshospital Nordjyllands team';
    expect(many.findAll(line).map((m) => m.name)).toEqual(['Aalborg Universitetshospital, Afsnit 17', 'Klinik for Øre 12345 – Regionshospital Nordjylland']);
    expect(many.comparisons).toBeLessThan(tokenize(line).length * 3);
  });
});
