/**
 * occurrence: how many times something occurs in a scope (Vale's `occurrence`): emoji per post,
 * hashtags per post, exclamation marks per sentence, words from a list per paragraph.
 * `max` reports with the rule's severity; with `errorAbove` (a hard limit) as well, counts between
 * the two are lowered to warnings, and only the hard limit gets the rule's own severity — which
 * the config can lower in turn, never raise.
 */
import type { Draft } from '../draft/draft.js';
import type { Range } from '../draft/types.js';
import { findEmoji } from './lib/emoji.js';
import { headOf, SCOPES, scopeRanges, within, type Scope } from './lib/scopes.js';
import { compileWordList, wordListSchema, type WordListOptions } from './lib/word-list.js';
import { defineCheckKind } from './types.js';

const ITEMS = ['emoji', 'hashtag', 'mention', 'link', 'exclamation', 'words'] as const;
type Item = (typeof ITEMS)[number];

export interface OccurrenceOptions extends WordListOptions {
  of: Item;
  scope?: Scope;
  max?: number;
  errorAbove?: number;
  min?: number;
}

export const occurrence = defineCheckKind<OccurrenceOptions>({
  name: 'occurrence',
  meta: {
    description: 'Counts emoji, hashtags, mentions, links, "!" or listed words per scope against a minimum or maximum.',
    schema: {
      type: 'object',
      required: ['of'],
      properties: {
        of: { enum: ITEMS },
        scope: { enum: SCOPES },
        max: { type: 'integer', minimum: 0 },
        errorAbove: { type: 'integer', minimum: 0 },
        min: { type: 'integer', minimum: 0 },
        ...wordListSchema,
      },
      additionalProperties: false,
    },
    messages: { default: ['count', 'max'], hardLimit: ['count', 'max'], tooFew: ['count', 'min'] },
    requiredMessages: (options) => [...(options.max === undefined ? [] : ['default']), ...(options.errorAbove === undefined ? [] : ['hardLimit']), ...(options.min === undefined ? [] : ['tooFew'])],
    lexicons: [{ option: 'lexicon', groupOptions: ['group'] }],
  },
  create(options, env) {
    const matcher = options.of === 'words' ? compileWordList(options, env) : undefined;
    const scope = options.scope ?? 'post';
    const find = (draft: Draft): Range[] => {
      const { model } = draft;
      switch (options.of) {
        case 'emoji':
          return findEmoji(model.published.text).map((e) => model.published.rangeToSource(e.start, e.end));
        case 'hashtag':
        case 'mention':
          return model.entities.filter((e) => e.kind === options.of);
        case 'link':
          return model.links;
        case 'exclamation':
          return [...model.prose.matchAll(/!/g)].map((m) => ({ start: m.index, end: m.index + 1 }));
        case 'words':
          return matcher!.match(model);
      }
    };
    return (context) => {
      const items = find(context.draft);
      for (const range of scopeRanges(context.draft, scope)) {
        const found = within(items, range);
        const count = found.length;
        if (options.errorAbove !== undefined && count > options.errorAbove) {
          const at = found[options.errorAbove]!;
          context.report({ ...at, messageId: 'hardLimit', data: { count, max: options.errorAbove } });
        } else if (options.max !== undefined && count > options.max) {
          const at = found[options.max]!;
          context.report({ ...at, data: { count, max: options.max }, ...(options.errorAbove === undefined ? {} : { severity: 'warn' as const }) });
        } else if (options.min !== undefined && count < options.min) {
          context.report({ ...headOf(context.draft, range), messageId: 'tooFew', data: { count, min: options.min } });
        }
      }
    };
  },
});
