/**
 * Offsets ↔ 1-based line/column. Lines end at LF, CRLF or a lone CR, so a CRLF draft
 * reports the same positions an editor shows. Columns count UTF-16 code units, as ESLint does.
 */
import { sortedIndex } from '../text/sorted-index.js';

export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // the last line that starts at or before the offset (line 1 starts at 0)
    const index = sortedIndex(this.starts, clamped, (start) => start) - 1;
    // An offset between the \r and \n of a CRLF is past the line's last column: clamp it to the line end.
    const inLine = Math.min(clamped, this.lineEnd(index + 1));
    return { line: index + 1, column: inLine - this.starts[index]! + 1 };
  }

  /** Offset just after a 1-based line's last character, before its line break (clamped to the text). */
  lineEnd(line: number): number {
    const index = Math.max(0, Math.min(line - 1, this.starts.length - 1));
    if (index === this.starts.length - 1) return this.text.length;
    const next = this.starts[index + 1]!;
    return this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }

  /** Offset of a 1-based line/column (clamped to the text). */
  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
    return Math.min(this.text.length, start + Math.max(0, column - 1));
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
  }
}
