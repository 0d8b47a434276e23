/**
 * sender-page: the page a draft is published from (frontmatter `page`), the sender the reader
 * sees. One kind, three requirements (sender/missing, sender/affiliation, sender/unknown-page):
 *
 * - `present`: the draft names its page.
 * - `affiliation`: the page name shows the tie to Region Nordjylland: it contains the region's
 *   or a unit's name (rules/lexicon/units.yml, config `units`), or it is a configured page.
 *   A name of another region ("Psykiatrien i Region Midtjylland") is never ours.
 * - `registered`: only with a page registry in the config: the page is registered for the
 *   platform the draft is linted for.
 *
 * Strategy, "Fælles visuel identitet" ("Sidenavnene på sociale medier skal synliggøre en
 * tilknytning til Region Nordjylland") and "Sider på sociale medier" (the region's own list of
 * pages and the criteria for creating one).
 */
import type { Page } from '../core/settings.js';
import { wordsOfGroups } from '../core/lexicon.js';
import { didYouMean } from '../core/suggest.js';
import { frontmatterUnreadable } from '../draft/draft.js';
import { platformName } from './lib/post-type.js';
import { frontmatterHead } from './lib/scopes.js';
import { NameMatcher, normaliseName } from './lib/sender-names.js';
import { defineCheckKind } from './types.js';

export interface SenderPageOptions {
  require: 'present' | 'affiliation' | 'registered';
  /** Word list with the region's and its units' names (rules/lexicon/units.yml). */
  lexicon?: string;
  /** Its groups that show a tie. */
  groups?: string[];
  /** Word list of names that belong to someone else, and its groups (rules/lexicon/pages.yml). */
  notOurs?: { lexicon: string; groups: string[] };
}

const REQUIREMENTS = ['present', 'affiliation', 'registered'] as const;

const REQUIRED_BY_REQUIREMENT: Record<SenderPageOptions['require'], readonly string[]> = {
  present: ['default'],
  affiliation: ['default', 'otherOrganisation'],
  registered: ['default', 'suggestion', 'otherPlatform', 'otherPlatformNoPages', 'noPages'],
};

export const senderPage = defineCheckKind<SenderPageOptions>({
  name: 'sender-page',
  meta: {
    description: 'Checks the page a draft is published from: named, tied to the region, registered for the platform.',
    schema: {
      type: 'object',
      required: ['require'],
      properties: {
        require: { enum: REQUIREMENTS },
        lexicon: { type: 'string', description: 'Word list of sender names (rules/lexicon/units.yml)' },
        groups: { type: 'array', items: { type: 'string' }, description: 'Groups of the word list that show a tie to the region' },
        notOurs: {
          type: 'object',
          required: ['lexicon', 'groups'],
          properties: { lexicon: { type: 'string' }, groups: { type: 'array', items: { type: 'string' } } },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
    messages: { default: ['page', 'platform', 'known', 'suggestion'], otherOrganisation: ['page', 'other'], suggestion: ['page', 'platform', 'known', 'suggestion'], otherPlatform: ['page', 'platform', 'known', 'platforms'], otherPlatformNoPages: ['page', 'platform', 'known', 'platforms'], noPages: ['page', 'platform', 'known'] },
    requiredMessages: (options) => REQUIRED_BY_REQUIREMENT[options.require],
    lexicons: [{ option: 'lexicon', groupOptions: ['groups'], groups: ['region'] }, { option: 'notOurs.lexicon', groupOptions: ['notOurs.groups'] }],
  },
  create(options, env) {
    const { settings } = env;
    switch (options.require) {
      case 'present':
        return (context) => {
          const { draft } = context;
          if (draft.frontmatter.page || frontmatterUnreadable(draft, 'page')) return;
          context.report({ ...frontmatterHead(draft) });
        };

      case 'affiliation': {
        const names = options.lexicon ? env.lexicon(options.lexicon) : undefined;
        const listed = names ? wordsOfGroups(names, options.groups ?? []) : [];
        const ours = new NameMatcher([...listed, ...settings.units, ...settings.pages.map((p) => p.name)]);
        const registered = new Set(settings.pages.map((p) => normaliseName(p.name)));
        const theirs = new NameMatcher(options.notOurs ? wordsOfGroups(env.lexicon(options.notOurs.lexicon), options.notOurs.groups) : []);
        // "Region Nordjylland og Region Midtjylland" is still ours; "Psykiatrien i Region Midtjylland" is not.
        const region = new NameMatcher(names?.groups['region'] ?? []);
        return (context) => {
          const page = context.draft.frontmatter.page;
          if (!page || page.value === '') return;
          if (registered.has(normaliseName(page.value))) return;
          const other = theirs.find(page.value);
          if (other && !region.find(page.value)) {
            context.report({ ...page.range, messageId: 'otherOrganisation', data: { page: page.value, other: other.name } });
            return;
          }
          if (!ours.find(page.value)) context.report({ ...page.range, data: { page: page.value } });
        };
      }

      case 'registered':
        return (context) => {
          const page = context.draft.frontmatter.page;
          const platform = context.platform;
          if (!page || page.value === '' || platform === undefined || settings.pages.length === 0) return;
          const key = normaliseName(page.value);
          const onPlatform = settings.pages.filter((p) => p.platforms.includes(platform));
          if (onPlatform.some((p) => normaliseName(p.name) === key)) return;
          const known = onPlatform.map((p) => p.name);
          const elsewhere = settings.pages.filter((p) => normaliseName(p.name) === key);
          // Platforms by the names people know them by: »på Facebook«, not »på facebook«.
          const data = { page: page.value, platform: platformName(platform), known: known.join(', ') };
          if (elsewhere.length > 0) {
            const platforms = [...new Set(elsewhere.flatMap((p: Page) => p.platforms))].map(platformName).join(', ');
            context.report({ ...page.range, messageId: known.length > 0 ? 'otherPlatform' : 'otherPlatformNoPages', data: { ...data, platforms } });
            return;
          }
          if (known.length === 0) {
            context.report({ ...page.range, messageId: 'noPages', data });
            return;
          }
          const suggestion = didYouMean(page.value, known, normaliseName, 1 / 4);
          context.report({ ...page.range, messageId: suggestion ? 'suggestion' : 'default', data: { ...data, suggestion: suggestion ?? '' } });
        };
    }
  },
});

