/**
 * crisis-steps: a crisis post should go through the strategy's five steps of crisis management
 * (stop escalation, take responsibility, show empathy, give ongoing information, show the way
 * forward). A step is taken when the post has
 * - a phrase of the step's bank, a group of rules/lexicon/crisis.yml ("vi beklager", "fremover"),
 *   not directly followed by "ikke" ("Vi forstår ikke, hvorfor …" is no empathy; "ikke at" is
 *   fine: "det er frustrerende ikke at vide"); or
 * - one of the step's `forms` (option `steps[].forms`): a sentence built the way the step is
 *   taken ("Skal du til blodprøve, kan du …", "Ring til os …", "på grund af et nedbrud hos …",
 *   "senere i dag"). The forms are small detectors in lib/crisis-forms.ts; their words are
 *   groups of the same lexicon.
 * A step with neither is missing. The missing steps are reported together, as one message at the
 * start of the post that names them (the step's label from the pack, in the message language):
 * one message per crisis draft, not five at line 1.
 * `clockTimeStep` (older packs) makes a clock time ("kl. 14") count for that step; the `time` form
 * does the same and more ("senere i dag", "om en time").
 */
import type { Lang, Localized } from '../core/lang.js';
import type { PostType } from '../draft/types.js';
import { PhraseMatcher, type PhraseMatch } from '../text/phrase-matcher.js';
import { CLOCK_TIME, CRISIS_FORM_GROUPS, CRISIS_FORMS, CrisisForms, formText, type CrisisForm } from './lib/crisis-forms.js';
import { lazy } from './lib/lazy.js';
import { postType, postTypesSchema } from './lib/post-type.js';
import { headOf, scopeRanges } from './lib/scopes.js';
import { defineCheckKind } from './types.js';

export interface CrisisStep {
  /** The lexicon group with the step's phrases. */
  group: string;
  label: Localized;
  /** Sentence forms that also take the step (lib/crisis-forms.ts). */
  forms?: CrisisForm[];
}

export interface CrisisStepsOptions {
  lexicon: string;
  /** One per step, in the strategy's order. */
  steps: CrisisStep[];
  types?: PostType[];
  clockTimeStep?: string;
}

/** "ikke" right after a phrase turns it round; "ikke at" (an infinitive) does not. */
const NEGATED = /^[^\S\r\n]+ikke(?![\p{L}\p{N}])(?![^\S\r\n]+at(?![\p{L}\p{N}]))/iu;

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
            forms: { type: 'array', items: { enum: CRISIS_FORMS }, uniqueItems: true, description: 'Sentence forms that also take the step' },
          },
          additionalProperties: false,
        },
      },
        types: postTypesSchema,
        clockTimeStep: { type: 'string', description: 'A clock time counts for this step (the `time` form does that and more)' },
      },
      additionalProperties: false,
    },
    messages: { default: ['count', 'missing'] },
    lexicons: [{ option: 'lexicon', groupOptions: ['steps.group'], groups: CRISIS_FORM_GROUPS }],
  },
  create(options, env) {
    const lexicon = env.lexicon(options.lexicon);
    const types = options.types ?? ['crisis'];
    const steps = lazy(() => options.steps.map((step, i) => ({ ...step, number: i + 1, list: new PhraseMatcher(lexicon.group(step.group).map((phrase) => ({ phrase, payload: phrase }))) })));
    const forms = lazy(() => new CrisisForms(lexicon));
    return (context) => {
      const { draft } = context;
      if (!types.includes(postType(draft))) return;
      const post = scopeRanges(draft, 'post')[0];
      if (!post) return;
      const { prose, tokens } = draft.model;
      const text = lazy(() => formText(draft.model));
      const taken = (step: ReturnType<typeof steps>[number]): boolean =>
        step.list.match(tokens, prose).some((m) => !negated(prose, m)) ||
        (step.group === options.clockTimeStep && CLOCK_TIME.test(prose)) ||
        (step.forms ?? []).some((form) => forms().has(form, text()));
      const missing = steps().filter((step) => !taken(step));
      if (missing.length === 0) return;
      const names = (lang: Lang): string => listing(missing.map((step) => `${step.number} »${step.label[lang]}«`), lang);
      context.report({ ...headOf(draft, post), data: { count: missing.length, missing: { da: names('da'), en: names('en') } } });
    };
  },
});

function negated(prose: string, m: PhraseMatch<string>): boolean {
  return NEGATED.test(prose.slice(m.end, m.end + 16));
}

/** "1, 2 og 5" / "1, 2 and 5". */
function listing(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'da' ? 'og' : 'and'} ${items.at(-1)!}`;
}
