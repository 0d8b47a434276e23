/** findEmoji only runs the RGI regex near candidate characters; it must find exactly what a full scan finds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEmoji } from '../../src/checks/lib/emoji.js';

function fullScan(text: string): Array<{ start: number; end: number; emoji: string }> {
  return [...text.matchAll(/\p{RGI_Emoji}/gv)].map((m) => ({ start: m.index, end: m.index + m[0].length, emoji: m[0] }));
}

const SAMPLES = ['😂', '👩‍⚕️', '🇩🇰', '1️⃣', '#️⃣', '*️⃣', '©️', '❤️', '❤', '👍🏽', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🧑‍🤝‍🧑', '☝️', '🐦‍🔥', '🙂‍↔️', '⚕️', 'æøå', '1', '#', ' ', '\uFE0F', '\u20E3', '€', '–', 'a'];

describe('findEmoji', () => {
  it('counts a ZWJ sequence, a flag and a keycap as one emoji each', () => {
    expect(findEmoji('Tak 👩‍⚕️ 🇩🇰 1️⃣!').map((e) => e.emoji)).toEqual(['👩‍⚕️', '🇩🇰', '1️⃣']);
  });

  it('finds nothing in text without emoji', () => {
    expect(findEmoji('Kom til åbent hus kl. 14 – det koster 0 €. #aalborg')).toEqual([]);
  });

  it('agrees with a full scan on arbitrary mixes of emoji, keycap parts and text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SAMPLES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(findEmoji(text)).toEqual(fullScan(text));
      }),
      { numRuns: 500, seed: 20_260_501 },
    );
  });

  it('agrees with a full scan on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        expect(findEmoji(text)).toEqual(fullScan(text));
      }),
      { numRuns: 500, seed: 20_260_501 },
    );
  });
});
