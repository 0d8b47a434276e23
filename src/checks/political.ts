/**
 * political: party names in an endorsing context and calls to vote for someone
 * (tone/political-neutrality). The region's pages are party-politically neutral; naming a party
 * or a politician is fine ("regionsrådsformand Mads Duedahl (V)", "Venstre støtter forslaget"),
 * taking sides is not ("Stem på Venstre", "Støt SF", "takket være Socialdemokratiet").
 *
 * All words come from a grouped lexicon (rules/lexicon/parties.yml), so the party list can be
 * updated after an election without touching code:
 * - a party is a `parties` name that is not inside a `not-political` phrase ("til venstre",
 *   "konservativ behandling", "radikal operation"), or a `party-tags` letter in parentheses
 *   right after a capitalised name ("Mads Duedahl (V)"), or a `ballot-letters` letter after
 *   "liste" ("liste A");
 * - an `endorsements` or `election-calls` phrase is reported when a party starts within
 *   `window` words after it, in the same sentence; an election call also when a ballot letter
 *   follows at once ("Stem på A"), or a capitalised name ("Sæt dit kryds ved Mette Hansen") in a
 *   post with an `election-context` word ("valget", "kandidat");
 * - an `endorsement-context` phrase ("tillykke med valget", "takket være") is reported when a
 *   party name stands in the same sentence.
 *
 * Praise and blame of a party (message `partisan`, at most one per sentence) – the party is
 * judged, not reported on:
 * - a `praise` phrase with a party name right after it ("Stor ros til Venstre", "Tak til SF og
 *   Enhedslisten", "Godt gået, Venstre", "Tak til både SF og …"; see JUDGED_GAP);
 * - a `verdicts` word, then "at"/"af", then a party name right after ("Skuffende at Konservative
 *   …", "Det er pinligt, at Venstre …", "uansvarligt af DF" is not: DF is a short form);
 * - a party as the subject of a `blame` verb: the name (or a `short-forms` letter pair such as
 *   "DF") at most three words before the verb, no punctuation between ("Enhedslisten svigter
 *   patienterne", "DF har svigtet de ældre"); "Venstre mener, at regionen svigter" is a report;
 * - a `stance-adverbs` word in a sentence that reports a party's vote: a `vote-words` word and a
 *   party name or short form ("Desværre stemte Liberal Alliance imod", "Heldigvis stemte SF for").
 * A genitive ("Venstres formand") is never the judged party's subject, and a "(V)" tag is about
 * a person, so neither counts here. News of votes, agreements and proposals ("Regionsrådet vedtog
 * med stemmer fra S, V og K", "Venstre og Socialdemokratiet har indgået en aftale", "SF foreslår")
 * has no praise, verdict, blame verb or stance word, and passes.
 */
import type { Range } from '../draft/types.js';
import { PhraseMatcher } from '../text/phrase-matcher.js';
import { firstAtLeast, firstStartingFrom } from '../text/sorted-index.js';
import { stripDot } from '../text/strip-dot.js';
import type { Token } from '../text/token.js';
import { draftWords, matchWords, type WordMatch } from './lib/words.js';
import { defineCheckKind } from './types.js';

export interface PoliticalOptions {
  lexicon: string;
  /** How many words after a phrase a party may start (default 4). */
  window?: number;
}

interface Mention extends Range {
  /** Index of the mention's first word. */
  word: number;
  text: string;
  /** A short form ("DF") counts only as the subject of blame or of a regretted vote. */
  kind: 'name' | 'tag' | 'ballot' | 'short';
  /** "Venstres", "SF's": the party owns something, it is not the subject. */
  genitive?: boolean;
}

const CAPITALISED = /^\p{Lu}/u;

/** The groups of rules/lexicon/parties.yml the check reads. */
const POLITICAL_GROUPS = [
  'parties',
  'not-political',
  'endorsements',
  'endorsement-context',
  'election-calls',
  'party-tags',
  'ballot-letters',
  'election-context',
  'praise',
  'verdicts',
  'blame',
  'stance-adverbs',
  'vote-words',
  'short-forms',
];

