/**
 * reply-signature: a reply ends with a signature that names a person and the region or the unit
 * ("/Mette, Aalborg Universitetshospital", "Venlig hilsen Jens, Regionshospital Nordjylland").
 *
 * Strategy, "Fælles visuel identitet": "Region Nordjylland eller dén specifikke virksomhed,
 * klinik eller speciale skal nævnes som afsender i kommentarerne på sociale medier." The
 * signature parser is src/checks/lib/signature.ts; it reads the last lines of the published text
 * (editors' HTML comments are not published, so a note after the signature does not hide it).
 */
import { POST_TYPES, type PostType } from '../draft/types.js';
import { findReplySignature, unitMatcher } from './lib/signature.js';
import { senderNames } from './lib/sender-names.js';
import { postType } from './lib/post-type.js';
import { defineCheckKind } from './types.js';

export interface ReplySignatureOptions {
  /** Word list of sender names (rules/lexicon/units.yml). */
  lexicon: string;
  regionGroups?: string[];
  unitGroups?: string[];
  /** Post types that must be signed; default: replies. */
  types?: PostType[];
}

/** A last line that starts like a signature: "/Mette", "- Mette", "Venlig hilsen", "Mvh.". */
const SIGNATURE_START = /^\s*(?:\/|[-\u2013\u2014~]|(?:(?:med\s+)?(?:venlig(?:st)?|mange|kærlig(?:e)?|de\s+bedste|bedste)\s+)?hilsen(?:er)?(?![\p{L}])|mvh\.?(?![\p{L}])|vh\.?(?![\p{L}]))/iu;

export const replySignature = defineCheckKind<ReplySignatureOptions>({
  name: 'reply-signature',
  meta: {
    description: 'Checks that a reply is signed with a person and the region or the unit.',
    schema: {
      type: 'object',
      required: ['lexicon'],
      properties: {
        lexicon: { type: 'string' },
        regionGroups: { type: 'array', items: { type: 'string' } },
        unitGroups: { type: 'array', items: { type: 'string' } },
        types: { type: 'array', items: { enum: POST_TYPES }, description: 'Post types to check (default: reply)' },
      },
      additionalProperties: false,
    },
    messages: { default: ['unit', 'page'], noUnit: ['unit', 'page'], noPerson: ['unit', 'page'] },
    lexicons: [{ option: 'lexicon', groupOptions: ['regionGroups', 'unitGroups'] }],
  },
  create(options, env) {
    const names = senderNames(env.lexicon(options.lexicon), options.regionGroups ?? ['region'], options.unitGroups ?? ['units', 'former-names'], env.settings);
    // The same matcher finds the signature and chooses the message, so both read "Region
    // Nordjyllands presseafdeling" as the region.
    const matcher = unitMatcher(names);
    const types = new Set<string>(options.types ?? ['reply']);
    return (context) => {
      const { draft } = context;
      if (!types.has(postType(draft))) return;
      const published = draft.model.published;
      const text = published.text;
      if (text.trim() === '') return;
      if (findReplySignature(text, names)) return;

      const lineStart = text.lastIndexOf('\n') + 1;
      const lastLine = text.slice(lineStart);
      const page = draft.frontmatter.page?.value;
      const unitInLine = matcher.find(lastLine);
      const unit = (page && matcher.find(page)?.name) ?? unitInLine?.name ?? names.region[0] ?? '';
      const messageId = unitInLine && (SIGNATURE_START.test(lastLine) || lastLine.trim().length <= unitInLine.end - unitInLine.start + 2)
        ? 'noPerson'
        : SIGNATURE_START.test(lastLine)
          ? 'noUnit'
          : 'default';
      const range = published.rangeToSource(lineStart + (lastLine.length - lastLine.trimStart().length), text.length);
      context.report({ ...range, messageId, data: { unit, page: page ?? '' } });
    };
  },
});
