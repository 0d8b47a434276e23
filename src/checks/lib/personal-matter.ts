/**
 * Does a reply deal with one person's case, and does it send the person on to a proper channel?
 * Shared by case-handling/public-case-processing and case-handling/referral.
 *
 * Strategy, "Persondata": "Uanset medie og side sagsbehandles der ikke på offentlige sociale
 * medier, men her henvises der i stedet til den rette fagperson. Der opfordres til at anvende
 * sikker post …". danish-facts §7.2–§7.4: a case or health word together with a person
 * reference, or a red-flag phrase, signals case work in public.
 *
 * The heuristic works sentence by sentence over the draft's word tokens (rules/lexicon/
 * case-handling.yml says what each group is for):
 * - red flag: a red-flag phrase ("vi har kigget på din sag", "send dit cpr-nummer").
 * - statement: "du", "I", a relative, the greeted person or an @mention, followed by a status
 *   verb, with a case or health word right after ("du er indlagt", "din søn er indlagt med …").
 *   A possessive + case word followed by a status verb is one too ("din operation er flyttet").
 * - possessive: "din/dit/dine/jeres" + a case or health word, at most two words apart
 *   ("dit videre forløb"); relative: a relative and a case or health word in one sentence.
 * Not personal at all: sentences with a generic marker ("hvis", "når", "ret til") or opening with
 * advice ("Husk din medicinliste"), and case words used as verbs ("at klage").
 * Personal but not case work: a sentence that declines ("vi kan ikke svare på spørgsmål om dit
 * forløb her"), and a possessive or relative in a sentence that refers ("skriv til afdelingen via
 * Digital Post om din behandling"), regrets ("Vi er kede af … din behandling") or thanks ("Tak for
 * din klage"). Red flags and statements are never excused by referring, regretting or thanking –
 * unless the regret or thanks reports what the person wrote ("Vi er kede af at høre, at din
 * operation er blevet udskudt").
 */
import type { Draft } from '../../draft/draft.js';
import type { Token } from '../../draft/text-model.js';
import type { Range } from '../../draft/types.js';
import type { Lexicon } from '../../core/lexicon.js';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.js';

export type SignalKind = 'redFlag' | 'statement' | 'possessive' | 'relative';

export interface PersonalSignal extends Range {
  kind: SignalKind;
  /** The words that make it personal, as written (white space collapsed). */
  match: string;
  sentence: Range;
  /** Why the sentence mentions the case without handling it; undefined when it handles it. */
  exempt?: 'decline' | 'referral' | 'regret' | 'thanks';
  /** The case word is about a complaint or compensation ("klage", "erstatning"). */
  complaint: boolean;
}

export interface Mention extends Range {
  match: string;
}

/**
 * Why: declining, referring or regretting still shows a personal matter that needs a referral;
 * thanks do only when they are about a complaint ("Tak for din klage", not "Tak for de søde ord
 * om din behandling").
 */
export function needsReferral(signal: PersonalSignal): boolean {
  return signal.exempt !== 'thanks' || signal.complaint;
}

export interface PersonalMatter {
  signals: PersonalSignal[];
  /** Referral phrases, secure channels and phone numbers. */
  referrals: Mention[];
  /** Platform inboxes and private messages, outside sentences that name a secure channel. */
  insecure: Mention[];
}

/** The groups of rules/lexicon/case-handling.yml the detector reads. */
export const PERSONAL_MATTER_GROUPS = [
  'second-person',
  'relatives',
  'case-words',
  'health-words',
  'red-flag-phrases',
  'referral-phrases',
  'insecure-channels',
  'secure-channels',
  'decline-phrases',
  'generic-markers',
  'advice-openers',
  'regrets',
  'thanks',
  'hearsay',
  'complaint-words',
  'status-verbs',
] as const;
type Group = (typeof PERSONAL_MATTER_GROUPS)[number];

/** Danish second-person forms by role (a closed class); the lexicon decides which are used. */
const SUBJECT_FORMS = new Set(['du', 'I']);
const POSSESSIVE_FORMS = new Set(['din', 'dit', 'dine', 'jeres']);

/** Words that end the noun phrase after a possessive: "din besked om ventetid" is not "din ventetid". */
const PHRASE_BREAKERS = new Set([
  'om', 'til', 'på', 'i', 'med', 'for', 'og', 'eller', 'at', 'af', 'fra', 'efter', 'under', 'over', 'ved', 'hos',
  'inden', 'før', 'så', 'men', 'der', 'som', 'den', 'det', 'de', 'vi', 'du', 'jeg', 'er', 'har', 'kan', 'skal', 'vil',
]);

/** A statement's case word must follow its verb closely: "du er indlagt", "du har fået konstateret kræft". */
const STATEMENT_REACH = 4;

/** Danish phone numbers: 8 digits, optionally grouped in twos or fours, optionally +45 (danish-facts §6.3). */
const PHONE_RE = /(?<![\d+])(?:(?:\+|00)45[ \u00A0]?)?(?:\d{2}[ \u00A0]?){3}\d{2}(?!\d)/g;

