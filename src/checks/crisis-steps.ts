/**
 * crisis-steps: a crisis post should go through the strategy's five steps of crisis management
 * (stop escalation, take responsibility, show empathy, give ongoing information, show the way
 * forward). Each step is a phrase bank, a group of rules/lexicon/crisis.yml; a step with no phrase
 * in the post is reported by name (messageId = the group's name; the pack's message for it
 * suggests phrases from the bank).
 * A clock time ("kl. 14", "kl. 12.30", "klokken 9") also counts for the `clockTimeStep` step:
 * the next update at a concrete time is ongoing information.
 */
import type { PostType } from '../draft/types.js';
import { lazy } from './lib/lazy.js';
import { LiteralList } from './lib/literal-list.js';
import { postType, postTypesSchema } from './lib/post-type.js';
import { headOf, scopeRanges } from './lib/scopes.js';
import type { CheckKind } from './types.js';

export interface CrisisStepsOptions {
  lexicon: string;
  /** Groups of the lexicon, one per step, in the strategy's order. */
  steps: string[];
  types?: PostType[];
  clockTimeStep?: string;
}

// danish-facts §11.2 "Detection": kl\.\s?\d{1,2}([.:]\d{2})?, plus the spelled-out "klokken".
const CLOCK_TIME = /(?<![\p{L}\p{N}])(?:kl\.?|klokken)\s?(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?(?![\p{L}\p{N}]|[.:]\d)/iu;

export const crisisSteps: CheckKind<CrisisStepsOptions> = {
  name: 'crisis-steps',
  description: 'Reports each of the five crisis-communication steps that a crisis post does not take.',
  optionsSchema: {
    type: 'object',
    required: ['lexicon', 'steps'],
    properties: {
      lexicon: { type: 'string', description: 'Phrase banks relative to the pack (rules/lexicon/crisis.yml)' },
      steps: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
      types: postTypesSchema,
      clockTimeStep: { type: 'string' },
    },
    additionalProperties: false,
  },
  create(options, env) {
    const lexicon = env.lexicon(options.lexicon);
    const types = options.types ?? ['crisis'];
    for (const name of options.steps) if (!lexicon.groups[name]) throw new Error(`${options.lexicon} has no group "${name}"`);
    const steps = lazy(() => options.steps.map((name, i) => ({ name, number: i + 1, list: new LiteralList(lexicon.groups[name]!) })));
    return (context) => {
      const { draft } = context;
      if (!types.includes(postType(draft))) return;
      const post = scopeRanges(draft, 'post')[0];
      if (!post) return;
      const prose = draft.model.prose;
      const at = headOf(draft, post);
      for (const step of steps()) {
        if (step.list.match(prose).length > 0) continue;
        if (step.name === options.clockTimeStep && CLOCK_TIME.test(prose)) continue;
        context.report({ ...at, messageId: step.name, data: { step: step.number } });
      }
    };
  },
};
