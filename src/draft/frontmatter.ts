/**
 * The YAML frontmatter: parsed with `yaml`, validated field by field so that every problem
 * points at the key or value it is about, and unknown keys get a "did you mean".
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair, type Scalar } from 'yaml';
import { didYouMean } from '../core/suggest.js';
import { fastPathOn } from './fast-path-switch.js';
import { simpleFrontmatter } from './frontmatter-fast.js';
import type { DraftProblem, DraftProblemCode } from './problems.js';
import { PEOPLE_VALUES, POST_TYPES, type MediaItem, type People, type PostType, type Range } from './types.js';

type FrontmatterCode = DraftProblemCode<'frontmatter'>;

export const FRONTMATTER_KEYS = ['platform', 'page', 'type', 'publish', 'in-reply-to', 'media'] as const;
export const MEDIA_KEYS = ['src', 'alt', 'people', 'consent'] as const;

export interface Frontmatter {
  /** Raw platform values as written (resolution and aliasing happen in platform.ts). */
  platform?: { values: string[]; range: Range; valueRanges: Range[] };
  page?: { value: string; range: Range };
  type?: { value: PostType; range: Range };
  /** `raw` is ISO 8601; without an offset it is local time in the monitoring timezone. */
  publish?: { raw: string; hasOffset: boolean; range: Range };
  inReplyTo?: { value: string; range: Range };
  media: MediaItem[];
}

export interface FrontmatterResult {
  frontmatter: Frontmatter;
  problems: DraftProblem[];
}

/**
 * @param yamlText the frontmatter's content (between the fences)
 * @param offset where yamlText starts in the draft, so ranges point into the file
 */
export function parseFrontmatter(yamlText: string, offset: number): FrontmatterResult {
  const problems: DraftProblem[] = [];
  const frontmatter: Frontmatter = { media: [] };
  // `yaml` reads a lone CR as part of the line; the draft (LineIndex, micromark) ends a line there.
  // The same length, so every offset stays.
  const text = yamlText.replace(/\r(?!\n)/g, '\n');
  // A few `key: value` lines, the usual case, are read without the YAML parser (frontmatter-fast.ts).
  const doc = (fastPathOn() ? simpleFrontmatter(text) : undefined) ?? parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  // A value as written (`1e400`, not "Infinity"); a string's value is already what was meant.
  const asWritten = (node: Scalar): string =>
    typeof node.value === 'string' || !node.range ? String(node.value) : yamlText.slice(node.range[0], node.range[1]);

  const problem = (code: FrontmatterCode, range: Range, data: Record<string, string | number> = {}): void => {
    problems.push({ kind: 'frontmatter', code, data, start: range.start, end: range.end });
  };
  // An empty value (`page:`) has an empty range: point at what is there instead (the key).
  const rangeOf = (node: YamlNode | null | undefined, fallback: Range): Range =>
    node?.range && node.range[1] > node.range[0] ? { start: offset + node.range[0], end: offset + node.range[1] } : fallback;
  const whole: Range = { start: offset, end: offset + yamlText.length };

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const [start, end] = error.pos;
      problem('yaml', { start: offset + start, end: offset + Math.max(start + 1, end) }, { detail: firstLine(error.message) });
    }
    return { frontmatter, problems };
  }
  if (doc.contents === null) return { frontmatter, problems };
  if (!isMap(doc.contents)) {
    problem('notMap', rangeOf(doc.contents, whole));
    return { frontmatter, problems };
  }

  for (const pair of doc.contents.items as Pair<YamlNode, YamlNode>[]) {
    const keyRange = rangeOf(pair.key, whole);
    // A complex key (`? [a]`) is named as written.
    const key = isScalar(pair.key) ? asWritten(pair.key) : yamlText.slice(keyRange.start - offset, keyRange.end - offset);
    const valueNode = pair.value;
    const valueRange = rangeOf(valueNode, keyRange);
    const str = (): string | undefined => {
      if (isScalar(valueNode) && (typeof valueNode.value === 'string' || typeof valueNode.value === 'number')) {
        return asWritten(valueNode);
      }
      problem('notText', valueRange, { key });
      return undefined;
    };

    switch (key) {
      case 'platform': {
        const nodes = isSeq(valueNode) ? (valueNode.items as YamlNode[]) : [valueNode];
        const values: string[] = [];
        const valueRanges: Range[] = [];
        for (const item of nodes) {
          if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') {
            values.push(item.value.trim());
            valueRanges.push(rangeOf(item, valueRange));
          } else {
            problem('notPlatform', rangeOf(item, valueRange), { key });
          }
        }
        if (values.length > 0) frontmatter.platform = { values, range: valueRange, valueRanges };
        break;
      }
      case 'page': {
        const value = str();
        if (value !== undefined) frontmatter.page = { value: value.trim(), range: valueRange };
        break;
      }
      case 'type': {
        const value = str();
        if (value === undefined) break;
        if ((POST_TYPES as readonly string[]).includes(value)) frontmatter.type = { value: value as PostType, range: valueRange };
        else problem(...at(valueProblem(key, value, POST_TYPES), valueRange));
        break;
      }
      case 'publish': {
        const raw = isScalar(valueNode) && valueNode.value instanceof Date ? valueNode.value.toISOString() : str();
        if (raw === undefined) break;
        const checked = checkIsoDateTime(raw);
        if (checked) frontmatter.publish = { raw: raw.trim(), hasOffset: checked.hasOffset, range: valueRange };
        else problem('notDate', valueRange, { key, value: raw });
        break;
      }
      case 'in-reply-to': {
        const value = str();
        if (value !== undefined) frontmatter.inReplyTo = { value: value.trim(), range: valueRange };
        break;
      }
      case 'media': {
        if (!isSeq(valueNode)) {
          problem('notMediaList', valueRange, { key });
          break;
        }
        for (const item of valueNode.items as YamlNode[]) {
          const media = parseMediaItem(item, rangeOf(item, valueRange), rangeOf, problem, asWritten);
          if (media) frontmatter.media.push(media);
        }
        break;
      }
      default:
        problem(...at(unknownKey(key, key, FRONTMATTER_KEYS), keyRange));
    }
  }
  return { frontmatter, problems };
}

