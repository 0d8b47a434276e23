/**
 * Bytes → Draft: encoding check → frontmatter → mdast → text model. A draft is parsed once,
 * however many platforms it is linted for.
 */
import type { Root } from 'mdast';
import { DEFAULT_MAX_DRAFT_BYTES } from '../core/config.js';
import { findComplexity } from './complexity.js';
import type { Frontmatter } from './frontmatter.js';
import { parseFrontmatter } from './frontmatter.js';
import { parseMarkdown } from './markdown.js';
import { plainRoot } from './plain-root.js';
import { LineIndex } from './positions.js';
import { decodeSource } from './source.js';
import { TextModel } from './text-model.js';
import { UNREADABLE_FRONTMATTER, type DraftProblem } from './problems.js';
import type { MediaItem } from './types.js';

export interface Draft {
  filePath: string;
  /** The decoded text without a BOM; every offset in rnsocial points into it. */
  text: string;
  bom: boolean;
  lines: LineIndex;
  frontmatter: Frontmatter;
  model: TextModel;
  /** Frontmatter media and inline images; an inline image links to its declaration by `src`. */
  media: MediaItem[];
  /** Problems with the file itself (`draft/*` rules). */
  problems: DraftProblem[];
  /** False when the bytes could not be read as text: nothing but `draft/encoding` applies. */
  readable: boolean;
}

/**
 * True when the frontmatter (or, given `key`, that key's value) could not be read: draft/frontmatter
 * reports it, and a rule that reads the key says nothing more.
 */
export function frontmatterUnreadable(draft: Draft, key?: string): boolean {
  return draft.problems.some((p) => p.kind === 'frontmatter' && (UNREADABLE_FRONTMATTER.has(p.code) || (key !== undefined && p.data['key'] === key)));
}

const OPENING_FENCE = /^---[ \t]*(?:\r\n|\r|\n)/;

export interface DraftLimits {
  /** Larger files are not decoded or parsed: `draft/too-large` is all they get. */
  maxBytes: number;
}

export function parseDraft(bytes: Uint8Array, filePath: string, limits: DraftLimits = { maxBytes: DEFAULT_MAX_DRAFT_BYTES }): Draft {
  // Before decoding: a 50 MB file costs minutes and gigabytes to lint, and no platform takes it.
  if (bytes.length > limits.maxBytes) {
    const empty = parseText('', filePath, false);
    const kb = (n: number): number => Math.ceil(n / 1024);
    const problem: DraftProblem = { kind: 'tooLarge', code: 'default', data: { size: kb(bytes.length), limit: kb(limits.maxBytes) }, start: 0, end: 0 };
    return { ...empty, problems: [problem], readable: false };
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    const empty = parseText('', filePath, false);
    const position = { line: decoded.line, column: decoded.column };
    const problem: DraftProblem =
      decoded.reason === 'other-encoding'
        ? { kind: 'encoding', code: 'otherEncoding', data: { encoding: decoded.encoding }, start: 0, end: 0, position }
        : {
            kind: 'encoding',
            code: decoded.reason === 'binary' ? 'binary' : 'invalidUtf8',
            data: { line: decoded.line, column: decoded.column, byte: decoded.byteOffset },
            start: 0,
            end: 0,
            position,
          };
    return { ...empty, problems: [problem], readable: false };
  }
  return parseText(decoded.text, filePath, decoded.bom);
}

export function parseText(text: string, filePath: string, bom = false): Draft {
  const lines = new LineIndex(text);
  const problems: DraftProblem[] = [];
  // Markdown that would take micromark seconds or minutes is read as plain text instead.
  const complexity = findComplexity(text);
  let root: Root;
  if (complexity) {
    root = plainRoot(text, lines);
    const start = lines.lineStart(complexity.line);
    const { line, count, limit } = complexity;
    problems.push({ kind: 'tooComplex', code: complexity.kind, data: { line, count, limit }, start, end: lines.lineEnd(complexity.line) });
  } else {
    root = parseMarkdown(text);
  }
  const model = new TextModel(text, root);

  let frontmatter: Frontmatter = { media: [] };
  const first = root.children[0];
  if (first?.type === 'yaml' && first.position) {
    const fenceEnd = OPENING_FENCE.exec(text)?.[0].length ?? 4;
    const result = parseFrontmatter(first.value, first.position.start.offset! + fenceEnd);
    frontmatter = result.frontmatter;
    problems.push(...result.problems);
  } else if (OPENING_FENCE.test(text)) {
    problems.push({ kind: 'frontmatter', code: 'unclosed', data: {}, start: 0, end: 3 });
  }

  const media: MediaItem[] = [...frontmatter.media];
  for (const image of model.inlineImages) {
    const declaration = frontmatter.media.find((m) => m.src === image.src);
    media.push(declaration ? { ...image, declaration } : image);
  }

  if (model.published.text.trim() === '' && problems.length === 0) {
    const at = Math.min(model.body.start, text.length);
    problems.push({ kind: 'empty', code: 'default', data: {}, start: at, end: at });
  }

  return { filePath, text, bom, lines, frontmatter, model, media, problems, readable: true };
}
