/**
 * Where a message sits in a draft's source and in each previewed part. Line/column are 1-based,
 * columns in UTF-16 code units, and lines end at LF, CRLF or a lone CR: the rules of
 * src/draft/positions.ts, repeated here because formatters see results (core) only.
 */
import type { PreviewPiece } from '../../core/preview.js';

/** The offsets where the lines of `text` start (line 1 at 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** The offset of a 1-based line/column, clamped to the text (as LineIndex.offset). */
export function offsetOf(starts: readonly number[], length: number, line: number, column: number): number {
  const start = starts[Math.max(0, Math.min(line - 1, starts.length - 1))]!;
  return Math.min(length, start + Math.max(0, column - 1));
}

/** Where a line's text ends: before its line break. */
export function lineEnd(text: string, starts: readonly number[], index: number): number {
  let end = index + 1 < starts.length ? starts[index + 1]! : text.length;
  if (end > starts[index]! && text.charCodeAt(end - 1) === 10) end--;
  if (end > starts[index]! && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/**
 * A draft range [start, end) as ranges of a part's text, one per piece it overlaps (a message
 * over an editor's note shows as two marks). An empty range maps to the piece holding its point.
 */
export function toPart(pieces: readonly PreviewPiece[], start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const p of pieces) {
    const from = Math.max(start, p.source);
    const to = Math.min(end, p.source + p.length);
    if (from < to || (start === end && start >= p.source && start < p.source + p.length)) {
      out.push([p.at + from - p.source, p.at + to - p.source]);
    }
  }
  return out;
}
