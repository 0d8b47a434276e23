/**
 * hashtag-duplicate: the same hashtag twice in a post (or, with `scope: part`, in one post of a
 * thread). Tags are compared with normaliseHashtag: #Aalborg, #aalborg and #ÅLBORG are the same.
 * The second and later occurrences are reported.
 */
import { scopeRanges, within } from './lib/scopes.js';
import { normaliseHashtag } from './lib/twitter.js';
import { defineCheckKind } from './types.js';

export interface HashtagDuplicateOptions {
  scope?: 'post' | 'part';
}

export const hashtagDuplicate = defineCheckKind<HashtagDuplicateOptions>({
  name: 'hashtag-duplicate',
  meta: {
    description: 'Reports a hashtag used more than once in a post.',
    schema: {
      type: 'object',
      properties: { scope: { enum: ['post', 'part'] } },
      additionalProperties: false,
    },
    messages: { default: ['tag', 'first', 'line'] },
  },
  create(options) {
    const scope = options.scope ?? 'post';
    return (context) => {
      const { draft } = context;
      const tags = draft.model.entities.filter((e) => e.kind === 'hashtag');
      for (const range of scopeRanges(draft, scope)) {
        const first = new Map<string, (typeof tags)[number]>();
        for (const tag of within(tags, range)) {
          const key = normaliseHashtag(tag.value);
          const seen = first.get(key);
          if (!seen) {
            first.set(key, tag);
            continue;
          }
          context.report({
            start: tag.start,
            end: tag.end,
            data: { tag: `#${tag.value}`, first: `#${seen.value}`, line: draft.lines.position(seen.start).line },
          });
        }
      }
    };
  },
});
