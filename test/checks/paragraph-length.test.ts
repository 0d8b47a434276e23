import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'platform/paragraph-length';
const hits = (body: string) => lintText(draft(body, { platform: 'facebook', page: 'Region Nordjylland' })).messages.filter((m) => m.ruleId === RULE);
// 74 characters: five of them are well over the limit of 300 when counted as one block.
const ITEM = 'Dit sygesikringskort og en liste over den medicin, du tager lige nu hjemme';

describe('paragraph-length (platform/paragraph-length): a list item is its own paragraph', () => {
  it.each([
    ['• bullets', '•'],
    ['- in one paragraph with its intro', '-'],
    ['* stars', '*'],
    ['numbers', '1.'],
    ['en dashes', '–'],
    ['emoji', '✅'],
    ['keycaps', '1️⃣'],
  ])('a list of short items is not a wall of text: %s', (_label, marker) => {
    const list = Array.from({ length: 5 }, () => `${marker} ${ITEM}`).join('\n');
    expect(hits(`Husk at tage med, når du skal indlægges:\n${list}`)).toEqual([]);
    expect(hits(`Husk at tage med, når du skal indlægges:\n\n${list}`)).toEqual([]);
  });

  it('a long item is reported at its own line', () => {
    const long = `${ITEM}, ${ITEM}, ${ITEM}, ${ITEM}, ${ITEM}`;
    const found = hits(`Husk:\n• kort\n• ${long}\n• kort`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 7, column: 1 });
  });

  it('a paragraph without a list is measured as one block, line breaks and all', () => {
    const lines = Array.from({ length: 5 }, () => ITEM).join('\n');
    expect(hits(lines)).toHaveLength(1);
    // A line that only starts with a number or a dash word is no list item.
    expect(hits(Array.from({ length: 5 }, (_, i) => `${i + 2020} var ${ITEM.toLowerCase()}`).join('\n'))).toHaveLength(1);
    expect(hits(Array.from({ length: 5 }, () => `-${ITEM}`).join('\n'))).toHaveLength(1);
  });
});
