/**
 * reader-address: talking about the reader instead of to the reader (tone/reader-address).
 * Two parts, one pass each:
 *
 * - listed phrases ("man bedes", "borgerne opfordres til", "undertegnede"), as `existence`;
 * - formal De / Dem / Deres, written with a capital in the middle of a sentence ("Hvis De har
 *   spørgsmål", "Vi sender Dem"). A capital "De" at the start of a sentence, a line, after a
 *   colon, a quote or a parenthesis usually means "they" and is left alone, and so is "De"
 *   before another capitalised word (a name: "De Radikale", "De Gamles By").
 */
import { compileWordList, wordListSchema, type WordListOptions } from './lib/word-list.js';
import { defineCheckKind } from './types.js';

export interface ReaderAddressOptions extends WordListOptions {
  /** Also report formal De/Dem/Deres mid-sentence (default true). */
  formalPronouns?: boolean;
}

/** A Map, not an object: a word of the text (»constructor«) must never find an inherited property. */
const FORMAL: ReadonlyMap<string, string> = new Map([
  ['De', 'du'],
  ['Dem', 'dig'],
  ['Deres', 'din / dit / dine'],
]);
/** A capital after one of these is a capital mid-sentence: a letter, a digit or a comma. */
const MID_SENTENCE = /[\p{L}\p{N},]/u;
const CAPITALISED = /^\p{Lu}/u;

export const readerAddress = defineCheckKind<ReaderAddressOptions>({
  name: 'reader-address',
  meta: {
    description: 'Reports impersonal or third-person address of the reader and formal De/Dem/Deres mid-sentence.',
    schema: {
      type: 'object',
      properties: { ...wordListSchema, formalPronouns: { type: 'boolean' } },
      additionalProperties: false,
    },
    messages: { default: ['match', 'replacement', 'note'], withNote: ['match', 'replacement', 'note'], formal: ['match', 'replacement'] },
    lexicons: [{ option: 'lexicon' }],
  },
  create(options, env) {
    const matcher = compileWordList(options, env);
    const formalPronouns = options.formalPronouns ?? true;
    return (context) => {
      const { draft } = context;
      const { model } = draft;
      const tokens = model.tokens;
      const phrases = matcher.match(model);
      for (const m of phrases) {
        context.report({
          start: m.start,
          end: m.end,
          messageId: m.payload.note ? 'withNote' : 'default',
          data: { match: m.text, replacement: m.payload.replacement.join(' / '), note: m.payload.note ?? '' },
        });
      }
      if (!formalPronouns) return;
      let p = 0;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        const plain = FORMAL.get(token.text);
        if (plain === undefined) continue;
        while (p < phrases.length && phrases[p]!.end <= token.start) p++;
        if (p < phrases.length && phrases[p]!.start <= token.start) continue; // already part of "De bedes"
        if (!isMidSentence(draft.text, model.prose, token.start)) continue;
        const next = tokens[i + 1];
        if (token.text === 'De' && next && /^\s+$/.test(model.prose.slice(token.end, next.start)) && CAPITALISED.test(next.text)) continue;
        context.report({ start: token.start, end: token.end, messageId: 'formal', data: { match: token.text, replacement: plain } });
      }
    };
  },
});

/** True when the last non-space character before `at` is a letter, digit or comma on the same line. */
function isMidSentence(text: string, prose: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(prose[i]!)) i--;
  if (i < 0 || !MID_SENTENCE.test(prose[i]!)) return false;
  return !/[\r\n]/.test(text.slice(i + 1, at)); // a line break in the file starts a new line of text
}
