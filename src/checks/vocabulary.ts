/**
 * vocabulary: words the organisation has decided not to use (tone/vocabulary) — a built-in list
 * (outdated names of the region's units) plus config `vocabulary.reject`. Works like
 * `existence`; an entry with a replacement says what to write instead. Words in
 * `vocabulary.accept` are never reported (lib/word-list.ts), nor words inside links and e-mail
 * addresses.
 */
import { compileWordList, wordListSchema, type WordListOptions } from './lib/word-list.js';
import { defineCheckKind } from './types.js';

export const vocabulary = defineCheckKind<WordListOptions>({
  name: 'vocabulary',
  meta: {
    description: "Reports listed words and the config's vocabulary.reject words.",
    schema: { type: 'object', properties: { ...wordListSchema }, additionalProperties: false },
    messages: { default: ['match', 'replacement', 'note'], rejected: ['match', 'note'] },
    lexicons: [{ option: 'lexicon', groupOptions: ['group'] }],
  },
  create(options, env) {
    const matcher = compileWordList({ ...options, words: [...(options.words ?? []), ...env.settings.vocabulary.reject] }, env);
    return (context) => {
      const { model } = context.draft;
      // A word inside a link or an e-mail address ("rn.dk/borgerservice") is an address, not a word.
      const addresses = model.entities.filter((e) => e.kind === 'url' || e.kind === 'email');
      let a = 0;
      for (const m of matcher.match(model)) {
        while (a < addresses.length && addresses[a]!.end <= m.start) a++;
        if (a < addresses.length && addresses[a]!.start < m.end) continue;
        const { replacement, note } = m.payload;
        context.report({
          start: m.start,
          end: m.end,
          messageId: replacement.length > 0 ? 'default' : 'rejected',
          data: { match: m.text, replacement: replacement.join(' / '), note: note ?? '' },
        });
      }
    };
  },
});
