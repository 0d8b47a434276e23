/**
 * Where a platform folds a text behind "se mere" / "… mere": after `maxCharacters` user-perceived
 * characters (grapheme clusters) or at the end of line `maxLines` (LinkedIn: 3), whichever comes
 * first. One function for platform/fold and the preview (src/preview/), so the rule and what
 * `rnsocial preview` draws can never disagree.
 */
import { graphemeStarts } from '../../text/graphemes.js';

export interface FoldLimits {
  maxCharacters: number;
  maxLines?: number;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** The UTF-16 offset in `text` where the fold cuts it, or undefined when all of it shows. */
export function foldPoint(text: string, limits: FoldLimits): number | undefined {
  const starts = graphemeStarts(text, limits.maxCharacters + 1);
  let at = starts[limits.maxCharacters] ?? text.length;
  if (limits.maxLines !== undefined) {
    let lines = 0;
    for (const m of text.matchAll(LINE_BREAK)) {
      if (m.index >= at) break;
      if (++lines === limits.maxLines) {
        at = m.index;
        break;
      }
    }
  }
  return at < text.length ? at : undefined;
}
