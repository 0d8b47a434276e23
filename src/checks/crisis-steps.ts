/**
 * crisis-steps: a crisis post should go through the strategy's five steps of crisis management
 * (stop escalation, take responsibility, show empathy, give ongoing information, show the way
 * forward). Each step is a phrase bank, a group of rules/lexicon/crisis.yml; a step with no phrase
 * in the post is missing. The missing steps are reported together, as one message at the start of
 * the post that names them (the step's label from the pack, in the message language): one
 * message per crisis draft, not five at line 1.
 * A clock time ("kl. 14", "kl. 12.30", "klokken 9") also counts for the `clockTimeStep` step:
 * the next update at a concrete time is ongoing information.
 */
import type { Lang, Localized } from '../core/lang.js';
import type { PostType } from '../draft/types.js';
import { lazy } from './lib/lazy.js';
import { LiteralList } from './lib/literal-list.js';
import { postType, postTypesSchema } from './lib/post-type.js';
import { headOf, scopeRanges } from './lib/scopes.js';
import { defineCheckKind } from './types.js';

export interface CrisisStep {
  /** The lexicon group with the step's phrases. */
  group: string;
  label: Localized;
}

export interface CrisisStepsOptions {
  lexicon: string;
  /** One per step, in the strategy's order. */
  steps: CrisisStep[];
  types?: PostType[];
  clockTimeStep?: string;
}

// danish-facts §11.2 "Detection": kl\.\s?\d{1,2}([.:]\d{2})?, plus the spelled-out "klokken".
const CLOCK_TIME = /(?<![\p{L}\p{N}])(?:kl\.?|klokken)\s?(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?(?![\p{L}\p{N}]|[.:]\d)/iu;

export const crisisSteps = defineCheckKind<CrisisStepsOptions>({
  name: 'crisis-steps',
  meta: {
    description: 'Reports each of the five crisis-communication steps that a crisis post does not take.',
    schema: {
      type: 'object',
      required: ['lexicon', 'steps'],
      properties: {
        lexicon: { type: 'string', description: 'Phrase banks relative to the pack (rules/lexicon/crisis.yml)' },
        steps: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['group', 'label'],
          properties: {
            group: { type: 'string' },
            label: { type: 'object', required: ['da', 'en'], properties: { da: { type: 'string' }, en: { type: 'string' } }, additionalProperties: false },
          },
          additionalProperties: false,
        },
      },
        types: postTypesSchema,
        clockTimeStep: { type: 'string' },
      },
      additionalProperties: false,
    },
    messages: { default: ['count', 'missing'] },
    lexicons: [{ option: 'lexicon', groupOptions: ['steps.group'] }],
  },
  create(options, env) {
    const lexicon = env.lexicon(options.lexicon);
    const types = options.types ?? ['crisis'];
    const steps = lazy(() => options.steps.map((step, i) => ({ ...step, number: i + 1, list: new LiteralList(lexicon.group(step.group)) })));
    return (context) => {
      const { draft } = context;
      if (!types.includes(postType(draft))) return;
      const post = scopeRanges(draft, 'post')[0];
      if (!post) return;
      const prose = draft.model.prose;
      const missing = steps().filter((step) => step.list.match(prose).length === 0 && !(step.group === options.clockTimeStep && CLOCK_TIME.test(prose)));
      if (missing.length === 0) return;
      const names = (lang: Lang): string => listing(missing.map((step) => `${step.number} »${step.label[lang]}«`), lang);
      context.report({ ...headOf(draft, post), data: { count: missing.length, missing: { da: names('da'), en: names('en') } } });
    };
  },
});

/** "1, 2 og 5" / "1, 2 and 5". */
function listing(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'da' ? 'og' : 'and'} ${items.at(-1)!}`;
}
