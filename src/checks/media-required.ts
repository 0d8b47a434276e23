/**
 * media-required: a post on a picture platform (Instagram) must carry an image or a video, from
 * frontmatter `media` or an inline `![alt](src)`. Types in `skipTypes` (replies: comments, not
 * posts) are exempt.
 */
import type { PostType } from '../draft/types.js';
import { postType, postTypesSchema, skipsType } from './lib/post-type.js';
import { headOf, scopeRanges } from './lib/scopes.js';
import { defineCheckKind } from './types.js';

export interface MediaRequiredOptions {
  skipTypes?: PostType[];
}

export const mediaRequired = defineCheckKind<MediaRequiredOptions>({
  name: 'media-required',
  meta: {
    description: 'Reports a post with no image or video.',
    schema: {
      type: 'object',
      properties: { skipTypes: postTypesSchema },
      additionalProperties: false,
    },
    messages: { default: [] },
  },
  create(options) {
    return (context) => {
      const { draft } = context;
      if (skipsType(draft, options.skipTypes)) return;
      if (draft.media.some((m) => m.src.trim() !== '')) return;
      const post = scopeRanges(draft, 'post')[0];
      const at = post ? headOf(draft, post) : { start: draft.model.body.start, end: draft.model.body.start };
      context.report({ ...at, data: { type: postType(draft) } });
    };
  },
});
