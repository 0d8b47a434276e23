/**
 * A linear pre-scan for Markdown that makes micromark slow. Its emphasis and label resolution
 * look back over every earlier delimiter for each new one, and nested containers are re-matched
 * on every line, so some inputs cost far more than their size: 16 KB of `***…x…***` or
 * `*a _b …` took 12–18 s of CPU, 4 KB of `- - - …` 2 s (bench/adversarial.mjs).
 *
 * A real post is under 3,000 characters with a handful of `*` and `[`, and nests a list or a
 * quote two or three levels at most. The limits below are ten to a hundred times that, and
 * keep the worst arrangement of what they allow well under a second (docs/rules/draft/too-complex.md).
 */

/** `*` and `_`, which can open or close emphasis. */
export const MAX_EMPHASIS_MARKERS = 1_000;
/** `[` and `]`, which can open or close links and images. */
export const MAX_BRACKETS = 1_000;
/** Characters of container syntax (`>`, list markers and the indentation before them) before a line's text. */
export const MAX_NESTING = 32;
/**
 * The same, summed over all lines: 63 list levels on every line of 200 KB took over two minutes,
 * 127 `>` on every line eight seconds, although no single line was deep.
 */
export const MAX_NESTING_TOTAL = 2_000;

export type Complexity =
  | { kind: 'emphasis'; line: number; count: number; limit: number }
  | { kind: 'brackets'; line: number; count: number; limit: number }
  | { kind: 'nesting'; line: number; count: number; limit: number }
  | { kind: 'nestingTotal'; line: number; count: number; limit: number };

/**
 * The first limit `text` exceeds, with the line where it does, or undefined. One pass over the
 * text, no regular expressions: the cost is the same whatever the input.
 */
export function findComplexity(text: string): Complexity | undefined {
  let emphasis = 0;
  let brackets = 0;
  let nesting = 0;
  let line = 1;
  let lineStart = true;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (lineStart) {
      lineStart = false;
      const prefix = containerPrefix(text, i);
      if (prefix > MAX_NESTING) return { kind: 'nesting', line, count: prefix, limit: MAX_NESTING };
      nesting += prefix;
      if (nesting > MAX_NESTING_TOTAL) return { kind: 'nestingTotal', line, count: nestingFrom(text, i, nesting), limit: MAX_NESTING_TOTAL };
    }
    const c = text.charCodeAt(i);
    if (c === 42 /* * */ || c === 95 /* _ */) {
      if (++emphasis > MAX_EMPHASIS_MARKERS) return { kind: 'emphasis', line, count: countFrom(text, i, emphasis, isEmphasis), limit: MAX_EMPHASIS_MARKERS };
    } else if (c === 91 /* [ */ || c === 93 /* ] */) {
      if (++brackets > MAX_BRACKETS) return { kind: 'brackets', line, count: countFrom(text, i, brackets, isBracket), limit: MAX_BRACKETS };
    } else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = true;
    }
  }
  return undefined;
}

const isEmphasis = (c: number): boolean => c === 42 || c === 95;
const isBracket = (c: number): boolean => c === 91 || c === 93;

/** The total count, for the message: the ones seen so far plus the rest of the text. */
function countFrom(text: string, at: number, seen: number, is: (c: number) => boolean): number {
  let count = seen;
  for (let i = at + 1; i < text.length; i++) if (is(text.charCodeAt(i))) count++;
  return count;
}

/** The nesting of every line from the one at `at` on, for the message's total. */
function nestingFrom(text: string, at: number, seen: number): number {
  let total = seen;
  for (let i = text.indexOf('\n', at); i !== -1 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) total += containerPrefix(text, i + 1);
  return total;
}

/**
 * Length of the container syntax that starts a line: `>` and list markers (`-`, `+`, `*` or up
 * to nine digits and `.`/`)`, followed by white space), with the white space before and between
 * them; indentation with no marker after it (a poem, a code block) does not nest and is not
 * counted. Stops at the first character that is none of these, so it reads each character at
 * most once more.
 */
function containerPrefix(text: string, from: number): number {
  let i = from;
  let lastMarkerEnd = from;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    if (c === 62 /* > */) {
      lastMarkerEnd = ++i;
      continue;
    }
    if ((c === 45 || c === 43 || c === 42) && isBlank(text.charCodeAt(i + 1))) {
      lastMarkerEnd = i += 2;
      continue;
    }
    let d = i;
    while (d < n && d - i < 9 && isDigit(text.charCodeAt(d))) d++;
    if (d > i && (text.charCodeAt(d) === 46 || text.charCodeAt(d) === 41) && isBlank(text.charCodeAt(d + 1))) {
      lastMarkerEnd = i = d + 2;
      continue;
    }
    break;
  }
  return lastMarkerEnd - from;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
