/**
 * LIX (læsbarhedsindeks, Björnsson 1968) — the readability measure Danish plain-language
 * guidance uses; tone/readability compares it with the platform's maximum.
 *
 *   LIX = O / P + 100 × L / O
 *   O = words, P = periods (sentences), L = long words (7 or more letters)
 *
 * Source: danish-facts.md §5.1 [V S1, S3, S4, S8]. Word and sentence segmentation is the
 * caller's job (§5.2); these functions only do the arithmetic, so they stay pure and testable.
 */

const LETTER = /\p{L}/gu;

/**
 * A word is "long" when it has more than six letters. Only letters count (\p{L}, so æ, ø, å, é,
 * ü …): digits, hyphens and apostrophes do not, so "COVID-19-vaccine" has 12 letters and
 * "2.500" has none — that is how Björnsson counts and keeps numbers from inflating the score.
 */
export function isLongWord(word: string): boolean {
  if (word.length < 7) return false; // fewer than 7 UTF-16 units cannot hold 7 letters
  if (ONLY_LETTERS.test(word)) return [...word].length >= 7;
  const letters = word.match(LETTER);
  return letters !== null && letters.length >= 7;
}

const ONLY_LETTERS = /^\p{L}+$/u;

/**
 * LIX of a text given its words and its number of sentences, rounded to a whole number as the
 * Danish bands (≤ 24 … ≥ 55) are whole numbers. No words gives 0 (nothing to read is not hard
 * to read). A text with words but a sentence count below 1 is one period: every non-empty text
 * ends somewhere, and dividing by zero would give Infinity.
 */
export function lix(words: readonly string[], sentenceCount: number): number {
  const wordCount = words.length;
  if (wordCount === 0) return 0;
  const periods = Number.isFinite(sentenceCount) && sentenceCount >= 1 ? sentenceCount : 1;
  let long = 0;
  for (const word of words) if (isLongWord(word)) long += 1;
  return Math.round(wordCount / periods + (100 * long) / wordCount);
}
