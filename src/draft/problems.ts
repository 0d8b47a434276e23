/**
 * Problems with the file itself, found while reading it (or, for `notWritable`, while --fix saves
 * it), as typed codes. Each kind feeds one `draft/*` rule (through the `draft` check kind); each
 * code is a message id of that rule, with the placeholders its data fills. Other layers test
 * codes, never message texts.
 */
import type { Range } from './types.js';

export const DRAFT_PROBLEMS = {
  encoding: { binary: ['line', 'column'], invalidUtf8: ['line', 'column', 'byte'], otherEncoding: ['encoding'], unreadable: ['code'] },
  frontmatter: {
    yaml: ['detail'],
    unclosed: [],
    notMap: [],
    unknownKey: ['key', 'known'],
    unknownKeySuggestion: ['key', 'suggestion'],
    notText: ['key'],
    notPlatform: ['key'],
    notMediaList: ['key'],
    notDate: ['value', 'key'],
    value: ['value', 'key', 'expected'],
    valueSuggestion: ['value', 'key', 'suggestion', 'expected'],
    missingSrc: [],
  },
  platform: { missing: ['known'], unknown: ['value', 'known'], unknownSuggestion: ['value', 'suggestion', 'known'] },
  empty: { default: [] },
  // Over `maxDraftBytes`: not decoded, nothing else is checked (src/draft/draft.ts).
  tooLarge: { default: ['size', 'limit'] },
  // Markdown that would make the parser slow (src/draft/complexity.ts): checked as plain text.
  tooComplex: { emphasis: ['line', 'count', 'limit'], brackets: ['line', 'count', 'limit'], nesting: ['line', 'count', 'limit'], nestingTotal: ['line', 'count', 'limit'] },
  // Found by --fix when it saves the fixed text (src/cli/safe-write.ts), not while reading.
  notWritable: { readOnly: [], hardLinked: ['links'], changedWhileFixing: [], writeFailed: ['reason'] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type DraftProblemKind = keyof typeof DRAFT_PROBLEMS;
export const DRAFT_PROBLEM_KINDS = Object.keys(DRAFT_PROBLEMS) as DraftProblemKind[];

/** Frontmatter codes after which nothing in the frontmatter can be read. */
export const UNREADABLE_FRONTMATTER: ReadonlySet<string> = new Set(['yaml', 'unclosed', 'notMap']);

/** A problem of one kind, with one of that kind's codes. */
export type DraftProblem = {
  [K in DraftProblemKind]: Range & {
    kind: K;
    code: keyof (typeof DRAFT_PROBLEMS)[K] & string;
    data: Record<string, string | number>;
    /** Set when the problem has no offset in the text (a byte that could not be decoded). */
    position?: { line: number; column: number };
  };
}[DraftProblemKind];

export type DraftProblemCode<K extends DraftProblemKind> = Extract<DraftProblem, { kind: K }>['code'];
