/**
 * Reply signatures (sender/reply-signature).
 *
 * Strategy, "Fælles visuel identitet": "Region Nordjylland eller dén specifikke virksomhed,
 * klinik eller speciale skal nævnes som afsender i kommentarerne på sociale medier."
 * danish-facts §7.6: sign-offs such as "Mvh. Region Nordjylland" or
 * "/Kommunikation, Aalborg Universitetshospital". A reply from a page is signed by a person AND
 * the region or a unit, so the reader knows who answers.
 *
 * Pure functions, no I/O. Names are literals matched case-insensitively over the tokens of the
 * line, by the same NameMatcher (lib/sender-names.ts, the text layer's phrase matcher) that the
 * rule uses to choose its message, so a name followed by a Danish genitive "s" counts in both: "/Mette, Region Nordjyllands presseafdeling" is a person
 * and a unit (the region's press office), "/Region Nordjyllands presseafdeling" a unit without a
 * person.
 */
import { stripDot } from '../../text/strip-dot.js';
import { NameMatcher } from './sender-names.js';

export interface ReplySignature {
  /** Offset of the first character of the signature (greeting line included). */
  start: number;
  /** Offset just after the last character of the signature. */
  end: number;
  /** The person as written, e.g. "Mette" or "Anne-Marie Jensen". */
  person: string;
  /** The matched name, spelled as in `names` (not as written in the draft). */
  unit: string;
}

export interface SenderNames {
  region: string[];
  units: string[];
}

interface Line {
  start: number;
  text: string;
}

interface Parsed {
  person: string;
  unit: string;
}

const matcherCache = new WeakMap<SenderNames, NameMatcher>();

/**
 * The one matcher of the region's and units' names for a name list, compiled once per list:
 * longest name first ("Psykiatrien i Region Nordjylland" wins over "Psykiatrien"), with an
 * optional genitive. Cached by the list itself, so a draft costs no work per name.
 */
export function unitMatcher(names: SenderNames): NameMatcher {
  let matcher = matcherCache.get(names);
  if (matcher === undefined) matcherCache.set(names, (matcher = new NameMatcher([...names.region, ...names.units])));
  return matcher;
}

const GREETING = String.raw`(?:(?:(?:med\s+)?(?:venlig(?:st)?|mange|kærlig(?:e)?|de\s+bedste|bedste)\s+)?hilsen(?:er)?|mvh\.?|vh\.?)`;

/** A line holding only a greeting: "Venlig hilsen", "Mvh.", "Hilsen,". */
const GREETING_ONLY = new RegExp(String.raw`^\s*${GREETING}\s*[,.!:]?\s*$`, 'iu');

/**
 * Where a signature may begin inside a line: a greeting word, or "/", "-", "–", "—", "~",
 * each at the line start or after white space / sentence punctuation ("Tak! /Mette, …").
 */
const MARKER = new RegExp(
  String.raw`(?<=^|[\s.!?:;()])(?:${GREETING}(?![\p{L}])[\s,:]*|(?:\/+|[-\u2013\u2014~]+)\s*)`,
  'giu',
);

/** A marker at the start of a line (used for the person line of a multi-line signature). */
const LEADING_MARKER = new RegExp(String.raw`^\s*(?:${GREETING}(?![\p{L}])[\s,:]*|(?:\/+|[-\u2013\u2014~]+)\s*)`, 'iu');

/** Between person and unit: ",", "–", "—", "|", a spaced "-", or "fra"/"på"/"hos"/"i". */
const SEPARATOR = /\s*(?:[,|\u2013\u2014]|(?<=\s)-(?=\s|$))\s*|\s+(?:fra|på|hos|i)(?:\s+|$)/iu;

const STOP_WORDS = new Set([
  'tak', 'hej', 'hilsen', 'venlig', 'venligst', 'mvh', 'vh', 'kære', 'vi', 'du', 'i', 'jeg', 'de', 'det',
  'den', 'der', 'ring', 'skriv', 'kontakt', 'se', 'læs', 'husk', 'god', 'godt', 'glædelig', 'ps', 'p.s',
  'region', 'regionen', 'afdelingen', 'ok', 'ja', 'nej', 'og', 'men', 'så',
]);

const NAME_PARTICLES = new Set(['af', 'da', 'de', 'del', 'den', 'der', 'di', 'la', 'le', 'van', 'von']);

/**
 * Why: only a person's name counts as the "who" of a signature; a sentence fragment ("Ring til
 * os") or a greeting must not. Strict mode (no marker such as "/" or "Mvh." in front) also asks
 * for capitalised words.
 */
