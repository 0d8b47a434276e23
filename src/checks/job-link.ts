/**
 * job-link: a post of one of `types` (a job post) must link to the job ad, so a reader can apply.
 * Any link counts: https://…, a bare domain (job.rn.dk/…), a Markdown link or an autolink.
 */
import type { PostType } from '../draft/types.js';
import { postType, postTypesSchema } from './lib/post-type.js';
import { headOf, scopeRanges } from './lib/scopes.js';
import { defineCheckKind } from './types.js';

export interface JobLinkOptions {
  types?: PostType[];
}

export const jobLink = defineCheckKind<JobLinkOptions>({
  name: 'job-link',
  meta: {
    description: 'Reports a job post without a link to the job ad.',
    schema: {
      type: 'object',
      properties: { types: postTypesSchema },
      additionalProperties: false,
    },
    messages: { default: [] },
  },
  create(options) {
    const types = options.types ?? ['job'];
    return (context) => {
      const { draft } = context;
      const type = postType(draft);
      if (!types.includes(type)) return;
      if (draft.model.links.length > 0) return;
      const post = scopeRanges(draft, 'post')[0];
      const at = draft.frontmatter.type?.range ?? (post ? headOf(draft, post) : { start: 0, end: 0 });
      context.report({ ...at, data: { type } });
    };
  },
});
