/**
 * How a platform measures a post against its length limit: Unicode code points (`characters`: an
 * emoji of several code points counts several, the safe side of a limit) or X's weighted length
 * (`twitter`: twitter-text v3, a URL 23, an emoji 2). One function for platform/length and the
 * preview (src/preview/), so what `rnsocial preview` shows is what the rule judges.
 */
import { tweetLength, TWITTER_CONFIGS } from './twitter.js';

export type LengthCounting = 'characters' | 'twitter';

export function lengthMeasure(counting: LengthCounting, max?: number): (text: string) => number {
  if (counting !== 'twitter') return codePointCount;
  const config = { ...TWITTER_CONFIGS.v3, ...(max !== undefined ? { maxWeightedTweetLength: max } : {}) };
  return (text) => tweetLength(text, config).weightedLength;
}

/** Code points in `text`, as `[...text].length` counts them (a lone surrogate is one), without the array. */
export function codePointCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++, count++) if (isPair(text, i)) i++;
  return count;
}

/** The UTF-16 offset of code point number `n` (0-based) of `text`; `text.length` when it has no more. */
export function codePointOffset(text: string, n: number): number {
  let i = 0;
  for (let count = 0; count < n && i < text.length; count++) i += isPair(text, i) ? 2 : 1;
  return Math.min(i, text.length);
}

function isPair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}
