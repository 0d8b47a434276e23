import { describe, it, expect } from 'vitest';
import { LineIndex } from '../../src/draft/positions.js';

/** Lines of a text the way an editor shows them (LF, CRLF and lone CR end a line). */
const editorLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

describe('LineIndex', () => {
  it('has one line for empty text, and position 1:1', () => {
    const index = new LineIndex('');
    expect(index.lineCount).toBe(1);
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.offset(1, 1)).toBe(0);
  });

  it('maps offsets in LF text', () => {
    const index = new LineIndex('ab\ncd\n\nef');
    expect(index.lineCount).toBe(4);
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(2)).toEqual({ line: 1, column: 3 }); // the "\n" itself
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(6)).toEqual({ line: 3, column: 1 });
    expect(index.position(7)).toEqual({ line: 4, column: 1 });
    expect(index.position(9)).toEqual({ line: 4, column: 3 }); // end of file
  });

  it('counts CRLF as one line end', () => {
    const index = new LineIndex('ab\r\ncd\r\n');
    expect(index.lineCount).toBe(3);
    expect(index.position(2)).toEqual({ line: 1, column: 3 });
    expect(index.position(3)).toEqual({ line: 1, column: 3 }); // between CR and LF: clamped to the line end
    expect(index.lineEnd(1)).toBe(2);
    expect(index.lineEnd(2)).toBe(6);
    expect(index.lineEnd(3)).toBe(8);
    expect(index.position(4)).toEqual({ line: 2, column: 1 });
    expect(index.position(8)).toEqual({ line: 3, column: 1 });
    expect(index.lineStart(2)).toBe(4);
  });

  it('counts a lone CR as a line end', () => {
    const index = new LineIndex('ab\rcd\r\ref');
    expect(index.lineCount).toBe(4);
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(6)).toEqual({ line: 3, column: 1 });
    expect(index.position(7)).toEqual({ line: 4, column: 1 });
  });

  it('mixes line ends like an editor does', () => {
    const text = 'a\nb\r\nc\rd';
    const index = new LineIndex(text);
    expect(index.lineCount).toBe(editorLines(text).length);
    expect(['a', 'b', 'c', 'd'].map((ch) => index.position(text.indexOf(ch)))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });

  it('counts columns in UTF-16 code units (as ESLint does)', () => {
    const index = new LineIndex('😀x\næøåy');
    expect(index.position(2)).toEqual({ line: 1, column: 3 });
    expect(index.position(7)).toEqual({ line: 2, column: 4 });
  });

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('ab\ncd');
    expect(index.position(-5)).toEqual({ line: 1, column: 1 });
    expect(index.position(99)).toEqual({ line: 2, column: 3 });
    expect(index.offset(0, 0)).toBe(0);
    expect(index.offset(99, 1)).toBe(3);
    expect(index.offset(2, 99)).toBe(5);
    expect(index.lineStart(99)).toBe(3);
    expect(index.lineStart(-1)).toBe(0);
  });

  it('a text that ends with a line end has an empty last line', () => {
    const index = new LineIndex('ab\n');
    expect(index.lineCount).toBe(2);
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
  });

  it('round-trips every offset through position and back; one between CR and LF lands on the CR', () => {
    for (const text of ['', 'a', 'ab\ncd\n', 'ab\r\ncd\r\n\r\n', 'a\rb\r\r', 'Hej 😀\r\nfø\rlde\n', '\n\n\n']) {
      const index = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) {
        const { line, column } = index.position(offset);
        expect(line).toBeGreaterThanOrEqual(1);
        expect(line).toBeLessThanOrEqual(index.lineCount);
        expect(column).toBeLessThanOrEqual(index.lineEnd(line) - index.lineStart(line) + 1);
        const insideCrlf = text[offset - 1] === '\r' && text[offset] === '\n';
        expect(index.offset(line, column)).toBe(insideCrlf ? offset - 1 : offset);
      }
    }
  });

  it('round-trips every line/column of the line contents', () => {
    const text = 'første linje\r\nanden\rtredje\n\nfemte';
    const index = new LineIndex(text);
    editorLines(text).forEach((content, i) => {
      for (let column = 1; column <= content.length + 1; column++) {
        const offset = index.offset(i + 1, column);
        expect(index.position(offset)).toEqual({ line: i + 1, column });
        if (column <= content.length) expect(text[offset]).toBe(content[column - 1]);
      }
    });
  });
});
