/** draft: the problems found while reading the file (encoding, frontmatter, platform, empty). */
import type { CheckKind } from './types.js';

export const draftProblem: CheckKind<Record<string, never>> = {
  name: 'draft',
  description: 'Reports what went wrong reading the draft itself, for the draft/* rules.',
  optionsSchema: { type: 'object', additionalProperties: false },
  create() {
    return (context) => {
      for (const problem of context.draft.problems) {
        if (problem.ruleId !== context.ruleId) continue;
        context.report({
          start: problem.start,
          end: problem.end,
          messageId: problem.messageId,
          data: problem.data,
          ...(problem.position ? { position: problem.position } : {}),
        });
      }
    };
  },
};
