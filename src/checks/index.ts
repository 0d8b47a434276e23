/** Every check kind by name, alphabetically (ESLint's rule index). A pack's `check:` names one. */
import { abbreviation } from './abbreviation.js';
import { caseProcessing } from './case-processing.js';
import { cprNumber } from './cpr-number.js';
import { crisisHumor } from './crisis-humor.js';
import { crisisSteps } from './crisis-steps.js';
import { directive } from './directive.js';
import { draftProblem } from './draft-problem.js';
import { existence } from './existence.js';
import { fold } from './fold.js';
import { hashtagCase } from './hashtag-case.js';
import { hashtagDuplicate } from './hashtag-duplicate.js';
import { hashtagFormat } from './hashtag-format.js';
import { hashtagLocal } from './hashtag-local.js';
import { identifiers } from './identifiers.js';
import { jobLink } from './job-link.js';
import { length } from './length.js';
import { linkInCaption } from './link-in-caption.js';
import { markdownSyntax } from './markdown-syntax.js';
import { mediaConsent } from './media-consent.js';
import { mediaRequired } from './media-required.js';
import { metric } from './metric.js';
import { monitoring } from './monitoring.js';
import { occurrence } from './occurrence.js';
import { passive } from './passive.js';
import { political } from './political.js';
import { readerAddress } from './reader-address.js';
import { referral } from './referral.js';
import { replySignature } from './reply-signature.js';
import { replyTarget } from './reply-target.js';
import { senderPage } from './sender-page.js';
import { shouting } from './shouting.js';
import { substitution } from './substitution.js';
import type { CheckEnv, CheckKind, CheckRunner } from './types.js';
import { vocabulary } from './vocabulary.js';

/**
 * A kind of any options type. Options reach `create` only after the rule compiler has validated
 * them against the kind's own schema, which is what makes the one cast in `createRunner` safe.
 */
export type AnyCheckKind = CheckKind<never>;

const KINDS: readonly AnyCheckKind[] = [
  abbreviation,
  caseProcessing,
  cprNumber,
  crisisHumor,
  crisisSteps,
  directive,
  draftProblem,
  existence,
  fold,
  hashtagCase,
  hashtagDuplicate,
  hashtagFormat,
  hashtagLocal,
  identifiers,
  jobLink,
  length,
  linkInCaption,
  markdownSyntax,
  mediaConsent,
  mediaRequired,
  metric,
  monitoring,
  occurrence,
  passive,
  political,
  readerAddress,
  referral,
  replySignature,
  replyTarget,
  senderPage,
  shouting,
  substitution,
  vocabulary,
];

const BY_NAME = new Map(KINDS.map((kind) => [kind.name, kind]));

export const CHECK_KIND_NAMES: readonly string[] = KINDS.map((kind) => kind.name).sort();

export function getCheckKind(name: string): AnyCheckKind | undefined {
  return BY_NAME.get(name);
}

/** The kind's runner for options the compiler has validated against `kind.meta.schema`. */
export function createRunner(kind: AnyCheckKind, options: Readonly<Record<string, unknown>>, env: CheckEnv): CheckRunner {
  return kind.create(options as never, env);
}
