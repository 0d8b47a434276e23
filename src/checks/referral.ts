/**
 * referral: a reply on a personal matter sends the person to the right channel – Digital Post
 * (sikker post), a phone number, the department, Patientkontoret – and not to a private message
 * on the platform (case-handling/referral).
 *
 * Strategy, "Persondata": "… her henvises der i stedet til den rette fagperson. Der opfordres til
 * at anvende sikker post til kommunikation med Region Nordjylland". danish-facts §0.7, §7.3: a
 * private message on Facebook or Instagram is still social media, not a secure channel.
 *
 * A reply is personal when lib/personal-matter.ts finds a sign of one person's case in it,
 * including sentences that decline, regret or thank for a complaint ("Tak for din klage").
 * Replies that are not personal (thanks, opening hours, parking, directions) need no referral,
 * and "skriv en PB" is fine there.
 */
import type { PostType } from '../draft/types.js';
import { needsReferral, PERSONAL_MATTER_GROUPS, personalMatterDetector } from './lib/personal-matter.js';
import { lazy } from './lib/lazy.js';
import { postType, replyCheckOptionsSchema } from './lib/post-type.js';
import { defineCheckKind } from './types.js';

export interface ReferralOptions {
  /** rules/lexicon/case-handling.yml */
  lexicon: string;
  /** Post types to check; default: replies. */
  types?: PostType[];
}

export const referral = defineCheckKind<ReferralOptions>({
  name: 'referral',
  meta: {
    description: 'Checks that a reply on a personal matter refers to a secure channel or the right professional.',
    schema: replyCheckOptionsSchema,
    messages: { default: ['match'], insecure: ['match'] },
    lexicons: [{ option: 'lexicon', groups: PERSONAL_MATTER_GROUPS }],
  },
  create(options, env) {
    const detector = lazy(() => personalMatterDetector(env.lexicon(options.lexicon), env.settings.vocabulary.accept));
    const types = new Set<string>(options.types ?? ['reply']);
    return (context) => {
      const { draft } = context;
      if (!types.has(postType(draft))) return;
      const matter = detector().analyse(draft);
      const first = matter.signals.find(needsReferral);
      if (first === undefined) return;
      for (const channel of matter.insecure) {
        context.report({ start: channel.start, end: channel.end, messageId: 'insecure', data: { match: channel.match } });
      }
      if (matter.referrals.length === 0 && matter.insecure.length === 0) {
        context.report({ start: first.start, end: first.end, data: { match: first.match } });
      }
    };
  },
});