function parseMediaItem(
  item: YamlNode,
  range: Range,
  rangeOf: (node: YamlNode | null | undefined, fallback: Range) => Range,
  problem: (code: FrontmatterCode, range: Range, data?: Record<string, string | number>) => void,
  asWritten: (node: Scalar) => string,
): MediaItem | undefined {
  if (isScalar(item) && typeof item.value === 'string') {
    return { origin: 'frontmatter', src: item.value, start: range.start, end: range.end };
  }
  if (!isMap(item)) {
    problem('notMediaList', range, { key: 'media' });
    return undefined;
  }
  const media: MediaItem = { origin: 'frontmatter', src: '', start: range.start, end: range.end };
  for (const pair of item.items as Pair<YamlNode, YamlNode>[]) {
    const key = isScalar(pair.key) ? asWritten(pair.key) : '';
    const valueRange = rangeOf(pair.value, rangeOf(pair.key, range));
    const value = isScalar(pair.value) && pair.value.value !== null ? asWritten(pair.value).trim() : undefined;
    if (!(MEDIA_KEYS as readonly string[]).includes(key)) {
      problem(...at(unknownKey(`media.${key}`, key, MEDIA_KEYS), rangeOf(pair.key, range)));
      continue;
    }
    if (value === undefined) {
      if (pair.value !== null && !(isScalar(pair.value) && pair.value.value === null)) {
        problem('notText', valueRange, { key: `media.${key}` });
      }
      continue;
    }
    if (key === 'people') {
      if ((PEOPLE_VALUES as readonly string[]).includes(value)) media.people = value as People;
      else problem(...at(valueProblem('media.people', value, PEOPLE_VALUES), valueRange));
    } else if (key === 'src') media.src = value;
    else if (key === 'alt') media.alt = value;
    else media.consent = value;
  }
  if (media.src === '') problem('missingSrc', range, {});
  return media;
}

type Data = Record<string, string | number>;

/** Reorder a [code, data] pair for `problem(code, range, data)`. */
function at([code, data]: [FrontmatterCode, Data], range: Range): [FrontmatterCode, Range, Data] {
  return [code, range, data];
}

/** An unknown key, with a "did you mean" when one is close. */
function unknownKey(key: string, word: string, known: readonly string[]): [FrontmatterCode, Data] {
  const suggestion = didYouMean(word, known);
  return suggestion ? ['unknownKeySuggestion', { key, suggestion }] : ['unknownKey', { key, known: known.join(', ') }];
}

/** A value outside its list, with a "did you mean" when one is close. */
function valueProblem(key: string, value: string, allowed: readonly string[]): [FrontmatterCode, Data] {
  const suggestion = didYouMean(value, allowed);
  return [suggestion ? 'valueSuggestion' : 'value', { key, value, expected: allowed.join(' | '), ...(suggestion ? { suggestion } : {}) }];
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Is `raw` an ISO 8601 date or date-time with real calendar values? */
export function checkIsoDateTime(raw: string): { hasOffset: boolean } | undefined {
  const m = ISO_DATE_TIME.exec(raw.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', offset] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  const valid =
    date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d) &&
    Number(h) < 24 && Number(mi) < 60 && Number(s) < 60;
  return valid ? { hasOffset: offset !== undefined } : undefined;
}
