/**
 * LIX (læsbarhedsindeks, Björnsson 1968) — the readability measure Danish plain-language
 * guidance uses; tone/readability compares it with the platform's maximum.
 *
 *   LIX = O / P + 100 × L / O
 *   O = words, P = periods (sentences), L = long words (7 or more letters)
 *
 * Source: Björnsson (1968), as Danish plain-language guidance uses it (docs/sources.md). Which
 * tokens are words and which words are long is readability-words.ts's job; this is the arithmetic.
 */

/**
 * LIX of a text given its words (each marked long or not: readability-words.ts says which) and
 * its number of sentences, rounded to a whole number as the Danish bands (≤ 24 … ≥ 55) are whole
 * numbers. No words gives 0 (nothing to read is not hard to read). A text with words but a
 * sentence count below 1 is one period: every non-empty text ends somewhere, and dividing by zero
 * would give Infinity.
 */
export function lix(words: readonly { long: boolean }[], sentenceCount: number): number {
  const wordCount = words.length;
  if (wordCount === 0) return 0;
  const periods = Number.isFinite(sentenceCount) && sentenceCount >= 1 ? sentenceCount : 1;
  let long = 0;
  for (const word of words) if (word.long) long += 1;
  return Math.round(wordCount / periods + (100 * long) / wordCount);
}
