/**
 * fold: the first sentence must end before the platform folds the post behind "se mere" / "…
 * mere", measured on the published text (what the reader sees, Markdown and all). The fold is
 * `maxCharacters` user-perceived characters (grapheme clusters) and, where a platform folds by
 * lines (LinkedIn: 3), `maxLines` lines.
 */
import { graphemeCount } from '../text/graphemes.js';
import { firstAtLeast } from '../text/sorted-index.js';
import type { PostType, Range } from '../draft/types.js';
import { foldPoint } from './lib/fold-point.js';
import { publishedOffset, visibleText } from './lib/mapped.js';
import { platformName, postTypesSchema, skipsType } from './lib/post-type.js';
import { defineCheckKind } from './types.js';

export interface FoldOptions {
  maxCharacters: number;
  maxLines?: number;
  skipTypes?: PostType[];
}


export const fold = defineCheckKind<FoldOptions>({
  name: 'fold',
  meta: {
    description: 'Checks that the first sentence ends before the platform\'s "see more" fold.',
    schema: {
      type: 'object',
      required: ['maxCharacters'],
      properties: {
        maxCharacters: { type: 'integer', minimum: 1 },
        maxLines: { type: 'integer', minimum: 1 },
        skipTypes: postTypesSchema,
      },
      additionalProperties: false,
    },
    messages: { default: ['length', 'platform', 'max'], lines: ['lines', 'platform', 'maxLines'] },
    requiredMessages: (options) => (options.maxLines === undefined ? ['default'] : ['default', 'lines']),
  },
  create(options) {
    return (context) => {
      const { draft } = context;
      if (skipsType(draft, options.skipTypes)) return;
      const { published, sentences } = draft.model;
      const sentence = sentences.find((s) => s.start >= (published.sourceStart ?? Infinity));
      if (!sentence || published.text === '') return;
      const first = firstLine(draft.text, draft.model.prose, sentence);
      // Measured on what the reader sees: inline images are attachments, not text.
      const visible = visibleText(published, draft.model.inlineImages);
      const toVisible = (mappedOffset: number): number => firstAtLeast(visible.offsets, mappedOffset, (offset) => offset);
      const end = toVisible(publishedOffset(published, first.end));
      const shown = visible.text.slice(0, end);

      // Where the fold falls: after maxCharacters graphemes or maxLines lines (shared with the preview).
      const foldAt = foldPoint(shown, options);
      if (foldAt === undefined) return;

      const length = graphemeCount(shown);
      const lines = shown.split(/\r\n|\r|\n/).length;
      const byLines = options.maxLines !== undefined && lines > options.maxLines && length <= options.maxCharacters;
      // Point at what the fold hides of the first sentence (all of it when it starts below the fold).
      const sentenceStart = toVisible(publishedOffset(published, first.start + 1) - 1);
      const from = visible.offsets[Math.max(foldAt, sentenceStart)]!;
      const to = visible.offsets[end - 1]! + 1;
      context.report({
        ...published.rangeToSource(from, to),
        messageId: byLines ? 'lines' : 'default',
        data: { length, max: options.maxCharacters, lines, maxLines: options.maxLines ?? '', platform: platformName(context.platform) },
      });
    };
  },
});

/**
 * The platforms show every line break, so a line break ends the first sentence as the reader sees
 * it, even where the sentence segmenter runs on (a soft break inside a paragraph). Lines without a
 * letter or digit (an emoji line) are not a sentence of their own.
 */
function firstLine(text: string, prose: string, sentence: Range): Range {
  let start = sentence.start;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(/\r\n|\r|\n/g)) {
    const end = sentence.start + m.index;
    if (/[\p{L}\p{N}]/u.test(prose.slice(start, end))) return trimmed(prose, start, end);
    start = end + m[0].length;
  }
  return trimmed(prose, start, sentence.end);
}

function trimmed(prose: string, start: number, end: number): Range {
  const piece = prose.slice(start, end);
  const lead = piece.length - piece.trimStart().length;
  return { start: start + lead, end: start + piece.trimEnd().length };
}
