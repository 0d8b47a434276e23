/**
 * draft: the problems found while reading the file (encoding, frontmatter, platform, empty),
 * one kind of problem per `draft/*` rule (`of`). The problem codes are the message ids.
 */
import { DRAFT_PROBLEM_KINDS, DRAFT_PROBLEMS, type DraftProblemKind } from '../draft/problems.js';
import { defineCheckKind, type MessageSpec } from './types.js';

export interface DraftProblemOptions {
  of: DraftProblemKind;
}

const MESSAGES: MessageSpec = Object.assign({}, ...Object.values(DRAFT_PROBLEMS)) as MessageSpec;

export const draftProblem = defineCheckKind<DraftProblemOptions>({
  name: 'draft',
  meta: {
    description: 'Reports what went wrong reading the draft itself, for the draft/* rules.',
    schema: { type: 'object', required: ['of'], properties: { of: { enum: DRAFT_PROBLEM_KINDS } }, additionalProperties: false },
    messages: MESSAGES,
    requiredMessages: (options) => Object.keys(DRAFT_PROBLEMS[options.of]),
    runsWithoutText: true,
  },
  create(options) {
    return (context) => {
      for (const problem of context.draft.problems) {
        if (problem.kind !== options.of) continue;
        context.report({
          start: problem.start,
          end: problem.end,
          messageId: problem.code,
          data: problem.data,
          ...(problem.position ? { position: problem.position } : {}),
        });
      }
    };
  },
});
