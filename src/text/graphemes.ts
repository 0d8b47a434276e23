/**
 * Grapheme clusters (what a reader counts as one character: »å«, »👍🏽«, »🇩🇰«) in linear time.
 *
 * Why not one `Intl.Segmenter` pass: in Node 20's V8 every segment object carries a copy of the
 * whole input, so segmenting a long text is quadratic (a 63 kB line took minutes). The text is
 * segmented in pieces of about a thousand characters instead, cut just before an ASCII character
 * other than a line feed — a place where a cluster always begins (no combining mark, ZWJ sequence,
 * regional-indicator pair or CR LF straddles it).
 */
const segmenter = new Intl.Segmenter('da', { granularity: 'grapheme' });

const PIECE = 1000;
/** A piece with no safe cut (a long run of emoji) is cut here anyway: a miscount of one at most. */
const HARD_LIMIT = 8 * PIECE;

/** Start offsets of the graphemes of `text`, one pass; stops after `limit` of them. */
export function graphemeStarts(text: string, limit = Infinity): number[] {
  const starts: number[] = [];
  let from = 0;
  while (from < text.length && starts.length < limit) {
    const to = cut(text, from);
    for (const { index } of segmenter.segment(text.slice(from, to))) {
      if (starts.length >= limit) break;
      starts.push(from + index);
    }
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
    for (const _ of segmenter.segment(text.slice(from, to))) count++;
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
