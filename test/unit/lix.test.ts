import { describe, it, expect } from 'vitest';
import { isLongWord, lix } from '../../src/checks/lib/lix.js';

describe('isLongWord', () => {
  it('counts seven or more letters as long', () => {
    expect(isLongWord('sygehus')).toBe(true); // 7
    expect(isLongWord('hospital')).toBe(true); // 8
    expect(isLongWord('læge')).toBe(false);
    expect(isLongWord('klinik')).toBe(false); // 6
  });

  it('counts Danish and accented letters', () => {
    expect(isLongWord('øjenlæge')).toBe(true); // 8
    expect(isLongWord('blåbær')).toBe(false); // 6
    expect(isLongWord('blåbærs')).toBe(true); // 7
    expect(isLongWord('café')).toBe(false);
  });

  it('ignores digits, hyphens and other non-letters', () => {
    expect(isLongWord('COVID-19')).toBe(false); // 5 letters
    expect(isLongWord('COVID-19-vaccine')).toBe(true); // 12 letters
    expect(isLongWord('2.500.000')).toBe(false);
    expect(isLongWord('ab-cd-ef')).toBe(false); // 6 letters
    expect(isLongWord("sms'er")).toBe(false);
  });
});

describe('lix', () => {
  it('returns 0 for no words', () => {
    expect(lix([], 0)).toBe(0);
    expect(lix([], 3)).toBe(0);
  });

  it('is words per sentence plus the percentage of long words', () => {
    // 10 words, 2 sentences, 3 long words: 10/2 + 100*3/10 = 5 + 30 = 35
    const words = ['Vi', 'har', 'åbent', 'hospital', 'for', 'alle', 'nordjyder', 'søndag', 'kl', 'sygehuset'];
    expect(lix(words, 2)).toBe(35);
  });

  it('rounds to a whole number', () => {
    // 3 words, 1 sentence, 1 long: 3 + 33.33 = 36.33 → 36
    expect(lix(['Ring', 'til', 'Lægevagten'], 1)).toBe(36);
    // 3 words, 2 sentences, 2 long: 1.5 + 66.67 = 68.17 → 68
    expect(lix(['Velkommen', 'til', 'Hospitalsbyen'], 2)).toBe(68);
    // 2 words, 1 sentence, 1 long: 2 + 50 = 52
    expect(lix(['Hej', 'nordjyder'], 1)).toBe(52);
  });

  it('treats a sentence count below one as one period', () => {
    expect(lix(['Hej', 'nordjyder'], 0)).toBe(52);
    expect(lix(['Hej', 'nordjyder'], Number.NaN)).toBe(52);
  });

  it('scores a plain Danish text low and an officialese text high', () => {
    const plain = 'Vi har åbent i dag. Du kan ringe til os. Vi hjælper dig gerne.';
    const stiff =
      'Vedrørende ovennævnte skrivelse skal undertegnede venligst anmode om fremsendelse af yderligere dokumentation.';
    const split = (text: string): string[] => text.split(/\s+/).map((w) => w.replace(/[.,]/g, '')).filter(Boolean);
    expect(lix(split(plain), 3)).toBeLessThan(25);
    expect(lix(split(stiff), 1)).toBeGreaterThanOrEqual(55);
  });

  it('does not mutate its input', () => {
    const words = Object.freeze(['Ring', 'til', 'Lægevagten']);
    expect(lix(words, 1)).toBe(36);
  });
});
