/**
 * abbreviation: internal abbreviations (AAUH, RHN …, from a lexicon) and capitals acronyms the
 * reader may not know (tone/abbreviation). An abbreviation is fine when it is spelled out at its
 * first use — "Aalborg Universitetshospital (AAUH)" or "AAUH (Aalborg Universitetshospital)" —
 * or when it is on the accept list (DR, EU, MitID …) or in config `vocabulary.accept`.
 * Only the first unexplained use of each abbreviation is reported. Capitals words that are
 * shouting (HUSK, VIGTIGT, "KOM NU") are tone/shouting's, never reported here (lib/caps.ts).
 */
import { analyseCaps, capsOptionsSchema, compileCapsVocabulary, type CapsOptions } from './lib/caps.js';
import { defineCheckKind } from './types.js';

export interface AbbreviationOptions extends CapsOptions {
  /** Also report capitals acronyms that are on no list (default true). */
  unknownAcronyms?: boolean;
}

export const abbreviation = defineCheckKind<AbbreviationOptions>({
  name: 'abbreviation',
  meta: {
    description: 'Reports internal abbreviations and unknown capitals acronyms that are not spelled out at first use.',
    schema: {
      type: 'object',
      properties: { ...capsOptionsSchema, unknownAcronyms: { type: 'boolean' } },
      additionalProperties: false,
    },
    messages: { default: ['match', 'expansion', 'note'], withNote: ['match', 'expansion', 'note'], unknown: ['match'] },
    requiredMessages: (options) => (options.unknownAcronyms === false ? ['default', 'withNote'] : ['default', 'withNote', 'unknown']),
    lexicons: [{ option: 'abbreviations' }, { option: 'accept' }, { option: 'shoutWords' }],
  },
  create(options, env) {
    const vocabulary = compileCapsVocabulary(options, env);
    const unknownAcronyms = options.unknownAcronyms ?? true;
    return (context) => {
      const reported = new Set<string>();
      for (const word of analyseCaps(context.draft.model, vocabulary).words) {
        if (word.defined || reported.has(word.text)) continue;
        if (word.cls === 'internal') {
          const expansion = word.entry?.replacement[0] ?? '';
          const note = word.entry?.note;
          context.report({ start: word.start, end: word.end, messageId: note ? 'withNote' : 'default', data: { match: word.text, expansion, note: note ?? '' } });
        } else if (word.cls === 'acronym' && unknownAcronyms && !word.inShout) {
          context.report({ start: word.start, end: word.end, messageId: 'unknown', data: { match: word.text } });
        } else continue;
        reported.add(word.text);
      }
    };
  },
});
