/**
 * A rule's word-list options (a lexicon file, a group of one, and/or inline words) compiled once
 * into the text layer's phrase matcher: literal, æ/ø/å-aware, with the entries' verb-second
 * inversions (`invert`) and gaps (`…`), never a regular expression from data.
 */
import type { LexiconEntry } from '../../core/lexicon.js';
import type { TextModel } from '../../draft/text-model.js';
import { PhraseMatcher, type PhraseMatch } from '../../text/phrase-matcher.js';
import type { CheckEnv } from '../types.js';

export interface WordListOptions {
  /** A lexicon file relative to the pack, with `entries` or `words`. */
  lexicon?: string;
  /** Only this group of a grouped lexicon. */
  group?: string;
  /** Extra words or phrases written straight into the pack or config. */
  words?: string[];
}

export const wordListSchema = {
  lexicon: { type: 'string', description: 'Word list relative to the pack (rules/lexicon/…)' },
  group: { type: 'string', description: 'A group of a grouped word list' },
  words: { type: 'array', items: { type: 'string' }, description: 'Extra literal words or phrases' },
} as const;

export interface WordList {
  /** Non-overlapping matches in the draft's prose, in order. */
  match(model: TextModel): PhraseMatch<LexiconEntry>[];
}

export function compileWordList(options: WordListOptions, env: CheckEnv): WordList {
  const entries: LexiconEntry[] = [];
  if (options.lexicon) {
    const lexicon = env.lexicon(options.lexicon);
    entries.push(...lexicon.entries);
    const words = options.group ? lexicon.group(options.group) : lexicon.words;
    for (const word of words) entries.push({ match: [word], replacement: [], fix: false });
  }
  for (const word of options.words ?? []) entries.push({ match: [word], replacement: [], fix: false });

  // vocabulary.accept: words the organisation has decided are fine, whatever a list says.
  const accepted = new Set(env.settings.vocabulary.accept.map((w) => w.toLowerCase()));
  const matcher = new PhraseMatcher(
    entries.flatMap((entry) => {
      const phrase = entry.match.filter((spelling) => !accepted.has(spelling.toLowerCase()));
      if (phrase.length === 0) return [];
      return [
        {
          phrase,
          payload: entry,
          ...(entry.unlessNext ? { unlessNext: entry.unlessNext } : {}),
          ...(entry.unlessPrevious ? { unlessPrevious: entry.unlessPrevious } : {}),
          ...(entry.invert ? { invert: true } : {}),
          ...(entry.gap ? { gap: entry.gap } : {}),
        },
      ];
    }),
  );
  return { match: (model) => (matcher.size === 0 ? [] : matcher.match(model.tokens, model.prose)) };
}
