/** A word list from `rules/lexicon/` as the checks see it (the engine loads and validates it). */

export interface LexiconEntry {
  /** Spellings of the phrase, words separated by single spaces. */
  match: string[];
  replacement: string[];
  fix: boolean;
  /** Where the fact comes from. */
  source?: string;
  note?: string;
  unlessNext?: string[];
  unlessPrevious?: string[];
  /** Skip a match whose sentence also holds one of these words ("samt" where the list already has "og"). */
  unlessInSentence?: string[];
  /** Also match the verb-second inversion: the first two words swapped. */
  invert?: boolean;
  /** Words that may stand at each `…` of the phrase. */
  gap?: number;
}

export interface Lexicon {
  path: string;
  entries: LexiconEntry[];
  words: string[];
  groups: Readonly<Record<string, string[]>>;
  /** The words of a group; the compiler has checked that groups named in packs exist. */
  group(name: string): string[];
}

/** The words of several groups of a list, in order. */
export function wordsOfGroups(lexicon: Lexicon, names: readonly string[]): string[] {
  return names.flatMap((name) => lexicon.group(name));
}
