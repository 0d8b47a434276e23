/**
 * passive: s-passive and blive-passive above a density threshold (tone/passive-voice).
 *
 * One passive is often the right choice (the agent is unknown or does not matter), so a post is
 * only flagged when the share of its sentences with a passive is above `maxShare`, when it has
 * at least `minSentences` sentences and at least `minPassives` sentences with a passive (one
 * passive in a short post is not a style).
 * Then every passive in the post is reported, so the writer sees where to rewrite.
 * Detection is lib/passive.ts over the text model's sentences and words (hashtags, mentions and
 * URLs are not words); the exceptions (deponents, genitives, "diabetes" …) come from the lexicon.
 */
import { findPassives, passiveLexiconFromGroups, type PassiveHit, PASSIVE_GROUPS } from './lib/passive.js';
import { defineCheckKind } from './types.js';

export interface PassiveOptions {
  /** The passive word sets (rules/lexicon/passive.yml shape). */
  lexicon?: string;
  /** Flag the post when passive sentences / sentences is above this (0–1). */
  maxShare: number;
  /** Posts with fewer sentences than this are never flagged. */
  minSentences?: number;
  /** Posts with fewer passive sentences than this are never flagged: one passive is no style. */
  minPassives?: number;
}

export const passive = defineCheckKind<PassiveOptions>({
  name: 'passive',
  meta: {
    description: 'Reports each s-passive and blive-passive in a post whose share of passive sentences is above a maximum.',
    schema: {
      type: 'object',
      required: ['maxShare'],
      properties: {
        lexicon: { type: 'string', description: 'Passive word sets relative to the pack (rules/lexicon/passive.yml)' },
        maxShare: { type: 'number', minimum: 0, maximum: 1 },
        minSentences: { type: 'integer', minimum: 1 },
        minPassives: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
    messages: { default: ['match', 'passive', 'sentences', 'max'], blive: ['match', 'passive', 'sentences', 'max'] },
    lexicons: [{ option: 'lexicon', default: 'lexicon/passive.yml', groups: PASSIVE_GROUPS }],
  },
  create(options, env) {
    const lexicon = passiveLexiconFromGroups(env.lexicon(options.lexicon ?? 'lexicon/passive.yml').groups);
    const minSentences = options.minSentences ?? 1;
    const minPassives = options.minPassives ?? 1;
    return (context) => {
      const { model } = context.draft;
      const words = model.words;
      const sentences = model.sentences.filter((s) => s.wordCount > 0);
      if (sentences.length === 0 || sentences.length < minSentences) return;
      const hits: PassiveHit[] = [];
      let passiveSentences = 0;
      for (const sentence of sentences) {
        const found = findPassives(words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount), lexicon);
        if (found.length === 0) continue;
        passiveSentences++;
        hits.push(...found);
      }
      const share = passiveSentences / sentences.length;
      if (share <= options.maxShare || passiveSentences < minPassives) return;
      const data = {
        passive: passiveSentences,
        sentences: sentences.length,
        share: Math.round(share * 100),
        max: Math.round(options.maxShare * 100),
      };
      for (const hit of hits) {
        context.report({
          start: hit.start,
          end: hit.end,
          messageId: hit.kind === 'blive-passive' ? 'blive' : 'default',
          data: { ...data, match: hit.text },
        });
      }
    };
  },
});
