/**
 * crisis-humor: humour in a crisis post ("haha", "lol", ":)", "#fail", 😂 …). The markers are
 * groups of a lexicon (rules/lexicon/crisis.yml: `humor` and `humor-emoji`) plus `words`, matched
 * as literals in the running text, so emoticons and emoji are found as well as words. Emoji that
 * can be empathetic (💙, ❤️, 🙏) or informative (📞, ⚠️) are not in the lists and not reported.
 */
import type { PostType } from '../draft/types.js';
import { lazy } from './lib/lazy.js';
import { wordsOfGroups } from '../core/lexicon.js';
import { PhraseMatcher } from '../text/phrase-matcher.js';
import { postType, postTypesSchema } from './lib/post-type.js';
import { defineCheckKind } from './types.js';

export interface CrisisHumorOptions {
  lexicon?: string;
  /** Groups of the lexicon with text markers. */
  groups?: string[];
  /** Groups of the lexicon with emoji (reported with the `emoji` message). */
  emojiGroups?: string[];
  words?: string[];
  types?: PostType[];
}

const EMOJI = /\p{Extended_Pictographic}/u;

export const crisisHumor = defineCheckKind<CrisisHumorOptions>({
  name: 'crisis-humor',
  meta: {
    description: 'Reports humour markers and laughing or playful emoji in a crisis post.',
    schema: {
      type: 'object',
      properties: {
        lexicon: { type: 'string', description: 'Word list relative to the pack (rules/lexicon/crisis.yml)' },
        groups: { type: 'array', items: { type: 'string' } },
        emojiGroups: { type: 'array', items: { type: 'string' } },
        words: { type: 'array', items: { type: 'string' } },
        types: postTypesSchema,
      },
      additionalProperties: false,
    },
    messages: { default: ['match'], emoji: ['match'] },
    lexicons: [{ option: 'lexicon', groupOptions: ['groups', 'emojiGroups'] }],
  },
  create(options, env) {
    const lexicon = options.lexicon ? env.lexicon(options.lexicon) : undefined;
    const groups = [...(options.groups ?? []), ...(options.emojiGroups ?? [])];
    const markers = [...(lexicon ? wordsOfGroups(lexicon, groups) : []), ...(options.words ?? [])];
    const accepted = new Set(env.settings.vocabulary.accept.map((w) => w.toLowerCase()));
    const list = lazy(() => new PhraseMatcher(markers.filter((m) => !accepted.has(m.toLowerCase())).map((phrase) => ({ phrase, payload: phrase }))));
    const types = options.types ?? ['crisis'];
    return (context) => {
      const { draft } = context;
      if (!types.includes(postType(draft))) return;
      for (const m of list().match(draft.model.tokens, draft.model.prose)) {
        context.report({
          start: m.start,
          end: m.end,
          messageId: EMOJI.test(m.text) && !/[\p{L}\p{N}]/u.test(m.text) ? 'emoji' : 'default',
          data: { match: m.text.replace(/\s+/g, ' ') },
        });
      }
    };
  },
});
