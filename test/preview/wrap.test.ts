/** Terminal wrapping for `rnsocial preview` (src/preview/wrap.ts). */
import { describe, expect, it } from 'vitest';
import { cells, columns, wrap } from '../../src/preview/wrap.js';

const lines = (text: string, width: number) => wrap(cells(text, 0), width).map((line) => line.map((c) => c.text).join(''));
const width = (line: string) => cells(line, 0).reduce((n, c) => n + columns(c.text), 0);

describe('wrap', () => {
  it('breaks at spaces and keeps the line breaks of the post', () => {
    expect(lines('Vi åbner den nye skadestue i Hjørring på mandag', 20)).toEqual(['Vi åbner den nye', 'skadestue i Hjørring', 'på mandag']);
    expect(lines('Første linje\n\nTredje', 40)).toEqual(['Første linje', '', 'Tredje']);
  });

  it('never splits »æ« written with a combining mark, nor an emoji sequence, even inside a word wider than the line', () => {
    const decomposed = 'a\u0308'; // ä as a + combining diaeresis: one grapheme, two code units
    const word = `blåbærgrød${decomposed}${'👩‍⚕️'.repeat(6)}🇩🇰🇩🇰æøå`.repeat(3);
    const text = `Hej ${word} farvel`;
    const out = lines(text, 40);
    expect(out.length).toBeGreaterThan(3);
    const graphemes = (t: string) => cells(t, 0).map((c) => c.text).filter((g) => g !== ' ');
    // every grapheme of the input is a whole grapheme of some line, in order (only spaces at breaks go)
    expect(out.flatMap(graphemes)).toEqual(graphemes(text));
    for (const line of out) {
      expect(width(line)).toBeLessThanOrEqual(40);
      expect(/^[\u0308\u200d\u2695\ufe0f]/u.test(line), line).toBe(false);
    }
  });

  it('counts emoji as two columns', () => {
    expect(columns('👩‍⚕️')).toBe(2);
    expect(columns('🇩🇰')).toBe(2);
    expect(columns('æ')).toBe(1);
    expect(columns('©')).toBe(1);
    expect(lines('🎉🎉🎉🎉🎉', 4)).toEqual(['🎉🎉', '🎉🎉', '🎉']);
  });
});
