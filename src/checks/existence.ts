/** existence: report every occurrence of a word or phrase from a list (Vale's `existence`). */
import { compileWordList, wordListSchema, type WordListOptions } from './lib/word-list.js';
import { defineCheckKind } from './types.js';

export const existence = defineCheckKind<WordListOptions>({
  name: 'existence',
  meta: {
    description: 'Reports every occurrence of a listed word or phrase.',
    schema: { type: 'object', properties: { ...wordListSchema }, additionalProperties: false },
    messages: { default: ['match', 'replacement', 'note'] },
    lexicons: [{ option: 'lexicon', groupOptions: ['group'] }],
  },
  create(options, env) {
    const matcher = compileWordList(options, env);
    return (context) => {
      const { model } = context.draft;
      for (const m of matcher.match(model)) {
        context.report({
          start: m.start,
          end: m.end,
          data: { match: m.text.replace(/\s+/g, ' '), replacement: m.payload.replacement.join(' / '), note: m.payload.note ?? '' },
        });
      }
    };
  },
});
