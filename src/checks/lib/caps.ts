/**
 * Words written in capitals, sorted into what they are — shared by tone/abbreviation and
 * tone/shouting so that one word is never reported by both:
 *
 * - `internal`: an internal abbreviation from the abbreviations lexicon (AAUH, RHN, eCPR …);
 * - `accepted`: a known abbreviation (accept lexicon, config `vocabulary.accept`) or a Roman numeral;
 * - `shout`: a Danish word in capitals (HUSK, VIGTIGT): at least `minLetters` letters with a
 *   vowel, or a short word from the shout-words list (NU, TAK, KOM);
 * - `acronym`: any other capitals word of two or more letters (DSR, STPK): an abbreviation the
 *   reader may not know;
 * - `single`: one capital letter (A, I) — neither an acronym nor shouting on its own.
 *
 * A capitals word is looked at per part: "AAUH's" is AAUH, "EPJ-systemet" is EPJ. Words in
 * hashtags, mentions, URLs and e-mail addresses are never looked at. A word is `defined` when it
 * is spelled out at this or an earlier use in the post: "Aalborg Universitetshospital (AAUH)" or
 * "AAUH (Aalborg Universitetshospital)". Adjacent capitals words form a run; a run with a shout
 * word in it, or with two or more acronyms ("JEG ER"), is shouting, and its acronyms are not
 * reported as abbreviations.
 */
import type { LexiconEntry } from '../../core/lexicon.js';
import type { TextModel } from '../../draft/text-model.js';
import type { Range } from '../../draft/types.js';
import { stripDot } from '../../text/strip-dot.js';
import type { CheckEnv } from '../types.js';

export interface CapsOptions {
  /** Internal abbreviations with their expansions (entries). */
  abbreviations?: string;
  /** Abbreviations everybody knows (words, matched as written). */
  accept?: string;
  /** Short words that are shouting, not acronyms, when written in capitals (words). */
  shoutWords?: string;
  /** A capitals word with a vowel and at least this many letters is shouting. */
  minLetters?: number;
}

export const capsOptionsSchema = {
  abbreviations: { type: 'string', description: 'Internal abbreviations (rules/lexicon/abbreviations.yml)' },
  accept: { type: 'string', description: 'Known abbreviations that are never flagged (rules/lexicon/accept.yml)' },
  shoutWords: { type: 'string', description: 'Short words that are shouting in capitals (rules/lexicon/shouting.yml)' },
  minLetters: { type: 'integer', minimum: 2 },
} as const;

export type CapsClass = 'internal' | 'accepted' | 'shout' | 'acronym' | 'single';

export interface CapsWord extends Range {
  text: string;
  cls: CapsClass;
  /** The lexicon entry of an internal abbreviation. */
  entry?: LexiconEntry;
  /** Spelled out at this or an earlier use. */
  defined: boolean;
  /** Part of a run of capitals that is shouting. */
  inShout: boolean;
}

export interface CapsAnalysis {
  words: CapsWord[];
  /** Runs of adjacent capitals words that are shouting (HUSK AT BOOKE TID). */
  shoutRuns: Range[];
}

export interface CapsVocabulary {
  internal: Map<string, LexiconEntry>;
  accepted: Set<string>;
  shoutWords: Set<string>;
  minLetters: number;
}

const LETTERS = /\p{L}/gu;
const VOWEL = /[AEIOUYÆØÅÄÖÜÉ]/u;
/** A Roman numeral of two or more letters ("Christian IV", "XII"). */
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const PART = /[\p{L}\p{N}]+/gu;
/** "AAUH (Aalborg Universitetshospital)": a parenthesis with a lower-case letter right after. */
const EXPANSION_AFTER = /^[ \t]?\((?=[^()\n]*\p{Ll})[^()\n]{2,160}\)/u;
/** Capitals words in a run are separated by spaces or a hyphen only. */
const RUN_GAP = /^[ \t-]+$/;

export function compileCapsVocabulary(options: CapsOptions, env: CheckEnv): CapsVocabulary {
  const acceptedBySettings = new Set(env.settings.vocabulary.accept.map((w) => w.toUpperCase()));
  const accepted = new Set<string>(acceptedBySettings);
  if (options.accept) for (const word of env.lexicon(options.accept).words) accepted.add(stripDot(word).toUpperCase());
  const internal = new Map<string, LexiconEntry>();
  if (options.abbreviations) {
    for (const entry of env.lexicon(options.abbreviations).entries) {
      for (const match of entry.match) if (!acceptedBySettings.has(match.toUpperCase())) internal.set(match, entry);
    }
  }
  const shoutWords = new Set<string>();
  if (options.shoutWords) for (const word of env.lexicon(options.shoutWords).words) shoutWords.add(word.toUpperCase());
  return { internal, accepted, shoutWords, minLetters: options.minLetters ?? 4 };
}

