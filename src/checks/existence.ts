/** existence: report every occurrence of a word or phrase from a list (Vale's `existence`). */
import { compileWordList, wordListSchema, type WordListOptions } from './lib/word-list.js';
import type { CheckKind } from './types.js';

export const existence: CheckKind<WordListOptions> = {
  name: 'existence',
  description: 'Reports every occurrence of a listed word or phrase.',
  optionsSchema: { type: 'object', properties: { ...wordListSchema }, additionalProperties: false },
  create(options, env) {
    const matcher = compileWordList(options, env);
    return (context) => {
      const { model } = context.draft;
      for (const m of matcher.match(model.tokens, model.prose)) {
        context.report({
          start: m.start,
          end: m.end,
          data: { match: m.text.replace(/\s+/g, ' '), replacement: m.payload.replacement.join(' / '), note: m.payload.note ?? '' },
        });
      }
    };
  },
};
