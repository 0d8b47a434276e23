/**
 * Proper names in Danish text, found by capitalisation: Danish capitalises names and nothing
 * else inside a sentence (not nouns, months, days or nationalities), so a capital letter after the
 * first word marks a name. Readability measures count a name as one short word and a checker
 * should not suggest rewording one.
 *
 * A name is
 * - a run of capitalised words on one line with nothing but white space between them, or the dot
 *   of an initial (»Aalborg Universitetshospital«, »Anne B. Holm«, »Regionshospital Nordjylland«). A word is
 *   capitalised when it starts with a capital and so does its last hyphenated part: "Hjørring-
 *   Frederikshavn" is, "CT-scanning" and "A-kasse" are common nouns;
 * - an all-caps acronym of two or more letters anywhere (AAUH, RHN, COVID-19);
 * - a known name from the optional matcher, anywhere, even first in a sentence.
 * First in a sentence, after a colon or after an opening quote every word has a capital, so the
 * first word there counts only when the next word is capitalised too and the first is not a
 * common sentence opener (»Anne Holm siger …« is a name, »Aalborg er …« is not found, »Husk
 * Region Nordjylland« gives »Region Nordjylland«). The pronouns "I", "De", "Dem", "Deres" are
 * capitalised but never names. Lower-case particles (»Center for Klinisk Forskning«) split a
 * name: known multi-word names belong in the matcher.
 */
import type { PhraseMatcher } from './phrase-matcher.js';
import type { SentenceRange } from './sentences.js';
import { firstEndingAfter } from './sorted-index.js';
import type { Token } from './token.js';

export interface NameSpan {
  start: number;
  end: number;
  /** index of the first token of the name */
  firstToken: number;
  /** index after the last token of the name */
  endToken: number;
  /** how it was found */
  source: 'known' | 'capitalised' | 'acronym';
}

/** Capitalised pronouns of address: capital letter, no name. */
const PRONOUNS: ReadonlySet<string> = new Set(['i', 'de', 'dem', 'deres']);

/**
 * Words that open Danish sentences and headlines with a capital: pronouns, articles,
 * prepositions, conjunctions, adverbs, greetings and the imperatives of calls to action. One of
 * these first in a sentence is not part of a name even when a capitalised word follows.
 */
const OPENERS: ReadonlySet<string> = new Set(
  (
    'vi du de det der den dem han hun jeg i man en et alle mange flere nogle ingen hver hvert hele ' +
    'min mit mine din dit dine vores jeres hans hendes deres denne dette disse ' +
    'hvis når nu så her hvor hvad hvem hvordan hvorfor hvornår men og eller for fra til på med om ' +
    'efter før under over ved hos uden mellem af som at også derfor desuden endelig først sidst i dag ' +
    'kære hej hejsa tak tillykke velkommen husk læs se ring skriv find kom bemærk obs vidste mød del ' +
    'tjek book deltag hjælp bliv følg giv klik tilmeld kontakt spørg send ny nyt nye god godt gode ' +
    'glædelig rigtig stor stort store'
  ).split(' '),
);

const UPPER_START = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}$/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;
const OPENING_QUOTES: ReadonlySet<string> = new Set(['»', '“', '„', '"', "'", '(']);

