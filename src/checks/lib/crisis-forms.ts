/**
 * Crisis-step forms: a step of the crisis model taken by the way a sentence is built, not by a
 * fixed phrase (crisis/five-steps). Each form is one small detector over the draft's words;
 * the words it needs are groups of rules/lexicon/crisis.yml (see the "Forms" note at its top),
 * matched as literals like every list. The grammar lives here:
 *
 * - `in-progress` (step 1, stop escalation): a progress marker right before a repair verb,
 *   "Teknikerne er i gang med at rette fejlen", "IT er ved at genstarte systemet".
 * - `named-cause` (step 2, take responsibility): a cause connector with "hos" and a word after it
 *   within five words, "på grund af et nedbrud hos vores leverandør" (the cause said openly).
 * - `feeling` (step 3, empathy): an empathy frame and a feeling word at most two words later, no
 *   "ikke" between: "Vi ved, at det er rigtig frustrerende", "Hvor er det træls".
 * - `time` (step 4, ongoing information): a clock time ("kl. 14", "klokken 9"), "om/inden for" and
 *   a number of minutes or hours ("om 30 minutter"), or a listed time phrase ("senere i dag").
 * - `notification` (step 4): a notify verb and a channel at most five words later, "modtager du en
 *   SMS", "Vi sender et brev i Digital Post".
 * - `conditional` (step 5, the way forward): a sentence that starts with a finite verb or "hvis"/
 *   "når" and a reader subject, and goes on after a comma or "så": "Skal du til blodprøve, kan
 *   du …", "Er din adresse berørt, modtager du en SMS", "Har du spørgsmål så ring".
 * - `imperative` (step 5): a sentence that starts, after an optional "så"/"og"/"men", with an
 *   instruction verb and goes on: "Ring til os på …", "Kom som aftalt", "Så mød op".
 * - `reader-modal` (step 5): "du kan/skal/bør …" at the start of a clause, or "kan du" after a
 *   fronted word ("I stedet kan du …"); "kan … ikke" is what the reader cannot do (the problem),
 *   not the way forward.
 *
 * Sentences here are runs of words split at ". X" (capital after a full stop that does not end
 * an abbreviation), "!", "?", ":" or ";" before white space, and block ends (a line break left in
 * the prose). Soft line breaks are spaces in the prose already, so a form never depends on where a
 * line was wrapped. A question (ending in "?") never counts for the step-5 forms.
 */
import type { Lexicon } from '../../core/lexicon.js';
import type { TextModel } from '../../draft/text-model.js';
import { PhraseMatcher } from '../../text/phrase-matcher.js';
import { stripDot } from '../../text/strip-dot.js';
import type { Token } from '../../text/token.js';
import { draftWords, matchWords, type WordMatch } from './words.js';

export const CRISIS_FORMS = ['in-progress', 'named-cause', 'feeling', 'time', 'notification', 'conditional', 'imperative', 'reader-modal'] as const;
export type CrisisForm = (typeof CRISIS_FORMS)[number];

/** The groups of the crisis lexicon the forms read. */
export const CRISIS_FORM_GROUPS = [
  'progress-markers',
  'repair-verbs',
  'cause-connectors',
  'empathy-frames',
  'feeling-words',
  'time-expressions',
  'notify-verbs',
  'update-channels',
  'conditional-leads',
  'reader-subjects',
  'reader-modals',
  'imperative-verbs',
  'clause-leads',
] as const;

