/**
 * The text edits the server offers: a message's fix, a disable comment above a line, and the
 * whole of `--fix` as one minimal edit.
 */
import type { Range, TextEdit } from 'vscode-languageserver';
import type { Fix } from '../core/results.js';
import { LineIndex } from '../draft/positions.js';
import { offsetRange, toLspPosition } from './positions.js';

export function fixEdit(fix: Fix, lines: LineIndex, shift: 0 | 1): TextEdit {
  return { range: offsetRange(lines, fix.range[0], fix.range[1], shift), newText: fix.text };
}

/** The line break the draft already uses, so an inserted line does not mix CRLF and LF. */
export function lineBreakOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

export interface DisableComment {
  /** Where the comment goes: the start of the message's line (an empty range). */
  range: Range;
  /** The comment with the line's indentation and a line break. */
  newText: string;
  /** The same as an LSP snippet with the cursor at the reason, for clients that take snippets. */
  snippet: string;
}

/**
 * `<!-- rnsocial-disable-next-line <id> -- -->` above 1-based `line` of the draft's text,
 * indented like that line (a comment inside a list item stays in it).
 */
export function disableComment(text: string, lines: LineIndex, line: number, ruleId: string, shift: 0 | 1): DisableComment {
  const start = lines.lineStart(line);
  const indent = /^[ \t]*/.exec(text.slice(start))![0];
  const eol = lineBreakOf(text);
  const head = `${indent}<!-- rnsocial-disable-next-line ${ruleId} --`;
  return {
    range: { start: toLspPosition(line, 1, shift), end: toLspPosition(line, 1, shift) },
    newText: `${head} -->${eol}`,
    snippet: `${escapeSnippet(head)} $0 -->${escapeSnippet(eol)}`,
  };
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/**
 * One edit that turns `before` into `after`: only the part between their common start and common
 * end is replaced, so the editor keeps the cursor, folds and undo steps elsewhere.
 */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // Not between the halves of a surrogate pair or of a CRLF: no position exists there.
  if (prefix > 0 && (isHighSurrogate(before.charCodeAt(prefix - 1)) || before.slice(prefix - 1, prefix + 1) === '\r\n')) prefix--;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const cut = before.length - suffix;
  if (suffix > 0 && (isLowSurrogate(before.charCodeAt(cut)) || before.slice(cut - 1, cut + 1) === '\r\n')) suffix--;
  const lines = new LineIndex(before);
  const from = lines.position(prefix);
  const to = lines.position(before.length - suffix);
  return {
    range: { start: { line: from.line - 1, character: from.column - 1 }, end: { line: to.line - 1, character: to.column - 1 } },
    newText: after.slice(prefix, after.length - suffix),
  };
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
