/**
 * reply-target: a reply answers a post on one of the region's own pages (sender/own-pages-only).
 *
 * Strategy, 8 Krisekommunikation: "I Region Nordjylland kommunikerer vi kun på vores egne sider,
 * da vi ikke finder det nødvendigt eller relevant at interagere på private eller andre sider."
 *
 * The reply's `in-reply-to` must be there and be a URL. With a page registry in the config
 * (`pages` with `urls`) it must be on a registered page (host and path prefix, see
 * lib/page-urls.ts). Without one, only URLs that clearly are not the region's page are flagged:
 * personal profiles, groups, news sites and other organisations' web sites.
 */
import type { PostType } from '../draft/types.js';
import { wordsOfGroups } from '../core/lexicon.js';
import { isUrlOfPage, matchesHostPath, onDomain, parsePageUrl, type PageUrl } from './lib/page-urls.js';
import { frontmatterUnreadable } from '../draft/draft.js';
import { frontmatterHead } from './lib/scopes.js';
import { postType, replyCheckOptionsSchema } from './lib/post-type.js';
import { defineCheckKind } from './types.js';

export interface ReplyTargetOptions {
  /** rules/lexicon/pages.yml with the groups social-hosts, personal-profile-paths, group-paths, news-sites. */
  lexicon: string;
  types?: PostType[];
}

type Verdict = 'personal' | 'group' | 'news' | 'foreign' | undefined;

export const replyTarget = defineCheckKind<ReplyTargetOptions>({
  name: 'reply-target',
  meta: {
    description: "Checks that a reply's in-reply-to is a post on one of the region's own pages.",
    schema: replyCheckOptionsSchema,
    messages: { missing: [], notUrl: ['url'], unregistered: ['url', 'host'], personal: ['url', 'host'], group: ['url', 'host'], news: ['url', 'host'], foreign: ['url', 'host'] },
    lexicons: [{ option: 'lexicon', groups: ['social-hosts', 'personal-profile-paths', 'group-paths', 'news-sites'] }],
  },
  create(options, env) {
    const lexicon = env.lexicon(options.lexicon);
    const socialHosts = wordsOfGroups(lexicon, ['social-hosts']);
    const personalPaths = wordsOfGroups(lexicon, ['personal-profile-paths']);
    const groupPaths = wordsOfGroups(lexicon, ['group-paths']);
    const newsSites = wordsOfGroups(lexicon, ['news-sites']);
    const { settings } = env;
    const registry = settings.pages.flatMap((page) =>
      page.urls.flatMap((raw) => {
        const url = parsePageUrl(raw);
        return url ? [{ page, url }] : [];
      }),
    );
    const types = new Set<string>(options.types ?? ['reply']);

    /** Why: the message names what the URL is, so the editor sees why it is not ours. */
    const classify = (url: PageUrl): Verdict => {
      if (personalPaths.some((entry) => matchesHostPath(url, entry))) return 'personal';
      if (groupPaths.some((entry) => matchesHostPath(url, entry))) return 'group';
      if (newsSites.some((site) => onDomain(url.host, site))) return 'news';
      if (socialHosts.some((host) => onDomain(url.host, host))) return undefined;
      if (settings.ownDomains.some((own) => onDomain(url.host, own))) return undefined;
      return 'foreign';
    };

    return (context) => {
      const { draft } = context;
      if (!types.has(postType(draft))) return;
      const inReplyTo = draft.frontmatter.inReplyTo;
      if (!inReplyTo) {
        if (!frontmatterUnreadable(draft, 'in-reply-to')) context.report({ ...frontmatterHead(draft), messageId: 'missing' });
        return;
      }
      const url = parsePageUrl(inReplyTo.value);
      if (!url) {
        context.report({ ...inReplyTo.range, messageId: 'notUrl', data: { url: inReplyTo.value } });
        return;
      }
      const verdict = classify(url);
      const data = { url: url.raw, host: url.host };
      if (registry.length > 0) {
        if (registry.some((r) => isUrlOfPage(url, r.url))) return;
        context.report({ ...inReplyTo.range, messageId: verdict ?? 'unregistered', data });
        return;
      }
      if (verdict) context.report({ ...inReplyTo.range, messageId: verdict, data });
    };
  },
});
