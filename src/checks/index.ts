/** Every check kind by name. A rule's `check:` in a pack names one of these. */
import { draftProblem } from './draft-problem.js';
import { existence } from './existence.js';
import { metric } from './metric.js';
import { occurrence } from './occurrence.js';
import { substitution } from './substitution.js';
import type { CheckKind } from './types.js';
// Platform, hashtag, crisis and monitoring kinds (platform packs issue).
import { crisisHumor } from './crisis-humor.js';
import { crisisSteps } from './crisis-steps.js';
import { fold } from './fold.js';
import { hashtagCase } from './hashtag-case.js';
import { hashtagDuplicate } from './hashtag-duplicate.js';
import { hashtagFormat } from './hashtag-format.js';
import { hashtagLocal } from './hashtag-local.js';
import { jobLink } from './job-link.js';
import { length } from './length.js';
import { linkInCaption } from './link-in-caption.js';
import { markdownSyntax } from './markdown-syntax.js';
import { mediaRequired } from './media-required.js';
import { monitoring } from './monitoring.js';
// Tone-of-voice kinds (tone pack issue).
import { abbreviation } from './abbreviation.js';
import { passive } from './passive.js';
import { political } from './political.js';
import { readerAddress } from './reader-address.js';
import { shouting } from './shouting.js';
import { vocabulary } from './vocabulary.js';
// Compliance kinds: sender, consent, case handling (compliance issue).
import { caseProcessing } from './case-processing.js';
import { cprNumber } from './cpr-number.js';
import { identifiers } from './identifiers.js';
import { mediaConsent } from './media-consent.js';
import { referral } from './referral.js';
import { replySignature } from './reply-signature.js';
import { replyTarget } from './reply-target.js';
import { senderPage } from './sender-page.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const PLATFORM_KINDS: ReadonlyArray<CheckKind<any>> = [
  length,
  fold,
  mediaRequired,
  linkInCaption,
  markdownSyntax,
  jobLink,
  hashtagLocal,
  hashtagFormat,
  hashtagCase,
  hashtagDuplicate,
  crisisSteps,
  crisisHumor,
  monitoring,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const TONE_KINDS: ReadonlyArray<CheckKind<any>> = [passive, abbreviation, shouting, readerAddress, political, vocabulary];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const COMPLIANCE_KINDS: ReadonlyArray<CheckKind<any>> = [
  senderPage,
  replySignature,
  replyTarget,
  mediaConsent,
  cprNumber,
  identifiers,
  caseProcessing,
  referral,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const KINDS: ReadonlyArray<CheckKind<any>> = [draftProblem, existence, substitution, occurrence, metric, ...PLATFORM_KINDS, ...TONE_KINDS, ...COMPLIANCE_KINDS];

const BY_NAME = new Map(KINDS.map((kind) => [kind.name, kind]));

export function getCheckKind(name: string): CheckKind | undefined {
  return BY_NAME.get(name) as CheckKind | undefined;
}

export function checkKinds(): ReadonlyArray<CheckKind> {
  return KINDS as ReadonlyArray<CheckKind>;
}
