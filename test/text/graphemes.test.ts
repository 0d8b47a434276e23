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

describe('graphemes without the segmenter', () => {
  it('treats every code unit below U+0300 as its own cluster, bar CR LF, exactly as Intl.Segmenter does', () => {
    // Each unit next to each kind of neighbour it could join: letters, itself, CR and LF.
    const units = Array.from({ length: 0x300 }, (_, c) => String.fromCharCode(c));
    const text = units.map((u) => `a${u}${u}\r${u}\n${u}`).join('');
    expect(graphemeStarts(text)).toEqual(whole(text));
    expect(graphemeCount(text)).toBe(whole(text).length);
  });

  it('still joins what combines across the boundary: a mark after a plain letter, CR LF split between pieces', () => {
    const text = `${'x'.repeat(999)}\r\n${'e\u0301'.repeat(600)}${'y'.repeat(1200)}`;
    expect(graphemeStarts(text)).toEqual(whole(text));
    expect(graphemeCount(text)).toBe(whole(text).length);
  });
});
