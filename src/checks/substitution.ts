/**
 * substitution: a listed word has a plainer alternative (Vale's `substitution`). Entries marked
 * `fix: true` are one-to-one swaps that `--fix` applies, keeping the original's capitalisation.
 */
import { matchCase } from '../text/match-case.js';
import { firstStartingFrom } from '../text/sorted-index.js';
import { compileWordList, wordListSchema, type WordListOptions } from './lib/word-list.js';
import type { TextModel } from '../draft/text-model.js';
import type { Range } from '../draft/types.js';
import { defineCheckKind } from './types.js';

export const substitution = defineCheckKind<WordListOptions>({
  name: 'substitution',
  meta: {
    description: 'Suggests a plainer word for each listed one; one-to-one swaps are fixable.',
    schema: { type: 'object', properties: { ...wordListSchema }, additionalProperties: false },
    messages: { default: ['match', 'replacement', 'note'], withNote: ['match', 'replacement', 'note'], noReplacement: ['match', 'note'] },
    fixable: true,
    lexicons: [{ option: 'lexicon', groupOptions: ['group'] }],
  },
  create(options, env) {
    const matcher = compileWordList(options, env);
    return (context) => {
      const { model, text } = context.draft;
      for (const m of matcher.match(model)) {
        const { replacement, fix, note, unlessInSentence } = m.payload;
        if (unlessInSentence && sentenceHas(model, m, unlessInSentence)) continue;
        const first = replacement[0];
        // Only plain text is swapped: a match across markup (`*i tilfælde* af at`) would cut it in half.
        const plain = text.slice(m.start, m.end).replace(/[\r\n]/g, ' ') === m.text;
        context.report({
          start: m.start,
          end: m.end,
          messageId: first === undefined ? 'noReplacement' : note ? 'withNote' : 'default',
          data: { match: m.text.replace(/\s+/g, ' '), replacement: replacement.map((r) => matchCase(m.text, r)).join(' / '), note: note ?? '' },
          ...(fix && first !== undefined && plain ? { fix: { range: [m.start, m.end] as [number, number], text: matchCase(m.text, first) } } : {}),
        });
      }
    };
  },
});

/** True when the sentence around `match` has one of `words` outside the match itself. */
function sentenceHas(model: TextModel, match: Range, words: readonly string[]): boolean {
  const sentence = model.sentencesIn(match)[0];
  if (!sentence) return false;
  const { tokens } = model;
  for (let i = firstStartingFrom(tokens, sentence.start); i < tokens.length && tokens[i]!.end <= sentence.end; i++) {
    const t = tokens[i]!;
    if ((t.end <= match.start || t.start >= match.end) && words.includes(t.lower)) return true;
  }
  return false;
}
