/** The counters under a preview: characters, hashtags, emoji and LIX of the published text. */
import { findEmoji } from '../checks/lib/emoji.js';
import { scopeRanges } from '../checks/lib/scopes.js';
import { tweetLength } from '../checks/lib/twitter.js';
import type { PreviewCounters } from '../core/preview.js';
import type { Draft } from '../draft/draft.js';
import { graphemeCount } from '../text/graphemes.js';
import { lix } from '../text/lix.js';

/**
 * `text` is the published text as the reader sees it (inline images cut out). LIX counts the
 * words and sentences tone/readability counts, and is left out below `minWords` words, where it
 * means nothing (the readability rule's own threshold when it has one).
 */
export function previewCounters(draft: Draft, text: string, minWords: number): PreviewCounters {
  const { model } = draft;
  const counters: PreviewCounters = {
    characters: graphemeCount(text),
    weightedLength: tweetLength(text).weightedLength,
    hashtags: model.entities.filter((e) => e.kind === 'hashtag').length,
    emoji: findEmoji(text).length,
  };
  const post = scopeRanges(draft, 'post')[0];
  if (!post) return counters;
  const words = model.wordsIn(post).filter((w) => !w.numeric && !w.attribution);
  if (words.length === 0 || words.length < minWords) return counters;
  const sentences = model.sentencesIn(post).filter((s) => s.wordCount > 0).length;
  return { ...counters, lix: lix(words, Math.max(1, sentences)) };
}
