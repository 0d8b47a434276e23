/** Mapping a draft offset into a MappedText (the inverse of `MappedText.toSource`). */
import type { MappedText } from '../../draft/mapped-text.js';
import type { Range } from '../../draft/types.js';
import { firstIndex } from '../../text/sorted-index.js';

/**
 * The smallest offset `i` of `mapped.text` whose end maps to `source` or beyond: the length of the
 * published text up to a draft offset. `toSource` only grows with its argument, so this is a
 * binary search.
 */
export function publishedOffset(mapped: MappedText, source: number): number {
  return firstIndex(0, mapped.text.length, (i) => mapped.toSource(i, true) >= source);
}

/**
 * What the reader sees of a MappedText when some draft ranges are not shown as text: inline
 * images (`![alt](src)`) are attachments in the draft format, not characters of the post. The
 * hidden ranges are cut out and the white space they leave at the start is trimmed.
 * `offsets[i]` is the offset in `mapped.text` of visible character i; `offsets[text.length]` is
 * the end.
 */
export interface VisibleText {
  text: string;
  /** Typed: a post of a megabyte has a million of them. */
  offsets: Int32Array;
}

export function visibleText(mapped: MappedText, hidden: readonly Range[]): VisibleText {
  const first = mapped.sourceStart;
  const last = mapped.toSource(mapped.text.length, true);
  const cuts = hidden
    .filter((r) => first !== undefined && r.start >= first && r.end <= last)
    .map((r) => ({ start: publishedOffset(mapped, r.start + 1) - 1, end: publishedOffset(mapped, r.end) }))
    .filter((c) => c.end > c.start)
    .sort((a, b) => a.start - b.start);
  // The text between the cuts, in slices; offsets[k] = where visible character k stands in mapped.text.
  const source = mapped.text;
  const kept: string[] = [];
  const offsets = new Int32Array(source.length + 1);
  let length = 0;
  let at = 0;
  const keep = (from: number, to: number): void => {
    if (to <= from) return;
    kept.push(source.slice(from, to));
    for (let i = from; i < to; i++) offsets[length++] = i;
  };
  for (const c of cuts) {
    if (c.end <= at) continue;
    keep(at, Math.max(at, c.start));
    at = Math.max(at, c.end);
  }
  keep(at, source.length);
  offsets[length] = source.length;
  const text = kept.join('');
  const lead = text.length - text.trimStart().length;
  return { text: text.slice(lead), offsets: offsets.subarray(lead, length + 1) };
}
