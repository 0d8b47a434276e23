/**
 * job-link: a post of one of `types` (a job post) must link to the job ad, so a reader can apply.
 * A link counts when it points to a vacancy: a host or host/path prefix of `jobDomains` in the
 * config (default: the region's job portal and the national job boards, DEFAULT_SETTINGS). A link
 * can be https://…, a bare domain (job.rn.dk/…), a Markdown link or an autolink. A post with
 * links, none of them to a job ad (only rn.dk, only a video), gets its own message. An empty
 * `jobDomains` list makes any link count.
 *
 * Strategy, "5 LinkedIn": the region recruits on LinkedIn, and the content should invite "faglig
 * og professionel dialog og jobsøgning".
 */
import type { PostType } from '../draft/types.js';
import { matchesHostPath, parsePageUrl } from './lib/page-urls.js';
import { postType, postTypesSchema } from './lib/post-type.js';
import { headOf, scopeRanges } from './lib/scopes.js';
import { defineCheckKind } from './types.js';

export interface JobLinkOptions {
  types?: PostType[];
}

/** At most this many job hosts are named in the message ("job.rn.dk, jobnet.dk, …"). */
const HOSTS_SHOWN = 3;

export const jobLink = defineCheckKind<JobLinkOptions>({
  name: 'job-link',
  meta: {
    description: 'Reports a job post without a link to the job ad (a host of the config\'s jobDomains).',
    schema: {
      type: 'object',
      properties: { types: postTypesSchema },
      additionalProperties: false,
    },
    messages: { default: [], notJobAd: ['hosts'] },
  },
  create(options, env) {
    const types = options.types ?? ['job'];
    const jobDomains = env.settings.jobDomains;
    const shown = jobDomains.slice(0, HOSTS_SHOWN).join(', ') + (jobDomains.length > HOSTS_SHOWN ? ', …' : '');
    const isJobAd = (url: string): boolean => {
      const parsed = parsePageUrl(url);
      return parsed !== undefined && jobDomains.some((entry) => matchesHostPath(parsed, entry));
    };
    return (context) => {
      const { draft } = context;
      const type = postType(draft);
      if (!types.includes(type)) return;
      const links = draft.model.links;
      if (links.length > 0 && (jobDomains.length === 0 || links.some((l) => isJobAd(l.url)))) return;
      if (links.length > 0) {
        const first = [...links].sort((a, b) => a.start - b.start)[0]!;
        context.report({ start: first.start, end: first.end, messageId: 'notJobAd', data: { hosts: shown } });
        return;
      }
      const post = scopeRanges(draft, 'post')[0];
      const at = draft.frontmatter.type?.range ?? (post ? headOf(draft, post) : { start: 0, end: 0 });
      context.report({ ...at, data: { type } });
    };
  },
});