const cache = new WeakMap<TextModel, Map<CapsVocabulary, CapsAnalysis>>();

/** The capitals words of a draft, classified; computed once per draft and vocabulary. */
export function analyseCaps(model: TextModel, vocabulary: CapsVocabulary): CapsAnalysis {
  let byVocabulary = cache.get(model);
  if (!byVocabulary) {
    byVocabulary = new Map();
    cache.set(model, byVocabulary);
  }
  let analysis = byVocabulary.get(vocabulary);
  if (!analysis) {
    analysis = analyse(model, vocabulary);
    byVocabulary.set(vocabulary, analysis);
  }
  return analysis;
}

function analyse(model: TextModel, vocabulary: CapsVocabulary): CapsAnalysis {
  const { prose } = model;
  const entities = model.entities;
  const words: CapsWord[] = [];
  const defined = new Set<string>();
  let e = 0;
  for (const token of model.tokens) {
    if (token.kind !== 'word' && token.kind !== 'abbreviation') continue;
    while (e < entities.length && entities[e]!.end <= token.start) e++;
    const entity = entities[e];
    if (entity && entity.start < token.end) continue; // inside a hashtag, mention, URL or e-mail
    if (token.text === token.lower) continue; // no capital letter: the common case, decided at once
    if (!vocabulary.internal.has(token.text) && isCapitalisedWord(token.text, token.lower)) continue;
    for (const m of token.text.matchAll(PART)) {
      const text = m[0];
      const start = token.start + m.index;
      const end = start + text.length;
      const entry = vocabulary.internal.get(text);
      let cls: CapsClass;
      if (entry) cls = 'internal';
      else if (isCaps(text)) cls = classify(text, vocabulary);
      else continue;
      const isDefinition = (prose[start - 1] === '(' && prose[end] === ')') || EXPANSION_AFTER.test(prose.slice(end, end + 170));
      if (isDefinition && (cls === 'internal' || cls === 'acronym' || cls === 'shout')) defined.add(text);
      words.push({ text, start, end, cls, ...(entry ? { entry } : {}), defined: defined.has(text), inShout: false });
    }
  }

  // Runs of adjacent capitals words; a spelled-out word is a name, not shouting.
  const shoutRuns: Range[] = [];
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (j + 1 < words.length && RUN_GAP.test(prose.slice(words[j]!.end, words[j + 1]!.start))) j++;
    const run = words.slice(i, j + 1);
    const live = run.filter((w) => !w.defined);
    const shouting = live.some((w) => w.cls === 'shout') || live.filter((w) => w.cls === 'acronym').length >= 2;
    if (shouting) {
      for (const w of run) w.inShout = true;
      shoutRuns.push({ start: run[0]!.start, end: run[run.length - 1]!.end });
    }
    i = j + 1;
  }
  return { words, shoutRuns };
}

function classify(text: string, vocabulary: CapsVocabulary): CapsClass {
  const lettersOnly = text.replace(/\P{L}/gu, '');
  if (vocabulary.accepted.has(text) || vocabulary.accepted.has(lettersOnly) || ROMAN.test(text)) return 'accepted';
  if (vocabulary.shoutWords.has(text)) return 'shout';
  const letters = lettersOnly.length;
  if (letters <= 1) return 'single';
  if (letters >= vocabulary.minLetters && VOWEL.test(lettersOnly)) return 'shout';
  return 'acronym';
}

/** "Aalborg", "Vi": one word (no inner hyphen, dot or apostrophe) with only its first letter a capital. */
function isCapitalisedWord(text: string, lower: string): boolean {
  const end = text.endsWith('.') ? text.length - 1 : text.length;
  for (let i = 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 46 || c === 39 || c === 0x2019) return false; // - . ' ’
  }
  return text.length > 1 && text.slice(1) === lower.slice(1);
}

/** At least one letter, and every letter a capital ("AAUH", "CO2"; not "MitID", not "2026"). */
function isCaps(text: string): boolean {
  const letters = text.match(LETTERS);
  if (!letters) return false;
  for (const letter of letters) if (letter === letter.toLowerCase() || letter !== letter.toUpperCase()) return false;
  return true;
}

