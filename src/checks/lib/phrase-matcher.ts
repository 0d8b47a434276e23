/**
 * Literal word-list matching over the draft's word tokens. Entries are compiled once into a
 * map keyed by their first word, so a draft is scanned in one pass whatever the list's size,
 * and nothing a user writes in a list is ever run as a regular expression.
 *
 * A lower-case entry matches any capitalisation; an entry with a capital letter matches only
 * that capitalisation (`De`, `AAUH`). Words must be whole tokens, and tokens know æ, ø and å.
 */
import type { Token } from '../../draft/text-model.js';

export interface PhraseEntry<T> {
  phrase: string;
  payload: T;
  unlessNext?: readonly string[];
  unlessPrevious?: readonly string[];
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** The matched text as written in the draft. */
  text: string;
  payload: T;
  /** Index of the first matched token. */
  token: number;
}

interface Compiled<T> {
  words: string[];
  caseSensitive: boolean;
  entry: PhraseEntry<T>;
}

const stripDot = (word: string): string => (word.length > 1 && word.endsWith('.') ? word.slice(0, -1) : word);

export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, Compiled<T>[]>();
  readonly size: number;

  constructor(entries: Iterable<PhraseEntry<T>>) {
    let size = 0;
    for (const entry of entries) {
      const words = entry.phrase.trim().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      const caseSensitive = entry.phrase !== entry.phrase.toLowerCase();
      const compiled: Compiled<T> = { words: caseSensitive ? words : words.map((w) => w.toLowerCase()), caseSensitive, entry };
      const key = stripDot(words[0]!.toLowerCase());
      const list = this.byFirstWord.get(key) ?? [];
      list.push(compiled);
      list.sort((a, b) => b.words.length - a.words.length); // longest phrase wins
      this.byFirstWord.set(key, list);
      size++;
    }
    this.size = size;
  }

  /** All non-overlapping matches, in order. `prose` is the text the tokens came from. */
  match(tokens: readonly Token[], prose: string): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (this.size === 0) return out;
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byFirstWord.get(stripDot(tokens[i]!.lower));
      if (!candidates) continue;
      for (const candidate of candidates) {
        const end = this.matchAt(candidate, tokens, i, prose);
        if (end === undefined) continue;
        const first = tokens[i]!;
        out.push({ start: first.start, end, text: prose.slice(first.start, end), payload: candidate.entry.payload, token: i });
        i += candidate.words.length - 1;
        break;
      }
    }
    return out;
  }

  /** End offset of the match of `candidate` starting at token `i`, or undefined. */
  private matchAt(candidate: Compiled<T>, tokens: readonly Token[], i: number, prose: string): number | undefined {
    const n = candidate.words.length;
    if (i + n > tokens.length) return undefined;
    let end = 0;
    for (let k = 0; k < n; k++) {
      const token = tokens[i + k]!;
      const text = candidate.caseSensitive ? token.text : token.lower;
      const want = candidate.words[k]!;
      const last = k === n - 1;
      if (text === want) end = token.end;
      else if (stripDot(text) === want && (last || want.endsWith('.'))) end = token.end - 1; // a full stop after the phrase
      else if (text === stripDot(want) && want.endsWith('.') && prose[token.end] === '.') end = token.end + 1;
      else return undefined;
      if (k > 0 && !INLINE_GAP.test(prose.slice(tokens[i + k - 1]!.end, token.start))) return undefined;
    }
    const { unlessNext, unlessPrevious } = candidate.entry;
    const next = tokens[i + n]?.lower;
    if (unlessNext && next !== undefined && adjacent(prose, end, tokens[i + n]!.start) && (unlessNext.includes(next) || unlessNext.includes(stripDot(next)))) {
      return undefined;
    }
    // The previous word as written: "givet." ends a sentence, so it does not protect "I fald"
    // after it; a listed abbreviation ("pr.") is compared with its dot.
    const previous = tokens[i - 1]?.lower;
    if (unlessPrevious && previous !== undefined && adjacent(prose, tokens[i - 1]!.end, tokens[i]!.start) && unlessPrevious.includes(previous)) {
      return undefined;
    }
    return end;
  }
}

/**
 * White space between two words of one phrase. Soft line breaks are already spaces in the
 * prose, so a line break left there ends a block (paragraph, heading, list item) or is a hard
 * break: a phrase never spans one.
 */
const INLINE_GAP = /^[^\S\r\n]+$/;

function adjacent(prose: string, from: number, to: number): boolean {
  return /^[^\S\r\n]*$/.test(prose.slice(from, to));
}

/** Carry the capitalisation of `original` over to `replacement` (Vedrørende → Om, AMK → …). */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = original[0];
  if (first && first !== first.toLowerCase()) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}