// danish-facts §11.2 "Detection": kl\.\s?\d{1,2}([.:]\d{2})?, plus the spelled-out "klokken".
export const CLOCK_TIME = /(?<![\p{L}\p{N}])(?:kl\.?|klokken)\s?(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?(?![\p{L}\p{N}]|[.:]\d)/iu;
// "om en time", "inden for 30 minutter", "om et par timer", "om et kvarter": when the next news comes.
const DURATION =
  /(?<![\p{L}\p{N}])(?:om|inden\s+for)\s+(?:\d{1,3}|en|et|to|tre|fire|fem|seks|få|halvanden|et\s+par|en\s+halv|de\s+næste|den\s+næste)\s+(?:minut|minutter|time|timer|kvarter)(?![\p{L}\p{N}])/iu;

/** "Kan … ikke": the reader cannot do it – the problem, not the way forward. */
const ABILITY = 'kan';
const NEGATIONS = new Set(['ikke', 'aldrig', 'heller']);
/** Abbreviations whose full stop does not end a sentence (text-model keeps the same list). */
const ABBREVIATIONS = new Set(['kl.', 'ca.', 'fx.', 'f.eks.', 'bl.a.', 'nr.', 'tlf.', 'evt.', 'dvs.', 'jf.', 'pkt.', 'st.', 'afd.', 'dr.', 'mr.', 'hr.', 'fr.', 'mv.', 'inkl.', 'ekskl.', 'min.', 'max.', 'gl.', 'vedr.', 'pga.']);
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/** The draft's words (lib/words.ts) with the sentence each one is in. */
export interface FormText {
  model: TextModel;
  prose: string;
  tokens: readonly Token[];
  /** For each word, its sentence. */
  sentence: number[];
  /** For each sentence, its first word. */
  first: number[];
  /** For each sentence, whether it ends in "?". */
  question: boolean[];
}

export function formText(model: TextModel): FormText {
  const { prose } = model;
  const tokens = draftWords(model).list;
  const sentence: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i === 0 || startsSentence(prose, tokens[i - 1]!, tokens[i]!)) first.push(i);
    sentence.push(first.length - 1);
  }
  const question = first.map((_, s) => {
    const end = (first[s + 1] ?? tokens.length) - 1;
    const last = tokens[end]!;
    if (last.text.endsWith('.')) return false;
    return /^[^\r\n.!]*\?/.test(prose.slice(last.end, tokens[end + 1]?.start ?? prose.length));
  });
  return { model, prose, tokens, sentence, first, question };
}

function startsSentence(prose: string, previous: Token, token: Token): boolean {
  // The previous word with a full stop written right after it ("A.", "mr."): an abbreviation of
  // ABBREVIATIONS or the end of a sentence.
  const dotted = !previous.text.endsWith('.') && prose[previous.end] === '.';
  const lower = dotted ? `${previous.lower}.` : previous.lower;
  const gap = prose.slice(previous.end + (dotted ? 1 : 0), token.start);
  if (/[\r\n]|[!?:;]\s/.test(gap)) return true;
  const fullStop = (lower.endsWith('.') && !ABBREVIATIONS.has(lower)) || /\.\s/.test(gap);
  return fullStop && CAPITAL_OR_DIGIT.test(token.text);
}

/** A group of single words, compared as the README says (lower case: any capitalisation). */
class WordSet {
  private readonly caseless = new Set<string>();
  private readonly exact = new Set<string>();
  constructor(words: readonly string[]) {
    for (const w of words) (w === w.toLowerCase() ? this.caseless : this.exact).add(w);
  }
  has(token: Token | undefined): boolean {
    if (!token) return false;
    return this.caseless.has(stripDot(token.lower)) || this.exact.has(stripDot(token.text));
  }
}

const word = (token: Token | undefined): string => (token ? stripDot(token.lower) : '');

export class CrisisForms {
  private readonly matcher: (group: string) => PhraseMatcher<null>;
  private readonly words: (group: string) => WordSet;

  constructor(lexicon: Lexicon) {
    const matchers = new Map<string, PhraseMatcher<null>>();
    const sets = new Map<string, WordSet>();
    this.matcher = (group) => {
      let m = matchers.get(group);
      if (!m) matchers.set(group, (m = new PhraseMatcher(lexicon.group(group).map((phrase) => ({ phrase, payload: null })))));
      return m;
    };
    this.words = (group) => {
      let s = sets.get(group);
      if (!s) sets.set(group, (s = new WordSet(lexicon.group(group))));
      return s;
    };
  }

  /** True when the text has the form somewhere. */
  has(form: CrisisForm, text: FormText): boolean {
    switch (form) {
      case 'in-progress':
        return this.followedWithin(text, 'progress-markers', 'repair-verbs', 0);
      case 'named-cause':
        return this.namedCause(text);
      case 'feeling':
        return this.followedWithin(text, 'empathy-frames', 'feeling-words', 2);
      case 'time':
        return CLOCK_TIME.test(text.prose) || DURATION.test(text.prose) || matchWords(this.matcher('time-expressions'), text.model).length > 0;
      case 'notification':
        return this.followedWithin(text, 'notify-verbs', 'update-channels', 5);
      case 'conditional':
        return this.conditional(text);
      case 'imperative':
        return this.imperative(text);
      case 'reader-modal':
        return this.readerModal(text);
    }
  }

