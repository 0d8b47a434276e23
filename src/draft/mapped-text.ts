/**
 * A text assembled from pieces of the draft (the published text, a thread part), that can
 * map any of its offsets back to the draft, so every message lands on the right line.
 */
import { sortedIndex } from '../text/sorted-index.js';
import type { Range } from './types.js';

interface Piece {
  /** offset of the piece in the assembled text */
  at: number;
  /** offset of the piece in the draft */
  source: number;
  length: number;
}

export class MappedText {
  readonly text: string;
  private readonly pieces: Piece[];

  /** @param ranges sorted, non-overlapping ranges of `source` to keep, in order */
  constructor(source: string, ranges: readonly Range[], trim = true) {
    const pieces: Piece[] = [];
    let text = '';
    for (const r of ranges) {
      if (r.end <= r.start) continue;
      pieces.push({ at: text.length, source: r.start, length: r.end - r.start });
      text += source.slice(r.start, r.end);
    }
    if (trim) {
      const lead = text.length - text.trimStart().length;
      const kept = text.trim().length;
      const trimmed: Piece[] = [];
      for (const p of pieces) {
        const from = Math.max(p.at, lead);
        const to = Math.min(p.at + p.length, lead + kept);
        if (to > from) trimmed.push({ at: from - lead, source: p.source + (from - p.at), length: to - from });
      }
      this.text = text.slice(lead, lead + kept);
      this.pieces = trimmed;
    } else {
      this.text = text;
      this.pieces = pieces;
    }
  }

  /** The draft offset of `offset` in this text (an end offset maps to just after its character). */
  toSource(offset: number, isEnd = false): number {
    if (this.pieces.length === 0) return 0;
    const probe = isEnd && offset > 0 ? offset - 1 : offset;
    // the last piece that starts at or before the probe (the first one when none does)
    const piece = this.pieces[Math.max(0, sortedIndex(this.pieces, probe, (p) => p.at) - 1)]!;
    const inside = Math.min(Math.max(probe - piece.at, 0), piece.length);
    return piece.source + inside + (isEnd && offset > 0 ? 1 : 0);
  }

  rangeToSource(start: number, end: number): Range {
    return { start: this.toSource(start), end: Math.max(this.toSource(start) + (end > start ? 1 : 0), this.toSource(end, true)) };
  }

  /** Whether the text is one unbroken stretch of the draft (nothing cut out of its middle). */
  get contiguous(): boolean {
    return this.pieces.length === 1;
  }

  /** Where this text starts in the draft (its first character), or undefined when empty. */
  get sourceStart(): number | undefined {
    return this.pieces[0]?.source;
  }
}
