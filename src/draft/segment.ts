/**
 * Sentence and word segmentation with `Intl.Segmenter('da')`, fed in bounded chunks.
 *
 * Why chunks: in Node 20's V8 every segment object carries a fresh copy of the whole input
 * string, so segmenting a long text in one go is quadratic in time and memory (a 500 kB draft
 * runs out of heap). Sentences never cross a line break in the prose (Unicode's sentence rules
 * break after LF), so lines are natural chunks; the rare very long line is cut at white space
 * after sentence punctuation, close to the limit.
 */
import type { Range } from './types.js';

const MAX_CHUNK = 2000;
const sentenceSegmenter = new Intl.Segmenter('da', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('da', { granularity: 'word' });
const HAS_TEXT = /[\p{L}\p{N}]/u;

/** Line-sized pieces of `text` that contain letters or digits, none longer than MAX_CHUNK. */
export function* chunks(text: string): Generator<Range> {
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let start = lineStart;
    while (lineEnd - start > MAX_CHUNK) {
      const cut = cutPoint(text, start, start + MAX_CHUNK);
      if (HAS_TEXT.test(text.slice(start, cut))) yield { start, end: cut };
      start = cut;
    }
    if (lineEnd > start && HAS_TEXT.test(text.slice(start, lineEnd))) yield { start, end: lineEnd };
    lineStart = lineEnd + 1;
  }
}

/** Prefer white space after . ! ? in the last quarter of the window, then any white space. */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + (MAX_CHUNK * 3) / 4;
  let space = -1;
  for (let i = limit - 1; i > start; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (space === -1) space = i + 1;
      const before = text[i - 1];
      if (i >= floor && (before === '.' || before === '!' || before === '?')) return i + 1;
    }
  }
  return space > start ? space : limit;
}

export interface Segment extends Range {
  text: string;
  isWordLike: boolean;
}

export function* sentenceSegments(text: string): Generator<Segment> {
  for (const chunk of chunks(text)) {
    for (const s of sentenceSegmenter.segment(text.slice(chunk.start, chunk.end))) {
      const start = chunk.start + s.index;
      yield { start, end: start + s.segment.length, text: s.segment, isWordLike: true };
    }
  }
}

/** Words of one (short) piece of text, with offsets shifted by `offset`. */
export function* wordSegments(piece: string, offset: number): Generator<Segment> {
  for (const s of wordSegmenter.segment(piece)) {
    const start = offset + s.index;
    yield { start, end: start + s.segment.length, text: s.segment, isWordLike: s.isWordLike === true };
  }
}
