import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointCount, codePointOffset } from '../../src/checks/lib/length-measure.js';

describe('code points without an array', () => {
  it('counts as [...text].length and finds each code point where the spread puts it, lone surrogates included', () => {
    const unit = fc.constantFrom('a', 'æ', '👍', '👍🏽', '\ud83d', '\udc4d', '\r\n', '🇩🇰');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        const points = [...text];
        expect(codePointCount(text)).toBe(points.length);
        for (let n = 0; n <= points.length + 1; n++) expect(codePointOffset(text, n)).toBe(points.slice(0, n).join('').length);
      }),
      { numRuns: 200 },
    );
  });
});