  /** A phrase of `lead`, then (at most `gap` words later, same sentence, no negation) one of `then`. */
  private followedWithin(text: FormText, lead: string, then: string, gap: number): boolean {
    const { tokens, model, sentence } = text;
    const starts = new Set(matchWords(this.matcher(then), model).map((m) => m.word));
    if (starts.size === 0) return false;
    for (const m of matchWords(this.matcher(lead), model)) {
      const from = after(tokens, m);
      for (let k = from; k <= from + gap && k < tokens.length && sentence[k] === sentence[m.word]; k++) {
        if (starts.has(k)) return true;
        if (NEGATIONS.has(word(tokens[k]))) break;
      }
    }
    return false;
  }

  /** "på grund af et nedbrud hos X": a connector, then "hos" and a word within five words. */
  private namedCause(text: FormText): boolean {
    const { tokens, model, sentence } = text;
    for (const m of matchWords(this.matcher('cause-connectors'), model)) {
      const from = after(tokens, m);
      for (let k = from; k <= from + 4 && k + 1 < tokens.length && sentence[k + 1] === sentence[m.word]; k++) {
        if (word(tokens[k]) === 'hos') return true;
      }
    }
    return false;
  }

  /** "Skal du …, kan du …": a verb-first (or hvis/når) sentence to the reader that goes on. */
  private conditional(text: FormText): boolean {
    const { tokens, prose, sentence, first, question } = text;
    const leads = this.words('conditional-leads');
    const modals = this.words('reader-modals');
    const subjects = this.words('reader-subjects');
    for (let s = 0; s < first.length; s++) {
      const i = first[s]!;
      if (question[s] || sentence[i + 1] !== s) continue;
      if (!(leads.has(tokens[i]) || modals.has(tokens[i])) || !subjects.has(tokens[i + 1])) continue;
      for (let k = i + 2; k < tokens.length && sentence[k] === s; k++) {
        if (prose.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',') || (k > i + 2 && word(tokens[k]) === 'så')) return true;
      }
    }
    return false;
  }

  /** "Ring til os …", "Så mød op …": an instruction verb heading a sentence that goes on. */
  private imperative(text: FormText): boolean {
    const { tokens, prose, sentence, first, question } = text;
    const verbs = this.words('imperative-verbs');
    const leads = this.words('clause-leads');
    for (let s = 0; s < first.length; s++) {
      if (question[s]) continue;
      let i = first[s]!;
      if (leads.has(tokens[i]) && sentence[i + 1] === s) i++;
      const verb = tokens[i]!;
      if (!verbs.has(verb) || verb.text.endsWith('.') || sentence[i + 1] !== s) continue;
      if (/^[^\S\r\n]+$/.test(prose.slice(verb.end, tokens[i + 1]!.start))) return true;
    }
    return false;
  }

  /** "Du kan …" at the start of a clause, or "… kan du" after a fronted word; not "kan … ikke". */
  private readerModal(text: FormText): boolean {
    const { tokens, prose, sentence, first, question } = text;
    const modals = this.words('reader-modals');
    const subjects = this.words('reader-subjects');
    const leads = this.words('clause-leads');
    for (let i = 0; i + 1 < tokens.length; i++) {
      const s = sentence[i]!;
      if (question[s] || sentence[i + 1] !== s || !/^[^\S\r\n]+$/.test(prose.slice(tokens[i]!.end, tokens[i + 1]!.start))) continue;
      let modal: Token;
      if (subjects.has(tokens[i]) && modals.has(tokens[i + 1])) {
        // The subject must start a clause: "hvornår du skal komme" is a question about the problem.
        const clauseStart = i === first[s] || prose.slice(tokens[i - 1]!.end, tokens[i]!.start).includes(',') || leads.has(tokens[i - 1]);
        if (!clauseStart) continue;
        modal = tokens[i + 1]!;
      } else if (modals.has(tokens[i]) && subjects.has(tokens[i + 1]) && i !== first[s]) {
        modal = tokens[i]!;
      } else continue;
      if (word(modal) === ABILITY && [i + 2, i + 3].some((k) => sentence[k] === s && NEGATIONS.has(word(tokens[k])))) continue;
      return true;
    }
    return false;
  }
}

/** Index of the first word that starts at or after the match's end. */
function after(tokens: readonly Token[], m: WordMatch<unknown>): number {
  let k = m.word;
  while (k < tokens.length && tokens[k]!.start < m.end) k++;
  return k;
}
