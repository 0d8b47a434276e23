/**
 * length: the published text against the platform's hard limit. `counting: characters` counts
 * Unicode code points (an emoji of several code points counts several: the safe side of a limit);
 * `counting: twitter` is X's weighted length from twitter-text (a URL counts 23, an emoji 2,
 * CJK 2), with `scope: part` checking every post of a thread on its own. Inline images are
 * attachments and do not count.
 */
import { firstIndex } from '../text/sorted-index.js';
import { codePointOffset, lengthMeasure } from './lib/length-measure.js';
import { visibleText } from './lib/mapped.js';
import { platformName } from './lib/post-type.js';
import { defineCheckKind } from './types.js';

export interface LengthOptions {
  max: number;
  counting?: 'characters' | 'twitter';
  scope?: 'post' | 'part';
}

export const length = defineCheckKind<LengthOptions>({
  name: 'length',
  meta: {
    description: "Measures the published text (or each thread part) against the platform's hard length limit.",
    schema: {
      type: 'object',
      required: ['max'],
      properties: {
        max: { type: 'integer', minimum: 1 },
        counting: { enum: ['characters', 'twitter'] },
        scope: { enum: ['post', 'part'] },
      },
      additionalProperties: false,
    },
    messages: { default: ['length', 'max', 'over', 'part', 'parts', 'platform'], weighted: ['length', 'max', 'over', 'part', 'parts', 'platform'], part: ['length', 'max', 'over', 'part', 'parts', 'platform'] },
  },
  create(options) {
    const counting = options.counting ?? 'characters';
    const measure = lengthMeasure(counting, options.max);

    return (context) => {
      const { model } = context.draft;
      const parts = options.scope === 'part' ? model.threadParts : [model.published];
      parts.forEach((part, i) => {
        // Inline images (`![alt](src)`) are attachments, not characters of the post.
        const visible = visibleText(part, model.inlineImages);
        if (visible.text === '') return;
        const length = measure(visible.text);
        if (length <= options.max) return;
        // Characters: the code point after the first `max`, found directly; weighted text is searched for.
        const over = counting === 'characters' ? codePointOffset(visible.text, options.max) : firstOver(visible.text, options.max, measure);
        const messageId = parts.length > 1 ? 'part' : counting === 'twitter' ? 'weighted' : 'default';
        context.report({
          ...part.rangeToSource(visible.offsets[over]!, visible.offsets[visible.text.length - 1]! + 1),
          messageId,
          data: { length, max: options.max, over: length - options.max, part: i + 1, parts: parts.length, platform: platformName(context.platform) },
        });
      });
    };
  },
});

/** The UTF-16 offset of the first code point that takes the text over `max`. */
function firstOver(text: string, max: number, measure: (text: string) => number): number {
  // Code point boundaries; the measure only grows with the prefix, so binary search is exact
  // for characters and a good pointer for weighted text (a cut URL can weigh less than 23).
  const bounds: number[] = [];
  let at = 0;
  for (const ch of text) {
    at += ch.length;
    bounds.push(at);
  }
  const lo = firstIndex(0, bounds.length - 1, (i) => measure(text.slice(0, bounds[i])) > max);
  return lo === 0 ? 0 : bounds[lo - 1]!;
}
