/**
 * Word lists from `rules/lexicon/` (see its README for the shapes), validated like code: an
 * unknown key, a wrong type or an empty phrase is a problem with the file and key path, never
 * a list that silently matches nothing. Parsed once per process and shared by every rule.
 */
import type { Lexicon, LexiconEntry } from '../core/lexicon.js';
import { isPlainObject } from '../core/plain.js';
import { didYouMean } from '../core/suggest.js';
import { readYaml } from './yaml-file.js';

const TOP_KEYS = ['entries', 'words', 'groups'];
const ENTRY_KEYS = ['match', 'replacement', 'fix', 'source', 'note', 'unlessNext', 'unlessPrevious', 'unlessInSentence', 'invert', 'gap'];

export class LexiconError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

const cache = new Map<string, Lexicon | LexiconError>();

/** Forget every parsed list: a long-running process (the language server) saw a word list change. */
export function clearLexiconCache(): void {
  cache.clear();
}

/** The list at `path`; throws a LexiconError naming every problem in it. */
export function loadLexicon(path: string): Lexicon {
  let loaded = cache.get(path);
  if (!loaded) {
    try {
      loaded = toLexicon(path, readYaml(path));
    } catch (error) {
      loaded = error instanceof LexiconError ? error : new LexiconError([`${path}: ${firstLine(error)}`]);
    }
    cache.set(path, loaded);
  }
  if (loaded instanceof LexiconError) throw loaded;
  return loaded;
}

export function toLexicon(path: string, raw: unknown): Lexicon {
  const problems: string[] = [];
  const problem = (key: string, what: string): void => void problems.push(`${path}: ${key}: ${what}`);
  if (!isPlainObject(raw)) throw new LexiconError([`${path}: expected a mapping with entries, words or groups`]);
  unknownKeys(raw, TOP_KEYS, '', problem);

  const entries: LexiconEntry[] = [];
  if (raw.entries !== undefined) {
    if (!Array.isArray(raw.entries)) problem('entries', 'expected a list');
    else raw.entries.forEach((value: unknown, i: number) => {
      const at = `entries[${i}]`;
      if (!isPlainObject(value)) return problem(at, 'expected a mapping with match');
      unknownKeys(value, ENTRY_KEYS, `${at}.`, problem);
      const match = phrases(value.match, `${at}.match`, problem);
      if (match.length === 0) return value.match === undefined ? problem(`${at}.match`, 'missing') : undefined;
      const entry: LexiconEntry = { match, replacement: phrases(value.replacement, `${at}.replacement`, problem, true), fix: flag(value.fix, `${at}.fix`, problem) };
      if (value.source !== undefined) entry.source = text(value.source, `${at}.source`, problem);
      if (value.note !== undefined) entry.note = text(value.note, `${at}.note`, problem);
      if (value.unlessNext !== undefined) entry.unlessNext = phrases(value.unlessNext, `${at}.unlessNext`, problem).map(lower);
      if (value.unlessPrevious !== undefined) entry.unlessPrevious = phrases(value.unlessPrevious, `${at}.unlessPrevious`, problem).map(lower);
      if (value.unlessInSentence !== undefined) entry.unlessInSentence = phrases(value.unlessInSentence, `${at}.unlessInSentence`, problem).map(lower);
      if (value.invert !== undefined) entry.invert = flag(value.invert, `${at}.invert`, problem);
      if (value.gap !== undefined) {
        if (Number.isInteger(value.gap) && (value.gap as number) >= 1 && (value.gap as number) <= 5) entry.gap = value.gap as number;
        else problem(`${at}.gap`, 'expected a whole number from 1 to 5');
      }
      if (entry.fix && entry.replacement.length !== 1) problem(`${at}.fix`, 'a fix needs exactly one replacement');
      entries.push(entry);
    });
  }
  const words = raw.words === undefined ? [] : phrases(raw.words, 'words', problem);
  const groups: Record<string, string[]> = {};
  if (raw.groups !== undefined) {
    if (!isPlainObject(raw.groups)) problem('groups', 'expected a mapping of group names to lists');
    else for (const [name, list] of Object.entries(raw.groups)) groups[name] = phrases(list, `groups.${name}`, problem);
  }
  if (problems.length > 0) throw new LexiconError(problems);
  return {
    path,
    entries,
    words,
    groups,
    group(name: string): string[] {
      const list = groups[name];
      if (!list) throw new LexiconError([`${path}: groups.${name}: no such group`]);
      return list;
    },
  };
}

/** Group names `names` that `lexicon` lacks, each with a "did you mean". */
export function missingGroups(lexicon: Lexicon, names: readonly string[]): string[] {
  const known = Object.keys(lexicon.groups);
  return names
    .filter((name) => !lexicon.groups[name])
    .map((name) => {
      const suggestion = didYouMean(name, known);
      return `no group "${name}" in ${lexicon.path}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
    });
}

type Problem = (key: string, what: string) => void;

function unknownKeys(value: Record<string, unknown>, known: readonly string[], prefix: string, problem: Problem): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const suggestion = didYouMean(key, known);
    problem(`${prefix}${key}`, `unknown key${suggestion ? ` (did you mean "${suggestion}"?)` : ` (known: ${known.join(', ')})`}`);
  }
}

/** A phrase or a list of phrases: text or numbers (a hashtag list may hold `112`), never empty. */
function phrases(value: unknown, key: string, problem: Problem, optional = false): string[] {
  if (value === undefined || value === null) return optional || value === undefined ? [] : (problem(key, 'expected a phrase or a list of phrases'), []);
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  list.forEach((item: unknown, i) => {
    const at = Array.isArray(value) ? `${key}[${i}]` : key;
    if ((typeof item !== 'string' && typeof item !== 'number') || String(item).trim() === '') problem(at, 'expected a non-empty phrase');
    else out.push(String(item));
  });
  return out;
}

function text(value: unknown, key: string, problem: Problem): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  problem(key, 'expected text');
  return '';
}

function flag(value: unknown, key: string, problem: Problem): boolean {
  if (value === undefined || typeof value === 'boolean') return value === true;
  problem(key, 'expected true or false');
  return false;
}

function lower(word: string): string {
  return word.toLowerCase();
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
