/**
 * rnsocial positions → LSP positions. Both count UTF-16 code units and break lines at LF, CRLF
 * and a lone CR (src/draft/positions.ts); ours are 1-based and point into the text without a
 * BOM, LSP's are 0-based and point into the editor's text, which may start with U+FEFF.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { LintMessage } from '../core/results.js';
import type { LineIndex } from '../draft/positions.js';

/**
 * How far the editor's text is ahead of ours on the first line: 1 when it starts with a BOM
 * (a client that hands the BOM through), else 0 (VS Code strips it).
 */
export function bomShift(editorText: string): 0 | 1 {
  return editorText.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** A 1-based line/column of ours as an LSP position. */
export function toLspPosition(line: number, column: number, shift: 0 | 1): Position {
  return { line: line - 1, character: column - 1 + (line === 1 ? shift : 0) };
}

export function messageRange(message: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>, shift: 0 | 1): Range {
  return { start: toLspPosition(message.line, message.column, shift), end: toLspPosition(message.endLine, message.endColumn, shift) };
}

/** A range of offsets into the draft's text (BOM excluded) as an LSP range. */
export function offsetRange(lines: LineIndex, start: number, end: number, shift: 0 | 1): Range {
  const from = lines.position(start);
  const to = lines.position(end);
  return { start: toLspPosition(from.line, from.column, shift), end: toLspPosition(to.line, to.column, shift) };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Whether two ranges share a position (touching counts: a cursor at a word's end is on it). */
export function rangesTouch(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}
