/** Turn a rule's word-list options (a lexicon file and/or inline words) into one phrase matcher. */
import type { LexiconEntry } from '../../core/lexicon.js';
import type { CheckEnv } from '../types.js';
import { PhraseMatcher } from './phrase-matcher.js';

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

export function compileWordList(options: WordListOptions, env: CheckEnv): PhraseMatcher<LexiconEntry> {
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
  return new PhraseMatcher(
    entries.flatMap((entry) =>
      entry.match
        .filter((phrase) => !accepted.has(phrase.toLowerCase()))
        .map((phrase) => ({
          phrase,
          payload: entry,
          ...(entry.unlessNext ? { unlessNext: entry.unlessNext } : {}),
          ...(entry.unlessPrevious ? { unlessPrevious: entry.unlessPrevious } : {}),
        })),
    ),
  );
}
