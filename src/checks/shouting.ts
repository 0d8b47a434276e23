/**
 * shouting: words in capitals and runs of "!!!" / "???" (tone/shouting). Capitals words are
 * sorted by lib/caps.ts: known and internal abbreviations (EU, AAUH) and unknown acronyms
 * (tone/abbreviation's) are not shouting; a Danish word in capitals is (HUSK, VIGTIGT), and so
 * is a run of capitals words ("KOM NU", "HUSK AT BOOKE TID"), reported once per run. Hashtags,
 * mentions and URLs are left out. A run of `punctuation` or more "!" and "?" is shouting too.
 */
import { analyseCaps, capsOptionsSchema, compileCapsVocabulary, type CapsOptions } from './lib/caps.js';
import { defineCheckKind } from './types.js';

export interface ShoutingOptions extends CapsOptions {
  /** Report runs of this many "!"/"?" or more (default 3); 0 turns it off. */
  punctuation?: number;
}

export const shouting = defineCheckKind<ShoutingOptions>({
  name: 'shouting',
  meta: {
    description: 'Reports words in capitals and runs of "!!!" or "???".',
    schema: {
      type: 'object',
      properties: { ...capsOptionsSchema, punctuation: { type: 'integer', minimum: 0 } },
      additionalProperties: false,
    },
    messages: { default: ['match'], punctuation: ['match'] },
    lexicons: [{ option: 'abbreviations' }, { option: 'accept' }, { option: 'shoutWords' }],
  },
  create(options, env) {
    const vocabulary = compileCapsVocabulary(options, env);
    const punctuation = options.punctuation ?? 3;
    const marks = punctuation > 0 ? new RegExp(`[!?]{${punctuation},}`, 'g') : undefined;
    return (context) => {
      const { model } = context.draft;
      for (const run of analyseCaps(model, vocabulary).shoutRuns) {
        context.report({ ...run, data: { match: model.prose.slice(run.start, run.end) } });
      }
      if (!marks) return;
      for (const m of model.prose.matchAll(marks)) {
        context.report({ start: m.index, end: m.index + m[0].length, messageId: 'punctuation', data: { match: m[0] } });
      }
    };
  },
});
