/**
 * Grapheme clusters (what a reader counts as one character: »å«, »👍🏽«, »🇩🇰«) in linear time.
 *
 * Why not one `Intl.Segmenter` pass: in Node 20's V8 every segment object carries a copy of the
 * whole input, so segmenting a long text is quadratic (a 63 kB line took minutes). The text is
 * segmented in pieces of about a thousand characters instead, cut just before an ASCII character
 * other than a line feed — a place where a cluster always begins (no combining mark, ZWJ sequence,
 * regional-indicator pair or CR LF straddles it).
 */
let segmenter: Intl.Segmenter | undefined;
/** Made on first need: creating it loads ICU's break rules (~20 ms), and most posts never need it. */
const graphemeSegmenter = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter('da', { granularity: 'grapheme' }));

/**
 * Below U+0300 no character combines with another (combining marks, joiners, variation selectors,
 * regional indicators and surrogates all lie above): every code unit starts a cluster, except the
 * LF of a CR LF. A piece of such text is counted without the segmenter; the test suite checks this
 * against Intl.Segmenter for every code unit below U+0300.
 */
const SIMPLE = /^[\u0000-\u02ff]*$/;

/** Cluster starts of `text.slice(from, to)`, as offsets into `text`, at most `limit` in `starts`. */
function pieceStarts(text: string, from: number, to: number, starts: number[], limit: number): void {
  const piece = text.slice(from, to);
  if (SIMPLE.test(piece)) {
    for (let i = from; i < to && starts.length < limit; i++) if (!(text.charCodeAt(i) === 0x0a && i > from && text.charCodeAt(i - 1) === 0x0d)) starts.push(i);
    return;
  }
  for (const { index } of graphemeSegmenter().segment(piece)) {
    if (starts.length >= limit) break;
    starts.push(from + index);
  }
}

const PIECE = 1000;
/** A piece with no safe cut (a long run of emoji) is cut here anyway: a miscount of one at most. */
const HARD_LIMIT = 8 * PIECE;

/** Start offsets of the graphemes of `text`, one pass; stops after `limit` of them. */
export function graphemeStarts(text: string, limit = Infinity): number[] {
  const starts: number[] = [];
  let from = 0;
  while (from < text.length && starts.length < limit) {
    const to = cut(text, from);
    pieceStarts(text, from, to, starts, limit);
    from = to;
  }
  return starts;
}

/** How many graphemes `text` has. */
export function graphemeCount(text: string): number {
  let count = 0;
  let from = 0;
  while (from < text.length) {
    const to = cut(text, from);
    const piece = text.slice(from, to);
    if (SIMPLE.test(piece)) count += piece.length - crlfCount(piece);
    else for (const _ of graphemeSegmenter().segment(piece)) count++;
    from = to;
  }
  return count;
}

/** The end of the piece that starts at `from`. */
function cut(text: string, from: number): number {
  if (text.length - from <= PIECE) return text.length;
  const limit = Math.min(text.length, from + HARD_LIMIT);
  for (let i = from + PIECE; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && c !== 0x0a) return i;
  }
  return limit;
}

function crlfCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\r\n'); i >= 0; i = text.indexOf('\r\n', i + 2)) n++;
  return n;
}