/** Punctuation that ends the link between a party and the word that judges it. */
const BREAK = /[,.;:!?()»«"“”\r\n]/;
/** How many words may stand between a party and its blame verb ("Venstre har endnu en gang svigtet" is out). */
const BLAME_GAP = 3;
/**
 * What may stand between a praise phrase (or a verdict's "at"/"af") and the party it judges: a
 * vocative comma ("Godt gået, Venstre") or a couple of small words ("Tak til både SF og …",
 * "at hverken Venstre eller …"). Anything else and the party is not the one judged: "Ros til
 * personalet fra Venstres gruppe" praises the staff.
 */
const JUDGED_GAP = /^(?:,?[^\S\r\n]+|[^\S\r\n]+(?:(?:både|hele|partiet|især|særligt|også|hverken)[^\S\r\n]+){1,2})$/iu;

export const political = defineCheckKind<PoliticalOptions>({
  name: 'political',
  meta: {
    description: 'Reports party names in an endorsing context, praise or blame of a party, and calls to vote for a party or candidate.',
    schema: {
      type: 'object',
      required: ['lexicon'],
      properties: {
        lexicon: { type: 'string', description: 'Grouped party lexicon relative to the pack (rules/lexicon/parties.yml)' },
        window: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
    messages: { default: ['match', 'party'], electionCall: ['match', 'party'], partisan: ['match', 'party'] },
    lexicons: [{ option: 'lexicon', groups: POLITICAL_GROUPS }],
  },
  create(options, env) {
    const lexicon = env.lexicon(options.lexicon);
    const group = (name: string): string[] => lexicon.group(name);
    const matcher = (name: string): PhraseMatcher<string> => new PhraseMatcher(group(name).map((phrase) => ({ phrase, payload: phrase })));
    /** A party is named by its hashtag or @-handle too: "Stem på #Venstre", "Tak til @SF". */
    const named = (name: string): PhraseMatcher<string> =>
      new PhraseMatcher(group(name).map((phrase) => ({ phrase: [phrase, `#${phrase}`, `@${phrase}`], payload: phrase })));
    const parties = named('parties');
    const notPolitical = matcher('not-political');
    const endorsements = matcher('endorsements');
    const endorsementContext = matcher('endorsement-context');
    const electionCalls = matcher('election-calls');
    const partyTags = new Set(group('party-tags'));
    const ballotLetters = new Set(group('ballot-letters'));
    const electionContext = new Set(group('election-context').map((w) => w.toLowerCase()));
    const praise = matcher('praise');
    const verdicts = matcher('verdicts');
    const blame = matcher('blame');
    const stanceAdverbs = matcher('stance-adverbs');
    const voteWords = matcher('vote-words');
    const shortForms = named('short-forms');
    const partyNames = new Set(group('parties'));
    const isGenitive = (name: string): boolean =>
      (name.endsWith("'s") || name.endsWith('’s') ? partyNames.has(name.slice(0, -2)) : false) || (name.endsWith('s') && partyNames.has(name.slice(0, -1)));
    const window = options.window ?? 4;

    return (context) => {
      const { model } = context.draft;
      const { prose } = model;
      // Windows and distances count words; what stands between two words is read from the prose.
      const tokens = draftWords(model).list;
      const sentenceOf = sentenceIndexes(tokens, model.sentences);

      // Parties mentioned in the post.
      const excluded = matchWords(notPolitical, model);
      const mentions: Mention[] = [];
      let x = 0;
      for (const m of matchWords(parties, model)) {
        while (x < excluded.length && excluded[x]!.end <= m.start) x++;
        // "Venstre side", "Alternativet til": an exclusion that starts with the name. Inside one, a
        // capital is the party: "til venstre" is a direction, "Tak til Venstre" the party.
        if (x < excluded.length && excluded[x]!.start === m.start) continue;
        const name = withoutSign(m);
        mentions.push({ ...name, word: m.word, kind: 'name', genitive: isGenitive(name.text) });
      }
      for (let i = 1; i < tokens.length; i++) {
        const token = tokens[i]!;
        const previous = tokens[i - 1]!;
        if (partyTags.has(token.text) && prose[token.start - 1] === '(' && prose[token.end] === ')' && CAPITALISED.test(previous.text) && /^\s*\($/.test(prose.slice(previous.end, token.start))) {
          mentions.push({ start: token.start - 1, end: token.end + 1, word: i, text: `(${token.text})`, kind: 'tag' });
        } else if (ballotLetters.has(stripDot(token.text)) && previous.lower === 'liste') {
          const letter = stripDot(token.text);
          mentions.push({ start: previous.start, end: token.start + letter.length, word: i - 1, text: `${previous.text} ${letter}`, kind: 'ballot' });
        }
      }
      mentions.sort((a, b) => a.word - b.word);
      // Asked only for an election call before a capitalised word: most posts never need the scan.
      let electionPost: boolean | undefined;
      const isElectionPost = (): boolean => (electionPost ??= tokens.some((t) => electionContext.has(stripDot(t.lower).replace(SIGN, ''))));

      const reported = new Set<number>();
      const report = (phrase: WordMatch<string>, messageId: 'default' | 'electionCall', end: number, party: string): void => {
        if (reported.has(phrase.start)) return;
        reported.add(phrase.start);
        context.report({ start: phrase.start, end: Math.max(end, phrase.end), messageId, data: { match: prose.slice(phrase.start, Math.max(end, phrase.end)), party } });
      };
      /** The first party mention starting within `window` words after the phrase, same sentence. */
      const partyAfter = (phrase: WordMatch<string>): Mention | undefined => {
        const next = firstTokenAfter(tokens, phrase);
        const m = mentions[firstMentionFrom(mentions, next)];
        return m && m.word < next + window && sentenceOf[m.word] === sentenceOf[phrase.word] ? m : undefined;
      };
      /** A party name in the same sentence as the phrase (sentences are runs of tokens). */
      const nameInSentence = (phrase: WordMatch<string>): Mention | undefined => {
        const sentence = sentenceOf[phrase.word];
        const at = firstMentionFrom(mentions, phrase.word);
        for (let i = at - 1; i >= 0 && sentenceOf[mentions[i]!.word] === sentence; i--) if (mentions[i]!.kind === 'name') return mentions[i];
        for (let i = at; i < mentions.length && sentenceOf[mentions[i]!.word] === sentence; i++) if (mentions[i]!.kind === 'name') return mentions[i];
        return undefined;
      };

      for (const call of matchWords(electionCalls, model)) {
        const party = partyAfter(call);
        if (party) {
          report(call, 'electionCall', party.end, party.text);
          continue;
        }
        const at = firstTokenAfter(tokens, call);
        const next = tokens[at];
        if (!next || sentenceOf[at] !== sentenceOf[call.word] || !/^\s+$/.test(prose.slice(call.end, next.start))) continue;
        const word = stripDot(next.text);
        if (ballotLetters.has(word)) {
          report(call, 'electionCall', next.start + word.length, word);
        } else if (CAPITALISED.test(word) && isElectionPost()) {
          // A candidate: the name runs over the capitalised words that follow ("Mette Hansen").
          let last = at;
          while (last + 1 < tokens.length && CAPITALISED.test(tokens[last + 1]!.text) && /^[^\S\r\n]+$/.test(prose.slice(tokens[last]!.end, tokens[last + 1]!.start)) && !tokens[last]!.text.endsWith('.')) last++;
          const end = tokens[last]!.start + stripDot(tokens[last]!.text).length;
          report(call, 'electionCall', end, prose.slice(next.start, end));
        }
      }
      for (const phrase of matchWords(endorsements, model)) {
        const party = partyAfter(phrase);
        if (party) report(phrase, 'default', party.end, party.text);
      }
      for (const phrase of matchWords(endorsementContext, model)) {
        const party = nameInSentence(phrase);
        if (party) report(phrase, 'default', phrase.end, party.text);
      }

      // Praise and blame: at most one `partisan` report per sentence, none where an endorsement was reported.
      const judged = new Set<number>([...reported].map((start) => sentenceOf[tokenAt(tokens, start)] ?? -1));
      const partisan = (start: number, end: number, party: Mention): void => {
        const sentence = sentenceOf[tokenAt(tokens, start)] ?? -1;
        if (judged.has(sentence)) return;
        judged.add(sentence);
        context.report({ start, end, messageId: 'partisan', data: { match: prose.slice(start, end), party: party.text } });
      };
      /**
       * The party name the text from `from` on judges: it follows at once or after a JUDGED_GAP.
       * A genitive followed by a name is a person ("Tak til Socialdemokratiets Ulla Astman for 10
       * gode år"); followed by anything else it is the party's ("Stor ros til SF's forslag").
       */
      const judgedAfter = (from: number): Mention | undefined => {
        const m = mentions[firstMentionFrom(mentions, tokenAt(tokens, from))];
        if (!m || m.kind !== 'name' || !JUDGED_GAP.test(prose.slice(from, m.start))) return undefined;
        const next = tokens[firstTokenAfter(tokens, m)];
        return m.genitive && next && CAPITALISED.test(next.text) && /^[^\S\r\n]+$/.test(prose.slice(m.end, next.start)) ? undefined : m;
      };
      for (const phrase of matchWords(praise, model)) {
        const party = judgedAfter(phrase.end);
        if (party) partisan(phrase.start, party.end, party);
      }
      for (const verdict of matchWords(verdicts, model)) {
        const glue = firstTokenAfter(tokens, verdict);
        const word = tokens[glue];
        if (!word || sentenceOf[glue] !== sentenceOf[verdict.word] || !['at', 'af'].includes(word.lower)) continue;
        if (!/^[\s,]*$/.test(prose.slice(verdict.end, word.start))) continue;
        const party = judgedAfter(word.end);
        if (party) partisan(verdict.start, party.end, party);
      }
      // Who can be judged as a subject: party names (not genitives) and short forms ("DF"), which
      // count nowhere else (they are ambiguous in health text).
      const subjects: Mention[] = [
        ...mentions.filter((m) => m.kind === 'name' && !m.genitive),
        ...matchWords(shortForms, model).map((m): Mention => ({ ...withoutSign(m), word: m.word, kind: 'short' })),
      ].sort((a, b) => a.word - b.word);
      for (const verb of matchWords(blame, model)) {
        const sentence = sentenceOf[verb.word];
        // The nearest subject before the verb, at most BLAME_GAP words between.
        const at = firstMentionFrom(subjects, verb.word);
        for (let i = at - 1; i >= 0; i--) {
          const m = subjects[i]!;
          const next = firstTokenAfter(tokens, m);
          if (sentenceOf[m.word] !== sentence || verb.word - next > BLAME_GAP) break;
          if (BREAK.test(prose.slice(m.end, verb.start))) break;
          partisan(m.start, verb.end, m);
          break;
        }
      }
      const votes = new Set(matchWords(voteWords, model).map((m) => sentenceOf[m.word]));
      for (const adverb of matchWords(stanceAdverbs, model)) {
        const sentence = sentenceOf[adverb.word]!;
        if (!votes.has(sentence)) continue;
        const party = subjects.find((m) => sentenceOf[m.word] === sentence);
        if (party) partisan(Math.min(adverb.start, party.start), Math.max(adverb.end, party.end), party);
      }
    };
  },
});

/** The sign of a hashtag or @-handle ("#kv25", "@Venstre"): the word is what counts. */
const SIGN = /^[#@]/;

/** A party's name as written, after the sign of a hashtag or handle. */
function withoutSign(m: WordMatch<string>): { start: number; end: number; text: string } {
  const sign = SIGN.test(m.text) ? 1 : 0;
  return { start: m.start + sign, end: m.end, text: m.text.slice(sign) };
}

/** Index of the first mention whose word is at or after `word` (mentions are sorted). */
function firstMentionFrom(mentions: readonly Mention[], word: number): number {
  return firstAtLeast(mentions, word, (m) => m.word);
}

/** Index of the word that starts at `offset` (or the first one after it). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstStartingFrom(tokens, offset);
}

/** Index of the first word that starts at or after the phrase's (or mention's) end. */
function firstTokenAfter(tokens: readonly Token[], phrase: { word: number; end: number }): number {
  let k = phrase.word;
  while (k < tokens.length && tokens[k]!.start < phrase.end) k++;
  return k;
}

/** For each word, the index of the sentence it starts in (-1 outside every sentence). */
function sentenceIndexes(tokens: readonly Token[], sentences: readonly Range[]): number[] {
  const out = new Array<number>(tokens.length).fill(-1);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i]!.start;
    while (s < sentences.length && sentences[s]!.end <= start) s++;
    if (s < sentences.length && sentences[s]!.start <= start) out[i] = s;
  }
  return out;
}
