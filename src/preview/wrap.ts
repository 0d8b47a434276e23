/**
 * Terminal layout for the preview: text as cells (one grapheme cluster each, with a style) broken
 * into lines that fit the terminal. Lines break at spaces; a word wider than the line is broken
 * between graphemes, never inside one (»æ«, »👩‍⚕️« and »🇩🇰« stay whole).
 */
import { graphemeStarts } from '../text/graphemes.js';

export interface Cell<S> {
  text: string;
  style: S;
}

/** One cell per grapheme cluster of `text`, all in one style. */
export function cells<S>(text: string, style: S): Array<Cell<S>> {
  const starts = graphemeStarts(text);
  return starts.map((start, i) => ({ text: text.slice(start, starts[i + 1] ?? text.length), style }));
}

const WIDE = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator})/u;
const EAST_ASIAN_WIDE = /^[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Columns a grapheme takes in a terminal: emoji and East Asian wide characters 2, others 1. */
export function columns(grapheme: string): number {
  if (grapheme === '\t') return 4;
  if (EAST_ASIAN_WIDE.test(grapheme)) return 2;
  // A text-style symbol (©, ↔) is narrow unless an emoji selector or a modifier follows.
  if (WIDE.test(grapheme)) return [...grapheme].length > 1 || grapheme.codePointAt(0)! >= 0x1f000 ? 2 : 1;
  return 1;
}

const LINE_BREAK = /^(?:\r\n|\r|\n)$/;

/**
 * Lines of at most `width` columns. A "\n" cell ends a line; a space where a line breaks is
 * dropped, as a word processor does.
 */
export function wrap<S>(text: ReadonlyArray<Cell<S>>, width: number): Array<Array<Cell<S>>> {
  const lines: Array<Array<Cell<S>>> = [];
  let line: Array<Cell<S>> = [];
  let used = 0;
  // The last space in the current line: where it breaks when the next word does not fit.
  let lastSpace = -1;
  const breakLine = (): void => {
    lines.push(line);
    line = [];
    used = 0;
    lastSpace = -1;
  };
  for (const cell of text) {
    if (LINE_BREAK.test(cell.text)) {
      breakLine();
      continue;
    }
    const w = columns(cell.text);
    if (used + w > width && line.length > 0) {
      if (cell.text === ' ') {
        breakLine(); // the space at the break goes
        continue;
      }
      if (lastSpace >= 0) {
        const carried = line.slice(lastSpace + 1);
        line = line.slice(0, lastSpace);
        lines.push(line);
        line = carried;
        used = carried.reduce((n, c) => n + columns(c.text), 0);
        lastSpace = -1;
        if (used + w > width) breakLine(); // a wide character after a word as wide as the line
      } else breakLine();
    }
    if (cell.text === ' ') lastSpace = line.length;
    line.push(cell);
    used += w;
  }
  lines.push(line);
  return lines;
}
