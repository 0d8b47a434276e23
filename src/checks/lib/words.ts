/**
 * The draft's words, for the detectors that count words and read what stands between two of them
 * (political, personal matters, crisis forms): the text layer's tokens (`model.tokens`) without
 * punctuation and emoji. The text between two neighbouring words then holds the comma, the full
 * stop or the line break that ends a clause or a sentence.
 *
 * Phrases are matched on all the tokens (an entry can hold a comma), by the one phrase matcher,
 * and placed on the words with `matchWords`.
 */
import type { TextModel } from '../../draft/text-model.js';
import type { PhraseMatch, PhraseMatcher } from '../../text/phrase-matcher.js';
import type { Token } from '../../text/token.js';

export interface Words {
  /** The words, in order. */
  readonly list: readonly Token[];
  /** For each token of `model.tokens`, the index of the first word at or after it. */
  readonly at: readonly number[];
}

export interface WordMatch<T> extends PhraseMatch<T> {
  /** Index into `Words.list` of the match's first word. */
  word: number;
}

const cache = new WeakMap<TextModel, Words>();

export function draftWords(model: TextModel): Words {
  let words = cache.get(model);
  if (!words) {
    const list: Token[] = [];
    const at: number[] = [];
    for (const token of model.tokens) {
      at.push(list.length);
      if (token.kind !== 'punct' && token.kind !== 'emoji') list.push(token);
    }
    words = { list, at };
    cache.set(model, words);
  }
  return words;
}

/** The matches of a phrase matcher in the draft's prose, each with the index of its first word. */
export function matchWords<T>(matcher: PhraseMatcher<T>, model: TextModel): WordMatch<T>[] {
  if (matcher.size === 0) return [];
  const { at } = draftWords(model);
  return matcher.match(model.tokens, model.prose).map((m) => ({ ...m, word: at[m.tokenIndex]! }));
}
