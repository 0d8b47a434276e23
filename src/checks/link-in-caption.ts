/**
 * link-in-caption: a link in a caption that the platform does not make clickable (Instagram).
 * Every link counts: https://…, bare domains such as rn.dk/blod (twitter-text's extraction),
 * Markdown links and autolinks. E-mail addresses are not links. `skipTypes` exempts replies.
 */
import type { PostType } from '../draft/types.js';
import { postTypesSchema, skipsType } from './lib/post-type.js';
import { defineCheckKind } from './types.js';

export interface LinkInCaptionOptions {
  skipTypes?: PostType[];
}

export const linkInCaption = defineCheckKind<LinkInCaptionOptions>({
  name: 'link-in-caption',
  meta: {
    description: 'Reports links in a caption where the platform does not make them clickable.',
    schema: {
      type: 'object',
      properties: { skipTypes: postTypesSchema },
      additionalProperties: false,
    },
    messages: { default: ['url'] },
  },
  create(options) {
    return (context) => {
      const { draft } = context;
      if (skipsType(draft, options.skipTypes)) return;
      for (const link of draft.model.links) {
        context.report({ start: link.start, end: link.end, data: { url: link.url } });
      }
    };
  },
});
