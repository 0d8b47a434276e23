/**
 * Journal/case numbers and e-mail addresses in free text (case-handling/identifiers).
 *
 * Facts: danish-facts §6.4 (e-mail: private providers vs the region's functional mailboxes on
 * rn.dk) and §6.5 (case/journal labels, e.g. "Journalnummer: 2023-212-0015"). Strategy
 * "Persondata": no case work on public social media.
 *
 * Pure functions, no I/O. Labels are literals found by the text layer's phrase matcher over the
 * text's tokens; no user text ever becomes a pattern. Only the identifier's shape after a label
 * is a (fixed) regular expression.
 */
import { PhraseMatcher } from '../../text/phrase-matcher.js';
import { stripDot } from '../../text/strip-dot.js';
import type { Token } from '../../text/token.js';
import { tokenize } from '../../text/tokenize.js';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Labels as one phrase matcher: literal, case-insensitive, a trailing "." optional ("j.nr." also
 * finds "j.nr 2026-…"). With `definite`, a label ending in "nummer" also matches its definite
 * form ("journalnummeret", "sagsnummeret"). Longest label first where several start at one word.
 */
export function labelMatcher(labels: readonly string[], definite = false): PhraseMatcher<string> {
  const entries = [...new Set(labels.map((l) => l.trim()).filter((l) => l.length > 0))].map((label) => {
    const body = stripDot(label);
    const forms = definite && /nummer$/i.test(body) ? [body, `${body}et`] : [body];
    const phrase = body === label ? forms : forms.flatMap((form) => [`${form}.`, form]);
    return { phrase, payload: label, caseSensitive: false };
  });
  return new PhraseMatcher(entries);
}

/** Right after the label, on its line: an optional ":" or "#", then the identifier. */
const IDENTIFIER = /[ \t\u00A0]*(?:[:#][ \t\u00A0]*)?([\p{L}\p{N}][\p{L}\p{N}./\-]*)/uy;
/** A label right after one of these is part of something else ("x-sagsnr", "a.jnr"). */
const JOINED_BEFORE = /[\p{L}\p{N}_.\-]/u;
/** A label with a letter right after it runs into a word ("sagsnr.abc"). */
const LETTER = /\p{L}/u;

const cache = new Map<string, PhraseMatcher<string>>();

function caseLabels(labels: readonly string[]): PhraseMatcher<string> {
  const key = labels.join('\u0000');
  let matcher = cache.get(key);
  if (!matcher) cache.set(key, (matcher = labelMatcher(labels, true)));
  return matcher;
}

/**
 * Why: a journal or case number next to its label ("j.nr. 2026-212-0015", "sagsnr: 26/1234")
 * ties a public post to one person's case. Labels are literal and case-insensitive; the
 * identifier must contain at least one digit, so "sagsnummer er" or "journal nr. ukendt" do
 * not count. The span covers label + number; trailing punctuation is not part of the number.
 * `tokens` are those of `text` when the caller has them already.
 */
export function findCaseNumbers(text: string, labels: readonly string[], tokens?: readonly Token[]): TextSpan[] {
  const matcher = caseLabels(labels);
  if (matcher.size === 0) return [];
  const out: TextSpan[] = [];
  let reached = 0;
  for (const label of matcher.match(tokens ?? tokenize(text), text)) {
    const { start } = label;
    if (start < reached || JOINED_BEFORE.test(text.charAt(start - 1)) || LETTER.test(text.charAt(label.end))) continue;
    IDENTIFIER.lastIndex = label.end;
    const m = IDENTIFIER.exec(text);
    if (m === null) continue;
    const written = m[1]!;
    const id = written.replace(/[./\-]+$/u, '');
    if (!/\d/.test(id)) continue; // a later label on the line is still seen
    const end = label.end + m[0].length - (written.length - id.length);
    out.push({ start, end, text: text.slice(start, end) });
    reached = end;
  }
  return out;
}

/**
 * Why: the region's own functional mailboxes (region@rn.dk, cdh@rn.dk, …@aalborguh.rn.dk) are
 * fine to publish; an own domain matches itself and any sub-domain, case-insensitively, but
 * not look-alikes such as "xrn.dk" or "rn.dk.evil.com".
 */
export function isOwnDomain(domain: string, ownDomains: readonly string[]): boolean {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  if (d.length === 0) return false;
  return ownDomains.some((own) => {
    const o = own.trim().toLowerCase().replace(/^\.|\.$/g, '');
    return o.length > 0 && (d === o || d.endsWith(`.${o}`));
  });
}
