/**
 * metric: a measure of a scope against a limit (Vale's `metric`): LIX of the post, words per
 * sentence, words per paragraph. Hashtags, mentions, URLs and e-mail addresses are never words;
 * LIX also leaves numbers out, since "2026" is neither short nor long to a reader.
 */
import type { Draft } from '../draft/draft.js';
import type { Range } from '../draft/types.js';
import { lix } from '../text/lix.js';
import { headOf, SCOPES, scopeRanges, type Scope } from './lib/scopes.js';
import { defineCheckKind } from './types.js';

const METRICS = ['lix', 'words', 'characters'] as const;
type Metric = (typeof METRICS)[number];

export interface MetricOptions {
  metric: Metric;
  scope?: Scope;
  max?: number;
  min?: number;
  /** Skip scopes with fewer words than this: LIX on a few words means nothing. */
  minWords?: number;
}

export const metric = defineCheckKind<MetricOptions>({
  name: 'metric',
  meta: {
    description: 'Measures LIX, words or characters per scope against a maximum or minimum.',
    schema: {
      type: 'object',
      required: ['metric'],
      properties: {
        metric: { enum: METRICS },
        scope: { enum: SCOPES },
        max: { type: 'number' },
        min: { type: 'number' },
        minWords: { type: 'integer', minimum: 0 },
      },
      additionalProperties: false,
    },
    messages: { default: ['value', 'max'], tooLow: ['value', 'min', 'words'] },
    requiredMessages: (options) => [...(options.max === undefined ? [] : ['default']), ...(options.min === undefined ? [] : ['tooLow'])],
  },
  create(options) {
    const scope = options.scope ?? 'post';
    return (context) => {
      const { draft } = context;
      for (const range of scopeRanges(draft, scope)) {
        const words = draft.model.wordsIn(range);
        if (options.minWords !== undefined && words.filter((w) => !w.numeric && !w.attribution).length < options.minWords) continue;
        const value = measure(draft, range, options.metric);
        const at = scope === 'sentence' ? range : headOf(draft, range);
        if (options.max !== undefined && value > options.max) {
          context.report({ ...at, data: { value, max: options.max, words: words.length } });
        } else if (options.min !== undefined && value < options.min) {
          context.report({ ...at, messageId: 'tooLow', data: { value, min: options.min, words: words.length } });
        }
      }
    };
  },
});

function measure(draft: Draft, range: Range, metric: Metric): number {
  const { model } = draft;
  switch (metric) {
    case 'words':
      // The same words LIX counts (docs/rules/tone/readability.md): numbers are not words, and a
      // quotation's attribution tail (», siger overlæge Anne Holm«) is not part of what is said.
      return model.wordsIn(range).filter((w) => !w.numeric && !w.attribution).length;
    case 'characters':
      return [...model.prose.slice(range.start, range.end).trim()].length;
    case 'lix': {
      const words = model.wordsIn(range).filter((w) => !w.numeric && !w.attribution);
      const sentences = model.sentencesIn(range).filter((s) => s.wordCount > 0).length;
      return lix(words, Math.max(1, sentences));
    }
  }
}
