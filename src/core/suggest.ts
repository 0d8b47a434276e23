/** "Did you mean": the closest known word, or nothing when none is close enough to help. */
import { closest, distance } from 'fastest-levenshtein';

/**
 * @param normalise how to compare (lower case by default); the suggestion is returned as known.
 * @param tolerance the share of the suggestion's length that may differ (at least 2 edits).
 */
export function didYouMean(word: string, known: readonly string[], normalise: (s: string) => string = (s) => s.toLowerCase(), tolerance = 1 / 3): string | undefined {
  if (known.length === 0) return undefined;
  const candidates = known.map(normalise);
  const wanted = normalise(word);
  // A slightly longer or shorter spelling of a known word ("warning" for "warn") is what was meant.
  const stem = candidates.findIndex((c) => Math.min(c.length, wanted.length) >= 3 && Math.abs(c.length - wanted.length) <= 3 && (wanted.startsWith(c) || c.startsWith(wanted)));
  if (stem !== -1) return known[stem];
  const best = closest(wanted, candidates);
  if (distance(wanted, best) > Math.max(2, Math.floor(best.length * tolerance))) return undefined;
  return known[candidates.indexOf(best)];
}
