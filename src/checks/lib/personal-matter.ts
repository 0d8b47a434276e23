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
 * - red flag: a red-flag phrase ("vi har kigget på din sag", "send dit cpr-nummer"), or a request
 *   verb before a personal identifier ("Send os dit navn og CPR-nummer").
 * - statement: "du", "I", a relative, the greeted person or an @mention, followed by a status
 *   verb, with a case or health word right after ("du er indlagt", "din søn er indlagt med …"),
 *   or by a course verb – right after it, or after a status verb or "skal/vil" in the same clause
 *   ("din søn udskrives", "din mor er flyttet til B3", "du skal scannes") – or, after
 *   "er/var/blev/bliver", by a condition ("din far er stabil"). A possessive + case word followed
 *   by a status verb or a course verb is one too ("din operation er flyttet", "din tid er
 *   aflyst"), and so is a definite case word with a course or result in a sentence about the
 *   reader or a relative ("Behandlingen af din far er udskudt", "Hej Anne, prøvesvaret var fint",
 *   "Operationen er aflyst for dig"), and a course verb before a relative ("vi har udskrevet din
 *   mor").
 * - possessive: "din/dit/dine/jeres" + a case or health word, at most two words apart
 *   ("dit videre forløb"), or a definite case word + "af" + a person ("scanningen af din søn");
 *   relative: a relative and a case or health word in one sentence.
 * Not personal at all: sentences with a generic marker ("hvis", "når", "før du", "ret til") or
 * opening with advice ("Husk din medicinliste"), and case words used as verbs ("at klage").
 * Verb first ("Har du spørgsmål til din egen henvisning, så ring …", "Er din mor blevet flyttet?")
 * is a condition or a question, never a statement: its case words are mentions, excused by a
 * referral in it or in the next sentence, and a condition needs no referral at all. A statement
 * inside an indirect question ("… hvornår din søn bliver udskrevet") is a mention too.
 * Personal but not case work: a sentence that declines ("vi kan ikke svare på spørgsmål om dit
 * forløb her"), and a possessive or relative in a sentence that refers ("skriv til afdelingen via
 * Digital Post om din behandling"), regrets ("Vi er kede af … din behandling") or thanks ("Tak for
 * din klage"). Red flags and statements are never excused by referring, regretting or thanking –
 * unless the regret or thanks reports what the person wrote ("Vi er kede af at høre, at din
 * operation er blevet udskudt") or is a wish ("Vi håber, at din søn snart bliver udskrevet").
 * A private message counts as a referral here (the sentence sends the reader on); the referral
 * rule reports it as an insecure channel. An identifier request is excused by a referral, a phone
 * number or a private message in its sentence (the referral rule again judges the channel).
 */
import type { Draft } from '../../draft/draft.js';
import type { TextModel } from '../../draft/text-model.js';
import type { Range } from '../../draft/types.js';
import type { Lexicon } from '../../core/lexicon.js';
import { PhraseMatcher } from '../../text/phrase-matcher.js';
import { firstStartingFrom } from '../../text/sorted-index.js';
import { stripDot } from '../../text/strip-dot.js';
import type { Token } from '../../text/token.js';
import { draftWords, matchWords, type WordMatch } from './words.js';

export type SignalKind = 'redFlag' | 'statement' | 'possessive' | 'relative';

export interface PersonalSignal extends Range {
  kind: SignalKind;
  /** The words that make it personal, as written (white space collapsed). */
  match: string;
  sentence: Range;
  /**
   * Why the sentence mentions the case without handling it; undefined when it handles it.
   * `general`: a verb-first condition ("Har du spørgsmål til din behandling, kan du …").
   */
  exempt?: 'decline' | 'referral' | 'regret' | 'thanks' | 'general';
  /** The case word is about a complaint or compensation ("klage", "erstatning"). */
  complaint: boolean;
}

export interface Mention extends Range {
  match: string;
}

/**
 * Why: declining, referring or regretting still shows a personal matter that needs a referral;
 * thanks do only when they are about a complaint ("Tak for din klage", not "Tak for de søde ord
 * om din behandling"); general advice in a condition never does.
 */
export function needsReferral(signal: PersonalSignal): boolean {
  if (signal.exempt === 'general') return false;
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
  'course-verbs',
  'condition-words',
  'result-words',
  'course-nouns',
  'wishes',
  'personal-identifiers',
  'request-verbs',
] as const;
type Group = (typeof PERSONAL_MATTER_GROUPS)[number];

/** Danish second-person forms by role (a closed class); the lexicon decides which are used. */
const SUBJECT_FORMS = new Set(['du', 'I']);
const POSSESSIVE_FORMS = new Set(['din', 'dit', 'dine', 'jeres']);
const OBJECT_FORMS = new Set(['dig', 'jer']);

/** Future and obligation: "din søn skal scannes", "du vil blive udskrevet" (only with a course verb). */
const MODALS = new Set(['skal', 'vil', 'skulle', 'ville']);
/** The copula, after which a person is in a condition ("er stabil") and a test has a result ("var fint"). */
const COPULAS = new Set(['er', 'var', 'blev', 'bliver']);
/** A relative after one of these is not the subject: "behandlingen af din far", "med din mor". */
const PREPOSITIONS = new Set(['af', 'for', 'til', 'hos', 'med', 'om', 'på', 'fra', 'ved', 'over', 'under', 'efter', 'mod', 'i']);
/** A case word + one of these + a person: "behandlingen af din far", "scanningen for dig". */
const LINKS = new Set(['af', 'for', 'hos']);
/** Words that open an indirect question: "… om din mor er flyttet", "… hvornår du bliver udskrevet". */
const INDIRECT = new Set(['om', 'hvornår', 'hvorfor', 'hvordan', 'hvorvidt', 'hvor']);
/** "Skriv ikke dit CPR-nummer her", "del aldrig dit cpr-nummer": asking not to. */
const NEGATIONS = new Set(['ikke', 'aldrig']);
/** A comma, semicolon, colon or bracket between two words ends the clause a predicate is looked for in. */
const CLAUSE_BREAK = /[,;:()[\]]/;
const QUESTION_END = /\?[»«”“"’')\]]*$/;

/**
 * A finite verb that can open a question or condition ("Har du …", "Skal din søn …"): the
 * modals and past forms, or a present tense in -r that is not one of the few words in -r that
 * open a statement or a clause ("Eller du kan …", "Efter du er udskrevet …").
 */
const FINITE_VERBS = new Set(['skal', 'vil', 'kan', 'må', 'bør', 'tør', 'skulle', 'ville', 'kunne', 'måtte', 'burde', 'var', 'havde', 'fik', 'blev', 'gik', 'kom', 'lå', 'stod']);
const PRESENT_TENSE = /^\p{Ll}{2,}r$/u;
const NOT_VERBS = new Set(['eller', 'efter', 'over', 'under', 'der', 'her', 'hvor', 'hver', 'før', 'for', 'derfor', 'når', 'nær', 'mer', 'super', 'kære']);

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

  private match(group: Group, model: TextModel): WordMatch<Group>[] {
    return matchWords(this.matchers.get(group)!, model);
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
    const { prose } = model;
    // Reaches and clauses count words; what stands between two words is read from the prose.
    const tokens = draftWords(model).list;
    const all = (group: Group): WordMatch<Group>[] => this.match(group, model);
    const caseHits = [...all('case-words'), ...all('health-words')].sort((a, b) => a.start - b.start);
    const relatives = all('relatives');
    const redFlags = all('red-flag-phrases');
    const referralPhrases = [...all('referral-phrases'), ...all('secure-channels')].sort((a, b) => a.start - b.start);
    const declines = all('decline-phrases');
    const generic = all('generic-markers');
    const regrets = all('regrets');
    const thanksOpeners = all('thanks');
    const wishes = all('wishes');
    const hearsay = all('hearsay');
    const complaints = all('complaint-words');
    const adviceOpeners = all('advice-openers');
    const secure = all('secure-channels');
    const courseVerbs = all('course-verbs');
    const courseNouns = all('course-nouns');
    const identifiers = all('personal-identifiers');
    const requests = all('request-verbs');
    const byToken = (matches: readonly WordMatch<Group>[]): Map<number, WordMatch<Group>> => new Map(matches.map((m) => [m.word, m]));
    const courseAt = byToken(courseVerbs);
    const conditionAt = byToken(all('condition-words'));
    const resultAt = byToken(all('result-words'));
    const nounAt = byToken(courseNouns);
    const relativeAt = byToken(relatives);

    /** Index of the first token at or after `offset`, or -1. */
    const tokenAfter = (offset: number): number => {
      const i = firstStartingFrom(tokens, offset);
      return i < tokens.length ? i : -1;
    };
    /** Index of the last token of a match. */
    const lastTokenOf = (m: Range): number => firstStartingFrom(tokens, m.end) - 1;
    /** No clause boundary (, ; : or a bracket) between token `a` and the next one. */
    const sameClause = (a: number): boolean => !CLAUSE_BREAK.test(prose.slice(tokens[a]!.end, tokens[a + 1]!.start));
    const courseEndingAt = new Map(courseVerbs.map((m) => [lastTokenOf(m), m]));

    const names = greetedNames(model.published.text);
    const mentions = model.entities.filter((e) => e.kind === 'mention');
    // "du"/"Du" and "I" (never the preposition "i"), the greeted name, or an @mention.
    const isPersonToken = (t: Token): boolean =>
      (SUBJECT_FORMS.has(stripDot(t.lower) === 'du' ? 'du' : stripDot(t.text)) && this.is('second-person', t)) ||
      names.has(stripDot(t.text)) ||
      inRanges(mentions, t);
    const isPossessive = (t: Token): boolean => POSSESSIVE_FORMS.has(stripDot(t.lower)) && this.is('second-person', t);
    const isObject = (t: Token): boolean => OBJECT_FORMS.has(stripDot(t.lower)) && this.is('second-person', t);
    /** A person after a preposition ("af din far", "for dig"): the index of its last token, or -1. */
    const personRefAt = (k: number, last: number): number => {
      if (k > last) return -1;
      const relative = relativeAt.get(k);
      if (relative) return Math.min(lastTokenOf(relative), last);
      const t = tokens[k]!;
      return isObject(t) || isPersonToken(t) ? k : -1;
    };

    const phones: Mention[] = [];
    const published = model.published;
    for (const m of published.text.matchAll(PHONE_RE)) {
      const range = published.rangeToSource(m.index, m.index + m[0].length);
      phones.push({ ...range, match: m[0] });
    }
    phones.sort((a, b) => a.start - b.start);
    // "din indbakke i e-Boks" is Digital Post, not the platform's inbox.
    const insecureHits = all('insecure-channels').filter((m) => {
      const next = tokenAfter(m.end);
      return !(next !== -1 && ['i', 'på'].includes(tokens[next]!.lower) && secure.some((s) => s.word === next + 1));
    });

    const signals: PersonalSignal[] = [];
    const text = (start: number, end: number): string => draft.text.slice(start, end).replace(/\s+/g, ' ');
    const sentences = model.sentences;
    const within = <T extends Range>(items: readonly T[], range: Range): T[] => items.slice(firstStartingFrom(items, range.start), firstStartingFrom(items, range.end));
    /** Does a sentence send the reader somewhere: a referral phrase, a phone number, or a (private) message? */
    const refersOn = (range: Range | undefined): boolean =>
      range !== undefined && (within(referralPhrases, range).length > 0 || within(phones, range).length > 0 || within(insecureHits, range).length > 0);

    for (const [index, sentence] of sentences.entries()) {
      const inside = <T extends Range>(items: readonly T[]): T[] => within(items, sentence);
      const first = firstStartingFrom(tokens, sentence.start);
      const last = firstStartingFrom(tokens, sentence.end) - 1;
      if (first > last) continue;

      const isGeneric = inside(generic).length > 0;
      for (const flag of inside(redFlags)) {
        if (!isGeneric) signals.push({ kind: 'redFlag', start: flag.start, end: flag.end, match: text(flag.start, flag.end), sentence, complaint: false });
      }
      const opensWith = (matches: readonly WordMatch<Group>[]): boolean => matches.some((m) => m.word === first);
      const referralsHere = inside(referralPhrases);
      const insecureHere = inside(insecureHits).length > 0;
      const declined = inside(declines).length > 0;

      // "Send os dit navn og CPR-nummer", "Kan vi få din fødselsdato": asking for what identifies
      // the person starts case work. A referral to a secure channel or a phone number is how to do
      // it; a private message is a referral too, so case-handling/referral reports that channel.
      if (!isGeneric && (insecureHere || !opensWith(adviceOpeners))) {
        const asks = inside(requests);
        const id = inside(identifiers).find((m) => asks.some((r) => r.start < m.start));
        if (id) {
          const request = asks.find((r) => r.start < id.start)!;
          let negated = false;
          for (let k = first; k <= last; k++) if (NEGATIONS.has(tokens[k]!.lower)) negated = true;
          const exempt = declined || negated ? 'decline' : referralsHere.length > 0 || insecureHere || inside(phones).length > 0 ? 'referral' : undefined;
          signals.push({ kind: 'redFlag', start: request.start, end: id.end, match: text(request.start, id.end), sentence, complaint: false, ...(exempt ? { exempt } : {}) });
        }
      }

      if (isGeneric || opensWith(adviceOpeners)) continue;
      // Verb first, then the reader or their case: a condition ("Har du spørgsmål til din egen
      // henvisning, så ring til …", "Skal du scannes, så …") is general like "hvis" and needs no
      // referral; a question ("Er din mor blevet flyttet?") confirms nothing. Either can still
      // mention the case, and a private message in them is still reported by the referral rule.
      const verbFirst = this.opensVerbFirst(tokens, first, last, sameClause, (t, k) => isPersonToken(t) || isPossessive(t) || relativeAt.has(k) || nounAt.has(k));
      const question = verbFirst && QUESTION_END.test(sentence.text);
      const condition = verbFirst && !question;

      // A question or condition refers when it or the sentence after it sends the reader on ("Har
      // du spørgsmål til din behandling? Så ring til afdelingen.", "…, så ring til 97 64 80 00").
      const refers = referralsHere.length > 0 || insecureHere || (verbFirst && (inside(phones).length > 0 || refersOn(sentences[index + 1])));
      const regretOpener = regrets.find((m) => m.word === first);
      const wishOpener = wishes.find((m) => m.word === first);
      const thanksOpener = thanksOpeners.find((m) => m.word === first) ?? wishOpener;
      const regret = regretOpener !== undefined;
      const thanks = thanksOpener !== undefined;
      // "Vi er kede af at høre, at …", "Dejligt at høre, at …": what follows is what the person
      // wrote; "Vi håber, at …" is a wish. Neither confirms anything.
      const opener = regretOpener ?? thanksOpener;
      const reported =
        wishOpener !== undefined ||
        (opener !== undefined && hearsay.some((h) => h.word === tokenAfter(opener.end) || (h.start > opener.start && h.end === opener.end)));
      // Only a statement made by the region confirms a course; in a question or condition the
      // case is a mention.
      const states = !verbFirst;
      // Case words used as verbs ("at klage") or inside a referral ("kontakt din kontaktperson") do not count.
      const hits = inside(caseHits).filter(
        (h) => !(h.word > 0 && tokens[h.word - 1]!.lower === 'at') && !referralsHere.some((r) => h.start < r.end && h.end > r.start),
      );
      const hitAt = (index: number): WordMatch<Group> | undefined => hits.find((h) => h.word === index);
      const statusAfter = (index: number): boolean => index <= last && this.is('status-verbs', tokens[index]);
      /**
       * How a subject's clause goes on to state a course: a course verb right after it ("din søn
       * udskrives"), or a status verb or "skal"/"vil" and within the clause a course verb ("er
       * flyttet", "skal scannes", "bliver nok udskrevet"). After "er/var/blev/bliver" a person can
       * be in a condition ("er stabil") and a test have a result ("var fint"); after a status verb
       * a person can have a case or health word ("er indlagt", "står på ventelisten").
       */
      const predicate = (at: number, subject: 'person' | 'case'): WordMatch<Group> | undefined => {
        if (at > last) return undefined;
        const direct = courseAt.get(at);
        if (direct) return direct;
        const verb = stripDot(tokens[at]!.lower);
        const status = statusAfter(at);
        if (!status && !MODALS.has(verb)) return undefined;
        const copula = COPULAS.has(verb);
        for (let j = at + 1; j <= Math.min(at + STATEMENT_REACH, last) && sameClause(j - 1); j++) {
          const found =
            courseAt.get(j) ??
            (copula ? (subject === 'person' ? conditionAt.get(j) : resultAt.get(j)) : undefined) ??
            (status && subject === 'person' ? hitAt(j) : undefined);
          if (found) return found;
        }
        return undefined;
      };
      const push = (kind: SignalKind, start: number, end: number): void => {
        // "Vi ved ikke, hvornår din søn bliver udskrevet": an indirect question asserts nothing.
        const subject = firstStartingFrom(tokens, start);
        const indirect = subject > first && INDIRECT.has(tokens[subject - 1]!.lower);
        const mention = kind === 'possessive' || kind === 'relative' || reported || indirect;
        const exempt = declined ? 'decline' : !mention ? undefined : refers ? 'referral' : condition ? 'general' : regret ? 'regret' : thanks ? 'thanks' : undefined;
        const complaint = complaints.some((c) => c.start < end && c.end > start);
        signals.push({ kind, start, end, match: text(start, end), sentence, complaint, ...(exempt ? { exempt } : {}) });
      };
      let hasPerson = false;
      for (let k = first; k <= last && !hasPerson; k++) {
        const t = tokens[k]!;
        hasPerson = isPersonToken(t) || isPossessive(t) || isObject(t) || relativeAt.has(k);
      }
      if (!hasPerson) continue;

      const claimed = new Set<number>();
      // Relatives: "din søn er indlagt", "din mor er flyttet til B3" and "vi har udskrevet din far"
      // are statements; "din mors operation" a relative reference.
      for (const relative of inside(relatives)) {
        const end = lastTokenOf(relative);
        for (let k = relative.word; k <= end; k++) claimed.add(k);
        const before = relative.word > first ? tokens[relative.word - 1]! : undefined;
        const agent = relative.word > first && sameClause(relative.word - 1) ? courseEndingAt.get(relative.word - 1) : undefined;
        // After a preposition ("behandlingen af din far") the relative is not the subject.
        const subject = before === undefined || !PREPOSITIONS.has(stripDot(before.lower));
        const statement = !states ? undefined : agent ?? (subject ? predicate(end + 1, 'person') : undefined);
        if (statement) push('statement', Math.min(relative.start, statement.start), Math.max(relative.end, statement.end));
        else if (hits.length > 0) {
          const distance = (h: Range): number => Math.abs(h.start - relative.start);
          const hit = hits.reduce((best, h) => (distance(h) < distance(best) ? h : best));
          push('relative', Math.min(relative.start, hit.start), Math.max(relative.end, hit.end));
        }
      }
      for (let i = first; i <= last; i++) {
        if (claimed.has(i)) continue;
        const token = tokens[i]!;
        // "du er indlagt", "Hans har fået konstateret kræft", "du bliver udskrevet i morgen"
        if (isPersonToken(token)) {
          const statement = states ? predicate(i + 1, 'person') : undefined;
          if (statement) push('statement', token.start, statement.end);
          continue;
        }
        // "dit videre forløb", "din operation er flyttet", "din tid er aflyst"
        if (isPossessive(token)) {
          // The noun phrase ends at a comma ("din besked, din operation …") or another possessive.
          for (let j = i + 1; j <= Math.min(i + 3, last) && sameClause(j - 1) && !isPossessive(tokens[j]!); j++) {
            const hit = hitAt(j);
            if (hit) {
              const after = lastTokenOf(hit) + 1;
              const statement = states && (statusAfter(after) || predicate(after, 'case') !== undefined);
              push(statement ? 'statement' : 'possessive', token.start, hit.end);
              break;
            }
            const noun = nounAt.get(j);
            if (noun) {
              const statement = states ? predicate(lastTokenOf(noun) + 1, 'case') : undefined;
              if (statement) push('statement', token.start, statement.end);
              break;
            }
            if (PHRASE_BREAKERS.has(stripDot(tokens[j]!.lower))) break;
          }
        }
      }
      if (!states) continue;
      // "Behandlingen af din far er udskudt", "Scanningen er aflyst for dig", "Hej Anne,
      // prøvesvaret var fint": a definite case word with a course or result, in a sentence about the
      // reader or a relative. Without a predicate, "udskrivelsen af din mor" is a mention.
      for (const noun of inside(courseNouns)) {
        if (noun.word > first && isPossessive(tokens[noun.word - 1]!)) continue;
        let next = lastTokenOf(noun) + 1;
        let person = -1;
        if (next <= last && sameClause(next - 1) && LINKS.has(stripDot(tokens[next]!.lower))) {
          person = personRefAt(next + 1, last);
          if (person !== -1) next = person + 1;
        }
        const statement = predicate(next, 'case');
        if (statement) push('statement', noun.start, statement.end);
        else if (person !== -1 && stripDot(tokens[lastTokenOf(noun) + 1]!.lower) === 'af') push('possessive', noun.start, tokens[person]!.end);
      }
      // "er aflyst for dig", "blev flyttet for din søn" (not "vi har undersøgt det for dig")
      for (const verb of inside(courseVerbs)) {
        if (verb.word <= first || !COPULAS.has(stripDot(tokens[verb.word - 1]!.lower))) continue;
        const end = lastTokenOf(verb);
        for (let j = end + 1; j <= Math.min(end + 3, last) && sameClause(j - 1); j++) {
          if (stripDot(tokens[j]!.lower) !== 'for') continue;
          const person = personRefAt(j + 1, last);
          if (person !== -1) push('statement', verb.start, tokens[person]!.end);
          break;
        }
      }
    }

    const referrals: Mention[] = [...referralPhrases.map((r) => ({ start: r.start, end: r.end, match: text(r.start, r.end) })), ...phones];
    const insecure = insecureHits.map((m) => ({ start: m.start, end: m.end, match: text(m.start, m.end) }));
    return { signals: signals.sort((a, b) => a.start - b.start), referrals, insecure };
  }

  /**
   * Does a sentence open with a finite verb and then the reader, a relative or a case word ("Har du
   * …", "Skal din søn …", "Er scanningen …")? In Danish that is a question or a condition, never a
   * statement (a statement has the verb second: "Nu er din søn …").
   */
  private opensVerbFirst(
    tokens: readonly Token[],
    first: number,
    last: number,
    sameClause: (a: number) => boolean,
    isSubject: (t: Token, index: number) => boolean,
  ): boolean {
    if (first + 1 > last || !sameClause(first)) return false;
    const verb = stripDot(tokens[first]!.lower);
    const finite = FINITE_VERBS.has(verb) || (PRESENT_TENSE.test(verb) && !NOT_VERBS.has(verb));
    return finite && isSubject(tokens[first + 1]!, first + 1);
  }
}

/** Is `r` inside one of the sorted `ranges`? */
function inRanges(ranges: readonly Range[], r: Range): boolean {
  const i = firstStartingFrom(ranges, r.start + 1) - 1;
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
