import { describe, expect, it } from 'vitest';
import { MappedText } from '../../src/draft/mapped-text.js';
import { visibleText } from '../../src/checks/lib/mapped.js';

/** The definition, one character at a time: what visibleText must equal. */
function reference(mapped: MappedText, hidden: ReadonlyArray<{ start: number; end: number }>): { text: string; offsets: number[] } {
  const hiddenAt = (i: number): boolean => {
    const source = mapped.toSource(i);
    return hidden.some((r) => source >= r.start && source < r.end);
  };
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < mapped.text.length; i++) {
    if (hiddenAt(i)) continue;
    text += mapped.text[i];
    offsets.push(i);
  }
  offsets.push(mapped.text.length);
  const lead = text.length - text.trimStart().length;
  return { text: text.slice(lead), offsets: offsets.slice(lead) };
}

describe('visibleText', () => {
  const source = '![Et billede](a.jpg) Hej med dig ![to](b.png)![tre](c.png) og farvel ![fire](d.png)';
  const images = [...source.matchAll(/!\[[^\]]*\]\([^)]*\)/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const mapped = new MappedText(source, [{ start: 0, end: source.length }]);

  it('cuts hidden ranges out, trims the white space they leave at the start, and maps every character back', () => {
    const visible = visibleText(mapped, images);
    expect(visible.text).toBe('Hej med dig  og farvel ');
    expect([...visible.offsets]).toEqual(reference(mapped, images).offsets);
  });

  it('equals the character-by-character definition for overlapping, touching and out-of-range cuts', () => {
    const cases = [[], [{ start: 3, end: 9 }, { start: 5, end: 30 }], [{ start: 0, end: 4 }, { start: 4, end: 8 }], [{ start: 50, end: source.length + 10 }]];
    for (const hidden of cases) {
      const visible = visibleText(mapped, hidden);
      const expected = reference(mapped, hidden.filter((r) => r.end <= source.length));
      expect(visible.text).toBe(expected.text);
      expect([...visible.offsets]).toEqual(expected.offsets);
    }
  });
});
