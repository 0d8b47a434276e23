/**
 * E-mail addresses in text: the one finder the tokenizer, the text model and
 * case-handling/identifiers all use.
 */

export interface EmailMatch {
  start: number;
  end: number;
  text: string;
  /** The part after "@", as written (not lower-cased). */
  domain: string;
}

const LOCAL_CHAR = /[\p{L}\p{N}._%+\-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.\-]/u;

/**
 * Addresses from each "@" outwards, between `from` and `to`. Why it matters: an e-mail address of a private person (gmail.com, hotmail.dk …) in a public post or reply
 * exposes personal data, and e-mail is not a secure channel for health data. The scan starts
 * at each "@" and grows outwards over a bounded character class, so it is linear in the length
 * of the text (no regex backtracking on long runs without "@").
 */
export function findEmails(text: string, from = 0, to = text.length): EmailMatch[] {
  const out: EmailMatch[] = [];
  let lastEnd = from;
  for (let at = text.indexOf('@', from); at !== -1 && at < to; at = text.indexOf('@', at + 1)) {
    if (at < lastEnd) continue;
    let start = at;
    while (start > lastEnd && LOCAL_CHAR.test(text[start - 1] ?? '')) start--;
    while (start < at && /[.\-]/.test(text[start] ?? '')) start++; // no leading "." or "-"
    if (start === at) continue; // "@mention", no local part

    let end = at + 1;
    while (end < to && DOMAIN_CHAR.test(text[end] ?? '')) end++;
    // A sentence-final "." or a dash after the address is not part of it.
    while (end > at + 1 && /[.\-]/.test(text[end - 1] ?? '')) end--;
    const domain = text.slice(at + 1, end);
    if (!isPlausibleDomain(domain)) continue;
    out.push({ start, end, text: text.slice(start, end), domain });
    lastEnd = end;
  }
  return out;
}

function isPlausibleDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63) return false;
    if (label.startsWith('-') || label.endsWith('-')) return false;
  }
  return /^\p{L}{2,}$/u.test(labels[labels.length - 1] ?? '');
}
