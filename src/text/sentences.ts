/**
 * Sentence boundaries over the tokens of `tokenize`. Abbreviations, numbers, dates, times and
 * amounts are single tokens with their dots inside, so most of ICU's false ends ("kl. 14.30",
 * "bl.a.", "tlf. 97 64 80 00") never arise; the rules below settle the rest.
 *
 * A sentence ends
 * - at a run of ". ! ? …" (also "?!" and "..."), after the closing quotes and brackets that touch
 *   it, unless what follows shows it went on:
 *   - a letter or digit touching the stop ("2.5", "Hej.du") — not a new sentence;
 *   - an ordinal: number + "." + lower-case word ("den 3. marts", "2. sal");
 *   - a list enumerator at a line start ("1. Ring til os");
 *   - an initial: one capital letter + "." + a capitalised word ("Anne B. Holm", "H.C. Andersen");
 *   - an ellipsis followed by a lower-case word ("Vi tænker … og så");
 *   - a quoted sentence that goes on: "!«"/"?”" followed by a lower-case word or by , ; : (»Kom
 *     nu!« råbte hun; »Ja!«, siger hun);
 * - after a sentence-final abbreviation (osv., mv., m.m., m.fl., etc., o.l., pct.) or an amount
 *   ending in "kr." when a capitalised word follows (»… te osv. Vi ses.«); any other
 *   abbreviation never ends a sentence;
 * - at every line break, because the platforms show them;
 * - at the end of the tokens.
 * Bullets ("- ", "• ", "* ") at a line start are not part of the sentence. Sentences run from the
 * first token to the last, so they never start or end with white space.
 */
import { SENTENCE_FINAL_ABBREVIATIONS } from './abbreviations.js';
import type { Token } from './token.js';

export interface SentenceRange {
  start: number;
  end: number;
}

const STOPS: ReadonlySet<string> = new Set(['.', '!', '?', '…']);
const CLOSERS: ReadonlySet<string> = new Set(['«', '»', '”', '“', '"', '’', "'", ')', ']', '}']);
const BULLETS: ReadonlySet<string> = new Set(['-', '–', '—', '•', '*', '·', '▪', '►']);
const GOES_ON: ReadonlySet<string> = new Set([',', ';', ':']);
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const INITIAL = /^\p{Lu}$/u;

export function splitSentences(text: string, tokens: readonly Token[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  const n = tokens.length;
  let first = -1;
  let firstAtLineStart = false;
  const close = (last: number): void => {
    if (first >= 0 && last >= first) out.push({ start: tokens[first]!.start, end: tokens[last]!.end });
    first = -1;
  };

  for (let k = 0; k < n; k++) {
    const token = tokens[k]!;
    const lineStart = k === 0 || lineBreak(text, tokens[k - 1]!.end, token.start);
    if (lineStart) close(k - 1);
    if (first < 0) {
      const next = tokens[k + 1];
      const bullet = lineStart && token.kind === 'punct' && BULLETS.has(token.text) && next !== undefined && next.start > token.end;
      if (bullet) continue; // the list marker is layout, not part of the sentence
      first = k;
      firstAtLineStart = lineStart;
    }

    if (token.kind === 'punct' && STOPS.has(token.text)) {
      let last = k;
      while (isPunctIn(tokens[last + 1], STOPS) && touches(tokens[last]!, tokens[last + 1]!)) last++;
      const stops = last;
      while (isPunctIn(tokens[last + 1], CLOSERS) && touches(tokens[last]!, tokens[last + 1]!)) last++;
      if (endsAfterStop(text, tokens, first, firstAtLineStart, k, stops, last)) close(last);
      k = last;
      continue;
    }

    const finalAbbreviation = token.kind === 'abbreviation' && SENTENCE_FINAL_ABBREVIATIONS.has(token.lower);
    const finalAmount = token.kind === 'amount' && token.text.endsWith('.');
    if (finalAbbreviation || finalAmount) {
      let last = k;
      while (isPunctIn(tokens[last + 1], CLOSERS) && touches(tokens[last]!, tokens[last + 1]!)) last++;
      const next = tokens[last + 1];
      if (next && !lineBreak(text, tokens[last]!.end, next.start) && capitalised(next)) {
        close(last);
        k = last;
      }
    }
  }
  close(n - 1);
  return out;
}

/** Whether the stop run tokens[k..stops] with closers up to `last` ends the sentence. */
function endsAfterStop(
  text: string,
  tokens: readonly Token[],
  first: number,
  firstAtLineStart: boolean,
  k: number,
  stops: number,
  last: number,
): boolean {
  const next = tokens[last + 1];
  if (!next || lineBreak(text, tokens[last]!.end, next.start)) return true;
  if (touches(tokens[last]!, next) && next.kind !== 'punct') return false; // "2.5", "Hej.du"
  const stop = tokens[k]!;
  const before = tokens[k - 1];
  const single = stops === k && stop.text === '.';
  if (single && before?.kind === 'number' && touches(before, stop)) {
    if (last === k && next.kind === 'word' && LOWER.test(next.text)) return false; // den 3. marts
    if (first === k - 1 && firstAtLineStart) return false; // "1. Ring til os"
  }
  // an initial: "Anne B. Holm", "H.C. Andersen"
  if (single && last === k && before?.kind === 'word' && touches(before, stop) && INITIAL.test(before.text) && capitalised(next)) return false;
  const ellipsis = stop.text === '…' || stops - k >= 2;
  if (ellipsis && next.kind === 'word' && LOWER.test(next.text)) return false;
  if (last > stops) {
    // a quoted sentence inside a longer one
    if (next.kind === 'punct' && GOES_ON.has(next.text)) return false;
    if (next.kind === 'word' && LOWER.test(next.text)) return false;
  }
  if (next.kind === 'punct' && next.text === ',') return false; // "Ja!, siger hun" is one sentence
  return true;
}

function capitalised(token: Token): boolean {
  return (token.kind === 'word' || token.kind === 'abbreviation') && UPPER.test(token.text);
}

function isPunctIn(token: Token | undefined, set: ReadonlySet<string>): boolean {
  return token !== undefined && token.kind === 'punct' && set.has(token.text);
}

function touches(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** A line break between two offsets (the text between two tokens is white space). */
export function lineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
