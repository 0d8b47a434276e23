/**
 * Journal/case numbers and e-mail addresses in free text (case-handling/identifiers).
 *
 * Facts: danish-facts §6.4 (e-mail: private providers vs the region's functional mailboxes on
 * rn.dk) and §6.5 (case/journal labels, e.g. "Journalnummer: 2023-212-0015"). Strategy
 * "Persondata": no case work on public social media.
 *
 * Pure functions, no I/O. Labels are escaped literals; no user text ever becomes a pattern.
 */
import { escapeRegExp } from '../../text/escape.js';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A label as a pattern: escaped, any white space run for a space, a trailing "." optional. */
function labelPattern(label: string): string {
  const trimmed = label.trim();
  const optionalDot = trimmed.endsWith('.');
  const body = optionalDot ? trimmed.slice(0, -1) : trimmed;
  const escaped = body
    .split(/\s+/)
    .map(escapeRegExp)
    .join('[\\s\\u00A0]+');
  // "journalnummeret", "sagsnummeret": allow the definite form of labels ending in "nummer".
  const definite = /nummer$/i.test(body) ? '(?:et)?' : '';
  return escaped + definite + (optionalDot ? '\\.?' : '');
}

const cache = new Map<string, RegExp>();

function labelRegExp(labels: readonly string[]): RegExp | null {
  const key = labels.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  const usable = [...new Set(labels.map((l) => l.trim()).filter((l) => l.length > 0))];
  if (usable.length === 0) return null;
  // Longest first, so "sags-nr." wins over a shorter label that is a prefix of it.
  usable.sort((a, b) => b.length - a.length);
  const alternatives = usable.map(labelPattern).join('|');
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}_.\\-])(?:${alternatives})(?![\\p{L}])` + // the label
      `[ \\t\\u00A0]*(?:[:#][ \\t\\u00A0]*)?` + // optional ":" or "#" and spaces (unambiguous)
      `([\\p{L}\\p{N}][\\p{L}\\p{N}./\\-]*)`, // the identifier
    'giu',
  );
  cache.set(key, re);
  return re;
}

/**
 * Why: a journal or case number next to its label ("j.nr. 2026-212-0015", "sagsnr: 26/1234")
 * ties a public post to one person's case. Labels are literal and case-insensitive; the
 * identifier must contain at least one digit, so "sagsnummer er" or "journal nr. ukendt" do
 * not count. The span covers label + number; trailing punctuation is not part of the number.
 */
export function findCaseNumbers(text: string, labels: readonly string[]): TextSpan[] {
  const re = labelRegExp(labels);
  if (re === null) return [];
  const out: TextSpan[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const id = (m[1] ?? '').replace(/[./\-]+$/u, '');
    const start = m.index;
    const end = start + m[0].length - ((m[1] ?? '').length - id.length);
    if (!/\d/.test(id)) {
      // Let the scan resume right after the label, so a later label on the line is still seen.
      re.lastIndex = start + 1;
      continue;
    }
    out.push({ start, end, text: text.slice(start, end) });
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
