/**
 * case-processing: a reply that handles one person's case in public – their case, treatment,
 * test results, diagnosis or complaint, addressed to them or naming them
 * (case-handling/public-case-processing).
 *
 * Strategy, "Persondata": "Uanset medie og side sagsbehandles der ikke på offentlige sociale
 * medier, men her henvises der i stedet til den rette fagperson." The heuristic is
 * lib/personal-matter.ts: a red-flag phrase, or a person reference with a case or health word,
 * sentence by sentence; general information, advice, declining, referring and thanks are not
 * case work. Replies about parking, opening hours or directions have no case word and pass.
 */
import type { PostType } from '../draft/types.js';
import { PERSONAL_MATTER_GROUPS, personalMatterDetector } from './lib/personal-matter.js';
import { lazy } from './lib/lazy.js';
import { postType, replyCheckOptionsSchema } from './lib/post-type.js';
import { defineCheckKind } from './types.js';

export interface CaseProcessingOptions {
  /** rules/lexicon/case-handling.yml */
  lexicon: string;
  /** Post types to check; default: replies. */
  types?: PostType[];
}

export const caseProcessing = defineCheckKind<CaseProcessingOptions>({
  name: 'case-processing',
  meta: {
    description: "Finds replies that discuss one person's case, treatment or health in public.",
    schema: replyCheckOptionsSchema,
    messages: { default: ['match'], redFlag: ['match'] },
    lexicons: [{ option: 'lexicon', groups: PERSONAL_MATTER_GROUPS }],
  },
  create(options, env) {
    const detector = lazy(() => personalMatterDetector(env.lexicon(options.lexicon), env.settings.vocabulary.accept));
    const types = new Set<string>(options.types ?? ['reply']);
    return (context) => {
      const { draft } = context;
      if (!types.has(postType(draft))) return;
      const reported = new Set<number>();
      for (const signal of detector().analyse(draft).signals) {
        if (signal.exempt || reported.has(signal.sentence.start)) continue;
        reported.add(signal.sentence.start);
        context.report({ start: signal.start, end: signal.end, messageId: signal.kind === 'redFlag' ? 'redFlag' : 'default', data: { match: signal.match } });
      }
    };
  },
});
