/**
 * Most frontmatter is a handful of `key: value` lines (`platform: [facebook, instagram]`,
 * `page: Aalborg Universitetshospital`, `publish: 2026-12-03T10:00`), and `media:` as a list of
 * `key: value` maps indented by two and four spaces. This reads exactly that
 * shape into the yaml nodes `parseDocument` would build for it (values, ranges), without the YAML
 * parser, and declines everything else: other indentation, quotes, comments,
 * anchors, tags, empty values, values YAML reads as numbers, booleans or null, duplicate keys,
 * `: ` or ` #` in a value, tabs, CR. Decided conservatively: a decline costs only the full parse.
 * test/draft/frontmatter-fast.test.ts proves the result equal to the full parse on every fixture,
 * every evaluation draft and random frontmatter.
 */
import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/** The part of a yaml Document that src/draft/frontmatter.ts reads. */
export interface SimpleDocument {
  errors: [];
  contents: YAMLMap;
}

const LINE = /^([a-z][a-z-]*): (.*)$/;
/** A plain scalar that stays a string: starts with a letter or digit, a small set of characters after. */
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} .,_/'’()+:-]*$/u;
/** The same inside a flow list, where `,` `[` `]` separate and `:` is best left to the parser. */
const FLOW_ITEM = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} ._/'’()+-]*$/u;
/** YAML 1.2 core schema: what reads as null, a boolean or a number rather than a string. */
const NOT_A_STRING = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+)$/;

/** The simple document of `text`, or undefined when it is not of the simple shape. */
export function simpleFrontmatter(text: string): SimpleDocument | undefined {
  if (text.includes('\r') || text.includes('\t')) return undefined;
  const lines = linesOf(text);
  const map = new YAMLMap();
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const { line, start } = lines[i]!;
    if (line === '') continue;
    const block = BLOCK_KEY.exec(line);
    const m = block ?? LINE.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const keyNode = scalar(key, start, start + key.length);
    let valueNode: Scalar<string> | YAMLSeq | undefined;
    if (block) {
      // `media:` and, indented under it, a list of `key: value` maps
      let end = i + 1;
      while (end < lines.length && (lines[end]!.line.startsWith('  - ') || lines[end]!.line.startsWith('    '))) end++;
      valueNode = blockList(lines.slice(i + 1, end));
      i = end - 1;
    } else {
      const value = m[2]!;
      const valueStart = start + key.length + 2;
      valueNode = value.startsWith('[') ? flowList(value, valueStart) : plain(value, valueStart);
    }
    if (!valueNode) return undefined;
    map.items.push(new Pair(keyNode, valueNode));
  }
  if (map.items.length === 0) return undefined;
  map.range = [0, text.length, text.length];
  return { errors: [], contents: map };
}

interface Line {
  line: string;
  start: number;
  /** Where the next line starts (the text's length for the last one). */
  next: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ line, start, next: Math.min(text.length, start + line.length + 1) });
    start += line.length + 1;
  }
  return out;
}

const BLOCK_KEY = /^([a-z][a-z-]*):$/;
const ITEM_START = /^ {2}- ([a-z][a-z-]*): (.*)$/;
const ITEM_MORE = /^ {4}([a-z][a-z-]*): (.*)$/;

/** Lines of a block list of maps (`  - src: a.jpg` / `    alt: …`), as the parser reads them. */
function blockList(lines: readonly Line[]): YAMLSeq | undefined {
  if (lines.length === 0 || !lines[0]!.line.startsWith('  - ')) return undefined;
  const seq = new YAMLSeq();
  let item: YAMLMap | undefined;
  let keys = new Set<string>();
  for (const { line, start, next } of lines) {
    const first = ITEM_START.exec(line);
    const m = first ?? ITEM_MORE.exec(line);
    if (!m) return undefined;
    if (first) {
      item = new YAMLMap();
      item.range = [start + 4, next, next];
      seq.items.push(item);
      keys = new Set();
    }
    if (!item || keys.has(m[1]!)) return undefined;
    keys.add(m[1]!);
    const keyStart = start + 4; // `  - key` and `    key` both put the key in column 4
    const value = plain(m[2]!, keyStart + m[1]!.length + 2);
    if (!value) return undefined;
    item.items.push(new Pair(scalar(m[1]!, keyStart, keyStart + m[1]!.length), value));
    item.range = [item.range![0], next, next];
  }
  const end = lines[lines.length - 1]!.next;
  seq.range = [lines[0]!.start + 2, end, end];
  return seq;
}

function scalar(value: string, start: number, end: number): Scalar<string> {
  const node = new Scalar(value);
  node.range = [start, end, end];
  return node;
}

function plain(value: string, start: number): Scalar<string> | undefined {
  if (!PLAIN.test(value) || NOT_A_STRING.test(value) || value.endsWith(' ') || value.endsWith(':') || value.includes(': ')) return undefined;
  return scalar(value, start, start + value.length);
}

/** `[a, b]`: items FLOW_ITEM, separated by a comma and spaces. */
function flowList(value: string, start: number): YAMLSeq | undefined {
  if (!value.endsWith(']') || value.length < 3) return undefined;
  const seq = new YAMLSeq();
  let offset = 1;
  for (const part of value.slice(1, -1).split(',')) {
    const lead = part.length - part.trimStart().length;
    const item = part.trim();
    if (!FLOW_ITEM.test(item) || NOT_A_STRING.test(item)) return undefined;
    seq.items.push(scalar(item, start + offset + lead, start + offset + lead + item.length));
    offset += part.length + 1;
  }
  seq.range = [start, start + value.length, start + value.length];
  return seq;
}
