/**
 * The words that readability measures count (LIX, words per sentence).
 *
 * Definition: a word is a `word` or `abbreviation` token. A hyphenated compound is one token and
 * so one word (»hjerte-kar-sygdom«). Numbers, phone numbers, dates, times, amounts, URLs, e-mail
 * addresses, hashtags, mentions, emoji and punctuation are not words: a reader takes them in at
 * a glance, and ICU counting »96 31 00 00« as four words is what this replaces. A word is long
 * when it has more than six letters (LIX's "lange ord"; digits, hyphens and dots do not count),
 * except inside a proper name: »Regionshospital Nordjylland« is read as a label, not spelt out,
 * so its words count as short.
 */
import type { Token } from './token.js';

export interface ReadabilityWord {
  /** index of the token */
  index: number;
  start: number;
  end: number;
  text: string;
  /** letters in the word */
  letters: number;
  /** more than six letters and not part of a name */
  long: boolean;
  /** inside one of the given name spans */
  name: boolean;
}

/** LIX's threshold: a long word has more than this many letters. */
export const LONG_WORD_LETTERS = 6;

const LETTER = /\p{L}/u;

/** Letters (code points in \p{L}) in a word; ASCII is counted without a regular expression. */
function letterCount(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    } else {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      if (LETTER.test(String.fromCodePoint(code))) letters++;
    }
  }
  return letters;
}

/** The counted words of `tokens`, in order. `names` are ordered, non-overlapping spans. */
export function readabilityWords(tokens: readonly Token[], names: readonly { start: number; end: number }[] = []): ReadabilityWord[] {
  const out: ReadabilityWord[] = [];
  let n = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word' && token.kind !== 'abbreviation') continue;
    while (n < names.length && names[n]!.end <= token.start) n++;
    const span = names[n];
    const name = span !== undefined && span.start <= token.start && token.end <= span.end;
    const letters = letterCount(token.text);
    out.push({ index, start: token.start, end: token.end, text: token.text, letters, long: letters > LONG_WORD_LETTERS && !name, name });
  }
  return out;
}
