/**
 * How a platform measures a post against its length limit: Unicode code points (`characters`: an
 * emoji of several code points counts several, the safe side of a limit) or X's weighted length
 * (`twitter`: twitter-text v3, a URL 23, an emoji 2). One function for platform/length and the
 * preview (src/preview/), so what `rnsocial preview` shows is what the rule judges.
 */
import { tweetLength, TWITTER_CONFIGS } from './twitter.js';

export type LengthCounting = 'characters' | 'twitter';

export function lengthMeasure(counting: LengthCounting, max?: number): (text: string) => number {
  if (counting !== 'twitter') return (text) => [...text].length;
  const config = { ...TWITTER_CONFIGS.v3, ...(max !== undefined ? { maxWeightedTweetLength: max } : {}) };
  return (text) => tweetLength(text, config).weightedLength;
}