/** "Hej Hans", "Kære Anne Marie": the person a reply is addressed to, by name. */
const GREETING_NAME = /^\s*(?:[Hh]ej(?:sa)?|[Kk]ære|[Hh]i|[Hh]ey|[Gg]oddag|[Gg]od ?morgen)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)/u;

const stripDot = (word: string): string => (word.length > 1 && word.endsWith('.') ? word.slice(0, -1) : word);

export class PersonalMatterDetector {
  private readonly matchers = new Map<Group, PhraseMatcher<Group>>();
  private readonly words = new Map<Group, Set<string>>();
  private readonly cache = new WeakMap<Draft, PersonalMatter>();

  /** @param accept vocabulary.accept: case and health words the organisation has decided are fine */
  constructor(lexicon: Lexicon, accept: readonly string[] = []) {
    const accepted = new Set(accept.map((w) => w.toLowerCase()));
    for (const group of PERSONAL_MATTER_GROUPS) {
      const list = lexicon.groups[group];
      if (list === undefined) throw new Error(`${lexicon.path}: no group "${group}"`);
      const usable = ['case-words', 'health-words', 'red-flag-phrases'].includes(group) ? list.filter((w) => !accepted.has(w.toLowerCase())) : list;
      this.matchers.set(group, new PhraseMatcher(usable.map((phrase) => ({ phrase, payload: group }))));
      this.words.set(group, new Set(usable));
    }
  }

  analyse(draft: Draft): PersonalMatter {
    const cached = this.cache.get(draft);
    if (cached) return cached;
    const result = this.run(draft);
    this.cache.set(draft, result);
    return result;
  }

  private match(group: Group, tokens: readonly Token[], prose: string): PhraseMatch<Group>[] {
    return this.matchers.get(group)!.match(tokens, prose);
  }

  /** Is a single token one of a group's one-word entries (lower-case entries match any case)? */
  private is(group: Group, token: Token | undefined): boolean {
    if (token === undefined) return false;
    const set = this.words.get(group)!;
    const word = stripDot(token.text);
    return set.has(word) || set.has(word.toLowerCase());
  }

