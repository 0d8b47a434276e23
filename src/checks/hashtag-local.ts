/**
 * hashtag-local: a post needs at least one local hashtag (a municipality, a town, an area, or a
 * region-wide tag such as #nordjylland). The list is a lexicon (rules/lexicon/local-hashtags.yml)
 * plus `words` in the pack and `localHashtags` in the config. Tags are compared with
 * normaliseHashtag, so case and æ/ae, ø/oe, å/aa spellings do not matter.
 */
import type { PostType } from '../draft/types.js';
import { postTypesSchema, skipsType } from './lib/post-type.js';
import { headOf, scopeRanges } from './lib/scopes.js';
import { normaliseHashtag } from './lib/twitter.js';
import { defineCheckKind } from './types.js';

export interface HashtagLocalOptions {
  lexicon?: string;
  words?: string[];
  /** Tags suggested in the message. */
  examples?: string[];
  skipTypes?: PostType[];
}

export const hashtagLocal = defineCheckKind<HashtagLocalOptions>({
  name: 'hashtag-local',
  meta: {
    description: 'Reports a post without at least one local hashtag from the list.',
    schema: {
      type: 'object',
      properties: {
        lexicon: { type: 'string', description: 'Word list of local tags relative to the pack (rules/lexicon/…)' },
        words: { type: 'array', items: { type: 'string' }, description: 'Extra local tags' },
        examples: { type: 'array', items: { type: 'string' }, description: 'Tags suggested in the message' },
        skipTypes: postTypesSchema,
      },
      additionalProperties: false,
    },
    messages: { default: ['examples'], noHashtags: ['examples'] },
    lexicons: [{ option: 'lexicon' }],
  },
  create(options, env) {
    const local = new Set<string>();
    const add = (tag: string): void => {
      const key = normaliseHashtag(tag.trim());
      if (key !== '') local.add(key);
    };
    if (options.lexicon) for (const tag of env.lexicon(options.lexicon).words) add(tag);
    for (const tag of options.words ?? []) add(tag);
    for (const tag of env.settings.localHashtags) add(tag);
    const examples = (options.examples ?? ['nordjylland', 'aalborg', 'hjørring']).map((t) => `#${t.replace(/^#/, '')}`).join(', ');

    return (context) => {
      const { draft } = context;
      if (skipsType(draft, options.skipTypes)) return;
      const tags = draft.model.entities.filter((e) => e.kind === 'hashtag');
      if (tags.some((t) => local.has(normaliseHashtag(t.value)))) return;
      const post = scopeRanges(draft, 'post')[0];
      if (!post) return;
      // Point at the tags the writer chose, or at the start of the post when there are none.
      const first = tags[0];
      const last = tags[tags.length - 1];
      const at = first && last ? { start: first.start, end: last.end } : headOf(draft, post);
      const lineEnd = draft.text.slice(at.start, at.end).search(/\r|\n/);
      context.report({
        start: at.start,
        end: lineEnd === -1 ? at.end : at.start + lineEnd,
        messageId: tags.length === 0 ? 'noHashtags' : 'default',
        data: { examples, count: tags.length },
      });
    };
  },
});
