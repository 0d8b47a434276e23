/**
 * identifiers: journal and case numbers next to their label ("j.nr. 2026-212-0015",
 * "sagsnr: 26/1234") and e-mail addresses outside the region's own domains, in the published
 * text (case-handling/identifiers).
 *
 * Strategy, "Persondata": "Uanset medie og side sagsbehandles der ikke på offentlige sociale
 * medier … Der opfordres til at anvende sikker post". danish-facts §6.4, §6.5. A case number ties
 * the post to one person's case; a private person's e-mail address is personal data, and e-mail
 * is no secure channel for health matters. Detection is lib/identifiers.ts.
 *
 * Which text: what the platform shows (the body, code included, minus editors' comments).
 * Frontmatter is not scanned: `consent:` legitimately holds a reference such as a journal number.
 */
import { findEmails } from '../text/email.js';
import { findCaseNumbers, isOwnDomain } from './lib/identifiers.js';
import { wordsOfGroups } from '../core/lexicon.js';
import { defineCheckKind } from './types.js';

export interface IdentifiersOptions {
  /** rules/lexicon/identifiers.yml */
  lexicon: string;
  /** Groups with case and journal labels. */
  labelGroups?: string[];
}

export const identifiers = defineCheckKind<IdentifiersOptions>({
  name: 'identifiers',
  meta: {
    description: "Finds journal and case numbers and e-mail addresses outside the region's own domains.",
    schema: {
      type: 'object',
      required: ['lexicon'],
      properties: { lexicon: { type: 'string' }, labelGroups: { type: 'array', items: { type: 'string' } } },
      additionalProperties: false,
    },
    messages: { caseNumber: ['match'], email: ['match', 'domain', 'own'] },
    lexicons: [{ option: 'lexicon', groupOptions: ['labelGroups'] }],
  },
  create(options, env) {
    const labels = wordsOfGroups(env.lexicon(options.lexicon), options.labelGroups ?? ['case-labels']);
    const own = env.settings.ownDomains;
    return (context) => {
      const published = context.draft.model.published;
      const { text } = published;
      // Read from the draft's own token stream where it holds the published text (most posts).
      const stream = context.draft.model.publishedStream;
      for (const m of findCaseNumbers(stream.text, labels, stream.tokens)) {
        context.report({ ...published.rangeToSource(m.start - stream.offset, m.end - stream.offset), messageId: 'caseNumber', data: { match: m.text.replace(/\s+/g, ' ') } });
      }
      for (const m of findEmails(text)) {
        if (isOwnDomain(m.domain, own)) continue;
        context.report({ ...published.rangeToSource(m.start, m.end), messageId: 'email', data: { match: m.text, domain: m.domain, own: own.join(', ') } });
      }
    };
  },
});
