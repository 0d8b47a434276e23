/** Every check kind by name. A rule's `check:` in a pack names one of these. */
import { draftProblem } from './draft-problem.js';
import { existence } from './existence.js';
import { metric } from './metric.js';
import { occurrence } from './occurrence.js';
import { substitution } from './substitution.js';
import type { CheckKind } from './types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const KINDS: ReadonlyArray<CheckKind<any>> = [draftProblem, existence, substitution, occurrence, metric];

const BY_NAME = new Map(KINDS.map((kind) => [kind.name, kind]));

export function getCheckKind(name: string): CheckKind | undefined {
  return BY_NAME.get(name) as CheckKind | undefined;
}

export function checkKinds(): ReadonlyArray<CheckKind> {
  return KINDS as ReadonlyArray<CheckKind>;
}
