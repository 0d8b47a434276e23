/**
 * cpr-number: a CPR number (or a health-sector replacement number, eCPR) anywhere in the file.
 *
 * Strategy, "Persondata" (no case work on public social media); danish-facts §6.1: publishing a
 * CPR number is not allowed without consent (databeskyttelsesloven § 11) and CPR-loven § 54
 * forbids public authorities from exposing it. Detection is lib/cpr.ts: DDMMYY-SSSS, DDMMYYSSSS
 * or DDMMYY SSSS with a real calendar date in the century given by the 7th digit, never modulus 11;
 * phone numbers, dates, prices, URLs and prefixed codes are left alone there.
 *
 * Which text: the WHOLE file – frontmatter values, code, HTML comments and alt texts included,
 * not only the published text. A draft file is shared, reviewed, committed and copied into the
 * platform by hand; a CPR number in an editor's note or a frontmatter field is already a leak,
 * and one copy-paste from being published. Offsets are file offsets, so messages point at it.
 *
 * The message never repeats the number: lint output ends up in CI logs and chat.
 */
import type { Draft } from '../draft/draft.js';
import { wordsOfGroups } from '../core/lexicon.js';
import type { PhraseMatcher } from '../text/phrase-matcher.js';
import { tokenize } from '../text/tokenize.js';
import { findCprNumbers, findEcprNumbers } from './lib/cpr.js';
import { labelMatcher } from './lib/identifiers.js';
import { defineCheckKind } from './types.js';

export interface CprNumberOptions {
  /** rules/lexicon/identifiers.yml */
  lexicon?: string;
  /** Labels that make a CPR-shaped number an order, invoice or account number. */
  notCprGroups?: string[];
  /** Words that keep it a CPR number even then ("cpr", "personnummer"). */
  cprGroups?: string[];
}

/** How far back on the same line a label may stand ("Ordrenummer: 0101901234"). */
const LABEL_REACH = 32;

/** Labels (lib/identifiers.ts: literal, case-insensitive, a trailing "." optional), or null for none. */
function labels(words: readonly string[]): PhraseMatcher<string> | null {
  const matcher = labelMatcher(words);
  return matcher.size > 0 ? matcher : null;
}

/** Is `offset` inside the text the platform shows (the body minus editors' comments)? */
function isPublished(draft: Draft, offset: number): boolean {
  if (offset < draft.model.body.start) return false;
  return !draft.model.comments.some((c) => offset >= c.start && offset < c.end);
}

export const cprNumber = defineCheckKind<CprNumberOptions>({
  name: 'cpr-number',
  meta: {
    description: 'Finds CPR numbers and eCPR replacement numbers with a valid date anywhere in the file.',
    schema: {
      type: 'object',
      properties: {
        lexicon: { type: 'string' },
        notCprGroups: { type: 'array', items: { type: 'string' } },
        cprGroups: { type: 'array', items: { type: 'string' } },
      },
      additionalProperties: false,
    },
    messages: { default: [], notPublished: [] },
    lexicons: [{ option: 'lexicon', groupOptions: ['cprGroups', 'notCprGroups'] }],
  },
  create(options, env) {
    const lexicon = options.lexicon ? env.lexicon(options.lexicon) : undefined;
    const notCpr = lexicon ? labels(wordsOfGroups(lexicon, options.notCprGroups ?? [])) : null;
    const cpr = lexicon ? labels(wordsOfGroups(lexicon, options.cprGroups ?? [])) : null;

    /** Why: "Ordrenummer 0101901234" is an order number whose digits happen to form a date. */
    const labelledOtherwise = (text: string, start: number): boolean => {
      if (notCpr === null) return false;
      // Only the reach is searched for the line start: scanning back to the previous line break
      // for every candidate made a long line quadratic (2 MB took minutes).
      const from = Math.max(0, start - LABEL_REACH);
      const lineStart = from + text.slice(from, start).lastIndexOf('\n') + 1;
      // The tokens of the text before the number on its line, within reach.
      const before = tokenize(text, lineStart, start);
      return notCpr.match(before, text).length > 0 && !(cpr !== null && cpr.match(before, text).length > 0);
    };

    return (context) => {
      const { draft } = context;
      const { text } = draft;
      const found = [...findCprNumbers(text), ...findEcprNumbers(text)].sort((a, b) => a.start - b.start);
      for (const m of found) {
        if (labelledOtherwise(text, m.start)) continue;
        context.report({ start: m.start, end: m.end, messageId: isPublished(draft, m.start) ? 'default' : 'notPublished' });
      }
    };
  },
});
