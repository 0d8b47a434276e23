import { describe, it, expect } from 'vitest';
import { lix } from '../../src/text/lix.js';
import { readabilityWords } from '../../src/text/readability-words.js';
import { tokenize } from '../../src/text/tokenize.js';

/** Is `word` a long word, as LIX counts (more than six letters)? */
const isLongWord = (word: string): boolean => readabilityWords(tokenize(word))[0]?.long ?? false;
/** Words of a text, marked long or not. */
const wordsOf = (words: readonly string[]) => words.map((w) => ({ long: isLongWord(w) }));

describe('long words (readabilityWords)', () => {
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
        expect(isLongWord('ab-cd-ef')).toBe(false); // 6 letters
    expect(isLongWord("sms'er")).toBe(false);
  });
});

describe('lix', () => {
  it('returns 0 for no words', () => {
    expect(lix(wordsOf([]), 0)).toBe(0);
    expect(lix(wordsOf([]), 3)).toBe(0);
  });

  it('is words per sentence plus the percentage of long words', () => {
    // 10 words, 2 sentences, 3 long words: 10/2 + 100*3/10 = 5 + 30 = 35
    const words = ['Vi', 'har', 'åbent', 'hospital', 'for', 'alle', 'nordjyder', 'søndag', 'kl', 'sygehuset'];
    expect(lix(wordsOf(words), 2)).toBe(35);
  });

  it('rounds to a whole number', () => {
    // 3 words, 1 sentence, 1 long: 3 + 33.33 = 36.33 → 36
    expect(lix(wordsOf(['Ring', 'til', 'Lægevagten']), 1)).toBe(36);
    // 3 words, 2 sentences, 2 long: 1.5 + 66.67 = 68.17 → 68
    expect(lix(wordsOf(['Velkommen', 'til', 'Hospitalsbyen']), 2)).toBe(68);
    // 2 words, 1 sentence, 1 long: 2 + 50 = 52
    expect(lix(wordsOf(['Hej', 'nordjyder']), 1)).toBe(52);
  });

  it('treats a sentence count below one as one period', () => {
    expect(lix(wordsOf(['Hej', 'nordjyder']), 0)).toBe(52);
    expect(lix(wordsOf(['Hej', 'nordjyder']), Number.NaN)).toBe(52);
  });

  it('scores a plain Danish text low and an officialese text high', () => {
    const plain = 'Vi har åbent i dag. Du kan ringe til os. Vi hjælper dig gerne.';
    const stiff =
      'Vedrørende ovennævnte skrivelse skal undertegnede venligst anmode om fremsendelse af yderligere dokumentation.';
    const split = (text: string): string[] => text.split(/\s+/).map((w) => w.replace(/[.,]/g, '')).filter(Boolean);
    expect(lix(wordsOf(split(plain)), 3)).toBeLessThan(25);
    expect(lix(wordsOf(split(stiff)), 1)).toBeGreaterThanOrEqual(55);
  });

  it('counts the long flag it is given: the words of a proper name are short', () => {
    const tokens = tokenize('Velkommen til Regionshospital Nordjylland');
    const names = [{ start: 14, end: 41 }];
    expect(lix(readabilityWords(tokens), 1)).toBe(79); // 4 + 100 × 3/4
    expect(lix(readabilityWords(tokens, names), 1)).toBe(29); // 4 + 100 × 1/4
  });
});
