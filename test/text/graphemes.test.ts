import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeCount, graphemeStarts } from '../../src/text/graphemes.js';

const whole = (text: string): number[] => [...new Intl.Segmenter('da', { granularity: 'grapheme' }).segment(text)].map((s) => s.index);

describe('graphemes', () => {
  it('counts what a reader counts: æøå, skin tones, families, flags, CR LF', () => {
    expect(graphemeCount('Blåbær 👍🏽 👨‍👩‍👧 🇩🇰\r\n')).toBe(13);
    expect(graphemeStarts('a👍🏽b')).toEqual([0, 1, 5]);
  });

  it('stops after the limit it is given', () => {
    expect(graphemeStarts('abcdef', 3)).toEqual([0, 1, 2]);
  });

  it('equals one Intl.Segmenter pass over long texts cut into pieces', () => {
    const unit = fc.constantFrom('a', ' ', 'æ', '👍🏽', '👨‍👩‍👧', '🇩🇰', 'e\u0301', '\r\n', '\n', '#️⃣', '‍');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 900, maxLength: 3000 }), (units) => {
        const text = units.join('');
        expect(graphemeStarts(text)).toEqual(whole(text));
        expect(graphemeCount(text)).toBe(whole(text).length);
      }),
      { numRuns: 15 },
    );
  });
});