function isPerson(candidate: string, strict: boolean): boolean {
  const p = candidate.trim();
  if (p.length === 0 || p.length > 60) return false;
  const tokens = p.split(/\s+/);
  if (tokens.length > 4) return false;
  if (!tokens.every((t) => /^\p{L}[\p{L}'’.\-]*$/u.test(t))) return false;
  const first = stripDot((tokens[0] ?? '').toLowerCase());
  if (STOP_WORDS.has(first)) return false;
  if (tokens.length === 1 && !strict) return true;
  return tokens.every((t, i) => /^\p{Lu}/u.test(t) || (i > 0 && NAME_PARTICLES.has(t.toLowerCase())));
}

/**
 * "Mette, Aalborg Universitetshospital" → person + unit; the unit may follow a department
 * ("Mette, Ortopædkirurgi, Aalborg UH") or be in the genitive before one ("Mette, Region
 * Nordjyllands presseafdeling").
 */
function parsePersonAndUnit(rest: string, matcher: NameMatcher, strict: boolean): Parsed | null {
  const u = matcher.find(rest);
  if (u === undefined) return null;
  const before = rest.slice(0, u.start);
  const sep = SEPARATOR.exec(before);
  if (sep === null) return null;
  const person = before.slice(0, sep.index).trim();
  if (!isPerson(person, strict)) return null;
  return { person, unit: u.name };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const stop = nl === -1 ? text.length : nl;
    const end = stop > pos && text[stop - 1] === '\r' ? stop - 1 : stop;
    lines.push({ start: pos, text: text.slice(pos, end) });
    if (nl === -1) break;
    pos = nl + 1;
  }
  return lines;
}

function contentStart(line: Line): number {
  return line.start + (line.text.length - line.text.trimStart().length);
}

function contentEnd(line: Line): number {
  return line.start + line.text.trimEnd().length;
}

/**
 * Why: sender/reply-signature needs to know whether a reply names a person AND the region or a
 * unit. Only the last non-empty line(s) are read, so a unit named in the body does not count.
 * Accepted forms: "/Mette, Aalborg Universitetshospital", "/Mette – Aalborg
 * Universitetshospital", "Venlig hilsen Jens, Regionshospital Nordjylland", "Mvh. Jens, Region
 * Nordjylland", "Hilsen Sofie fra Psykiatrien i Region Nordjylland", "- Anne, Den Præhospitale
 * Virksomhed", a signature at the end of the last line ("Tak! /Mette, …"), and the multi-line
 * form "Venlig hilsen\nJens\nRegionshospital Nordjylland". A unit without a person
 * ("/Aalborg Universitetshospital") or a person without a unit returns null.
 */
export function findReplySignature(text: string, names: SenderNames): ReplySignature | null {
  const matcher = unitMatcher(names);
  if (matcher.size === 0) return null;
  const lines = splitLines(text).filter((l) => l.text.trim().length > 0);
  const last = lines[lines.length - 1];
  if (last === undefined) return null;
  const prev = lines[lines.length - 2];
  const prev2 = lines[lines.length - 3];

  // 1. Person and unit on the last line.
  const candidates: Array<{ at: number; rest: string; strict: boolean }> = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(last.text); m !== null; m = MARKER.exec(last.text)) {
    if (m[0].length === 0) {
      MARKER.lastIndex++;
      continue;
    }
    candidates.push({ at: m.index, rest: last.text.slice(m.index + m[0].length), strict: false });
  }
  // After a full sentence without a marker ("Tak for din besked. Mette, Aalborg UH"): strict.
  for (const m of last.text.matchAll(/[.!?]+\s+/g)) {
    const at = m.index + m[0].length;
    candidates.push({ at, rest: last.text.slice(at), strict: true });
  }
  const prevIsGreeting = prev !== undefined && GREETING_ONLY.test(prev.text);
  // No marker: the whole line ("Jens, Regionshospital Nordjylland"), strict unless a greeting
  // line stands right above it.
  candidates.push({ at: 0, rest: last.text, strict: !prevIsGreeting });
  for (const c of candidates) {
    const parsed = parsePersonAndUnit(c.rest, matcher, c.strict);
    if (parsed === null) continue;
    const markerless = c === candidates[candidates.length - 1];
    const start = markerless && prevIsGreeting && prev ? contentStart(prev) : c.at === 0 ? contentStart(last) : last.start + c.at;
    return { start, end: contentEnd(last), ...parsed };
  }

  // 2. Person on the line above the unit ("Jens\nRegionshospital Nordjylland"), optionally with
  //    a greeting line above that.
  if (prev === undefined) return null;
  const unitLine = last.text.replace(LEADING_MARKER, '');
  const u = matcher.find(unitLine);
  if (u === undefined) return null;
  const beforeUnit = unitLine.slice(0, u.start);
  // Only a department may precede the unit on its own line ("Ortopædkirurgi, Aalborg UH").
  if (beforeUnit.trim().length > 0 && !/(?:[,|\u2013\u2014]|\s-)\s*$/u.test(beforeUnit)) return null;

  const greetingAbove = prev2 !== undefined && GREETING_ONLY.test(prev2.text);
  const lead = LEADING_MARKER.exec(prev.text);
  const personRest = lead ? prev.text.slice(lead[0].length) : prev.text;
  const sep = SEPARATOR.exec(personRest);
  const person = (sep ? personRest.slice(0, sep.index) : personRest).trim();
  if (matcher.find(personRest) !== undefined) return null;
  if (!isPerson(person, lead === null && !greetingAbove)) return null;
  return {
    start: greetingAbove && prev2 ? contentStart(prev2) : contentStart(prev),
    end: contentEnd(last),
    person,
    unit: u.name,
  };
}