/** Name spans in token order, never overlapping. */
export function findNames(tokens: readonly Token[], sentences: readonly SentenceRange[], known?: PhraseMatcher<unknown>): NameSpan[] {
  const out: NameSpan[] = [];
  const covered = new Uint8Array(tokens.length);
  if (known && known.size > 0) {
    for (const m of known.match(tokens, textOf(tokens, sentences))) {
      let t = m.tokenIndex;
      while (t < tokens.length && tokens[t]!.start < m.end) covered[t++] = 1;
      out.push({ start: m.start, end: m.end, firstToken: m.tokenIndex, endToken: t, source: 'known' });
    }
  }

  const starts = startLike(tokens, sentences);
  const sentenceOf = sentenceIndexes(tokens, sentences);
  let k = 0;
  while (k < tokens.length) {
    if (covered[k] || !nameWord(tokens[k]!)) {
      k++;
      continue;
    }
    let end = k + 1;
    for (;;) {
      // an initial's dot stays inside the name: "Anne B. Holm", "H.C. Andersen"
      const step = initialDot(tokens, end) ? 1 : 0;
      const t = end + step;
      const joins = t < tokens.length && !covered[t] && nameWord(tokens[t]!) && sentenceOf[t] === sentenceOf[k] && (step === 1 || !starts[t]);
      if (!joins) break; // "… Aalborg. »Vi …" never joins
      end = t + 1;
    }
    let first = k;
    const opener = tokens[k]!;
    if (starts[k] && !acronym(opener) && (end - k < 2 || OPENERS.has(opener.lower))) first++;
    if (first < end) {
      const only = end - first === 1 ? tokens[first]! : undefined;
      out.push({
        start: tokens[first]!.start,
        end: tokens[end - 1]!.end,
        firstToken: first,
        endToken: end,
        source: only && acronym(only) ? 'acronym' : 'capitalised',
      });
    }
    k = end;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A capitalised word or an acronym that may be (part of) a name. */
function nameWord(token: Token): boolean {
  if (token.kind !== 'word' || !UPPER_START.test(token.text)) return false;
  if (PRONOUNS.has(token.lower)) return false;
  const hyphen = token.text.lastIndexOf('-');
  if (hyphen < 0) return true;
  const tail = token.text.slice(hyphen + 1);
  return tail === '' || !/^\p{Ll}/u.test(tail); // "CT-scanning", "A-kasse" are common nouns
}

/** Token `t` is the dot of an initial: "." right after one capital letter. */
function initialDot(tokens: readonly Token[], t: number): boolean {
  const dot = tokens[t];
  const letter = tokens[t - 1];
  return dot !== undefined && letter !== undefined && dot.text === '.' && letter.end === dot.start && INITIAL.test(letter.text);
}

/** Two or more letters, none lower-case: AAUH, RHN, COVID-19. */
function acronym(token: Token): boolean {
  return token.kind === 'word' && !HAS_LOWER.test(token.text) && (token.text.match(LETTERS)?.length ?? 0) >= 2;
}

/**
 * Tokens where every word has a capital anyway: the first word of a sentence, and the first
 * word after a colon or an opening quote.
 */
function startLike(tokens: readonly Token[], sentences: readonly SentenceRange[]): Uint8Array {
  const starts = new Uint8Array(tokens.length);
  for (const s of sentences) {
    let t = firstEndingAfter(tokens, s.start);
    while (t < tokens.length && tokens[t]!.start < s.end && tokens[t]!.kind === 'punct') t++;
    if (t < tokens.length) starts[t] = 1;
  }
  for (let t = 0; t + 1 < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.kind !== 'punct') continue;
    if (token.text === ':' || (OPENING_QUOTES.has(token.text) && tokens[t + 1]!.start === token.end)) starts[t + 1] = 1;
  }
  return starts;
}

/** For each token, the index of the sentence it is in (-1 outside every sentence). */
function sentenceIndexes(tokens: readonly Token[], sentences: readonly SentenceRange[]): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  let s = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    while (s < sentences.length && sentences[s]!.end < token.end) s++;
    const sentence = sentences[s];
    if (sentence && sentence.start <= token.start) out[t] = s;
  }
  return out;
}

/**
 * A stand-in for the source text, for the matcher: the tokens at their offsets, spaces between
 * and a line break between sentences, so a known name never spans two sentences.
 */
function textOf(tokens: readonly Token[], sentences: readonly SentenceRange[]): string {
  const parts: string[] = [];
  let at = 0;
  let s = 0;
  for (const token of tokens) {
    let gap = token.start - at;
    while (s < sentences.length && sentences[s]!.end <= token.start) s++;
    const sentence = sentences[s];
    const newSentence = gap > 0 && sentence !== undefined && sentence.start === token.start;
    if (newSentence) {
      parts.push('\n');
      gap--;
    }
    if (gap > 0) parts.push(' '.repeat(gap));
    parts.push(token.text);
    at = token.end;
  }
  return parts.join('');
}
