/**
 * Word lists from `rules/lexicon/` (see its README for the shapes). Parsed once per process
 * and shared by every rule and platform that names them.
 */
import { isPlainObject } from './rule.js';
import { readYaml } from './yaml-file.js';

export interface LexiconEntry {
  match: string[];
  replacement: string[];
  fix: boolean;
  note?: string;
  unlessNext?: string[];
  unlessPrevious?: string[];
}

export interface Lexicon {
  path: string;
  entries: LexiconEntry[];
  words: string[];
  groups: Record<string, string[]>;
}

const cache = new Map<string, Lexicon>();

export class LexiconError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

export function loadLexicon(path: string): Lexicon {
  const cached = cache.get(path);
  if (cached) return cached;
  let raw: unknown;
  try {
    raw = readYaml(path);
  } catch (error) {
    throw new LexiconError(path, (error as Error).message.split('\n')[0]!);
  }
  const lexicon = toLexicon(path, raw);
  cache.set(path, lexicon);
  return lexicon;
}

export function toLexicon(path: string, raw: unknown): Lexicon {
  if (!isPlainObject(raw)) throw new LexiconError(path, 'expected a mapping with entries, words or groups');
  const list = (value: unknown): string[] =>
    value === undefined || value === null ? [] : (Array.isArray(value) ? value : [value]).map((v) => String(v));
  const entries = (Array.isArray(raw.entries) ? raw.entries : []).map((entry: unknown, i: number): LexiconEntry => {
    if (!isPlainObject(entry) || entry.match === undefined) throw new LexiconError(path, `entries[${i}] has no match`);
    return {
      match: list(entry.match),
      replacement: list(entry.replacement),
      fix: entry.fix === true,
      ...(typeof entry.note === 'string' ? { note: entry.note } : {}),
      ...(entry.unlessNext ? { unlessNext: list(entry.unlessNext).map((w) => w.toLowerCase()) } : {}),
      ...(entry.unlessPrevious ? { unlessPrevious: list(entry.unlessPrevious).map((w) => w.toLowerCase()) } : {}),
    };
  });
  const groups: Record<string, string[]> = {};
  if (isPlainObject(raw.groups)) for (const [name, words] of Object.entries(raw.groups)) groups[name] = list(words);
  return { path, entries, words: list(raw.words), groups };
}