  private run(draft: Draft): PersonalMatter {
    const { model } = draft;
    const { tokens, prose } = model;
    const all = (group: Group): PhraseMatch<Group>[] => this.match(group, tokens, prose);
    const caseHits = [...all('case-words'), ...all('health-words')].sort((a, b) => a.start - b.start);
    const relatives = all('relatives');
    const redFlags = all('red-flag-phrases');
    const referralPhrases = [...all('referral-phrases'), ...all('secure-channels')].sort((a, b) => a.start - b.start);
    const declines = all('decline-phrases');
    const generic = all('generic-markers');
    const regrets = all('regrets');
    const thanksOpeners = all('thanks');
    const hearsay = all('hearsay');
    const complaints = all('complaint-words');
    const adviceOpeners = all('advice-openers');
    const secure = all('secure-channels');

    /** Index of the first token at or after `offset`, or -1. */
    const tokenAfter = (offset: number): number => {
      const i = lowerBound(tokens, offset);
      return i < tokens.length ? i : -1;
    };
    const names = greetedNames(model.published.text);
    const mentions = model.entities.filter((e) => e.kind === 'mention');
    // "du"/"Du" and "I" (never the preposition "i"), the greeted name, or an @mention.
    const isPersonToken = (t: Token): boolean =>
      (SUBJECT_FORMS.has(stripDot(t.lower) === 'du' ? 'du' : stripDot(t.text)) && this.is('second-person', t)) ||
      names.has(stripDot(t.text)) ||
      inRanges(mentions, t);
    const isPossessive = (t: Token): boolean => POSSESSIVE_FORMS.has(stripDot(t.lower)) && this.is('second-person', t);

    const signals: PersonalSignal[] = [];
    const text = (start: number, end: number): string => draft.text.slice(start, end).replace(/\s+/g, ' ');

    for (const sentence of model.sentences) {
      const inside = <T extends Range>(items: readonly T[]): T[] => items.slice(lowerBound(items, sentence.start), lowerBound(items, sentence.end));
      const first = lowerBound(tokens, sentence.start);
      const last = lowerBound(tokens, sentence.end) - 1;
      if (first > last) continue;

      const isGeneric = inside(generic).length > 0;
      for (const flag of inside(redFlags)) {
        if (!isGeneric) signals.push({ kind: 'redFlag', start: flag.start, end: flag.end, match: text(flag.start, flag.end), sentence, complaint: false });
      }
      const opensWith = (matches: readonly PhraseMatch<Group>[]): boolean => matches.some((m) => m.token === first);
      if (isGeneric || opensWith(adviceOpeners)) continue;

      const referralsHere = inside(referralPhrases);
      const declined = inside(declines).length > 0;
      const refers = referralsHere.length > 0;
      const regretOpener = regrets.find((m) => m.token === first);
      const thanksOpener = thanksOpeners.find((m) => m.token === first);
      const regret = regretOpener !== undefined;
      const thanks = thanksOpener !== undefined;
      // "Vi er kede af at høre, at …": what follows is what the person wrote.
      const opener = regretOpener ?? thanksOpener;
      const reported = opener !== undefined && hearsay.some((h) => h.token === tokenAfter(opener.end));
      // Case words used as verbs ("at klage") or inside a referral ("kontakt din kontaktperson") do not count.
      const hits = inside(caseHits).filter(
        (h) => !(h.token > 0 && tokens[h.token - 1]!.lower === 'at') && !referralsHere.some((r) => h.start < r.end && h.end > r.start),
      );
      if (hits.length === 0) continue;
      const hitAt = (index: number): PhraseMatch<Group> | undefined => hits.find((h) => h.token === index);
      const hitWithin = (from: number, to: number): PhraseMatch<Group> | undefined => hits.find((h) => h.token >= from && h.token <= to);
      const statusAfter = (index: number): boolean => index <= last && this.is('status-verbs', tokens[index]);
      const push = (kind: SignalKind, start: number, end: number): void => {
        const mention = kind === 'possessive' || kind === 'relative' || reported;
        const exempt = declined ? 'decline' : !mention ? undefined : refers ? 'referral' : regret ? 'regret' : thanks ? 'thanks' : undefined;
        const complaint = complaints.some((c) => c.start < end && c.end > start);
        signals.push({ kind, start, end, match: text(start, end), sentence, complaint, ...(exempt ? { exempt } : {}) });
      };

      const claimed = new Set<number>();
      // Relatives: "din søn er indlagt" is a statement; "din mors operation" a relative reference.
      for (const relative of inside(relatives)) {
        const after = tokenAfter(relative.end);
        for (let k = relative.token; k < (after === -1 ? tokens.length : after); k++) claimed.add(k);
        const statement = after !== -1 && statusAfter(after) ? hitWithin(after + 1, after + STATEMENT_REACH) : undefined;
        if (statement) push('statement', relative.start, statement.end);
        else {
          const distance = (h: Range): number => Math.abs(h.start - relative.start);
          const hit = hits.reduce((best, h) => (distance(h) < distance(best) ? h : best));
          push('relative', Math.min(relative.start, hit.start), Math.max(relative.end, hit.end));
        }
      }
      for (let i = first; i <= last; i++) {
        if (claimed.has(i)) continue;
        const token = tokens[i]!;
        // "du er indlagt", "Hans har fået konstateret kræft"
        if (isPersonToken(token) && statusAfter(i + 1)) {
          const hit = hitWithin(i + 2, i + 1 + STATEMENT_REACH);
          if (hit) push('statement', token.start, hit.end);
          continue;
        }
        // "dit videre forløb", "din operation er flyttet"
        if (isPossessive(token)) {
          for (let j = i + 1; j <= Math.min(i + 3, last); j++) {
            const hit = hitAt(j);
            if (hit) {
              const after = tokenAfter(hit.end);
              push(after !== -1 && after <= last && statusAfter(after) ? 'statement' : 'possessive', token.start, hit.end);
              break;
            }
            if (PHRASE_BREAKERS.has(stripDot(tokens[j]!.lower))) break;
          }
        }
      }
    }

    const referrals: Mention[] = referralPhrases.map((r) => ({ start: r.start, end: r.end, match: text(r.start, r.end) }));
    const published = model.published;
    for (const m of published.text.matchAll(PHONE_RE)) {
      const range = published.rangeToSource(m.index, m.index + m[0].length);
      referrals.push({ ...range, match: m[0] });
    }
    // "din indbakke i e-Boks" is Digital Post, not the platform's inbox.
    const insecure = all('insecure-channels')
      .filter((m) => {
        const next = tokenAfter(m.end);
        return !(next !== -1 && ['i', 'på'].includes(tokens[next]!.lower) && secure.some((s) => s.token === next + 1));
      })
      .map((m) => ({ start: m.start, end: m.end, match: text(m.start, m.end) }));
    return { signals: signals.sort((a, b) => a.start - b.start), referrals, insecure };
  }
}

/** Index of the first item (sorted by start) that starts at or after `offset`. */
function lowerBound(items: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Is `r` inside one of the sorted `ranges`? */
function inRanges(ranges: readonly Range[], r: Range): boolean {
  const i = lowerBound(ranges, r.start + 1) - 1;
  return i >= 0 && r.start >= ranges[i]!.start && r.end <= ranges[i]!.end;
}

/** The name(s) a reply greets: "Hej Hans" → {"Hans"}; "Kære Anne Marie" → {"Anne", "Marie"}. */
export function greetedNames(published: string): Set<string> {
  const m = GREETING_NAME.exec(published);
  return new Set(m ? m[1]!.split(/\s+/) : []);
}

const detectors = new Map<Lexicon, Map<string, PersonalMatterDetector>>();

/** One detector per word list and accept list, shared by the rules that use them. */
export function personalMatterDetector(lexicon: Lexicon, accept: readonly string[] = []): PersonalMatterDetector {
  const key = accept.join('\u0000');
  let byAccept = detectors.get(lexicon);
  if (!byAccept) detectors.set(lexicon, (byAccept = new Map()));
  let detector = byAccept.get(key);
  if (!detector) byAccept.set(key, (detector = new PersonalMatterDetector(lexicon, accept)));
  return detector;
}
