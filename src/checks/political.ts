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
 */
import type { Token } from '../draft/text-model.js';
import type { Range } from '../draft/types.js';
import { PhraseMatcher, type PhraseMatch } from './lib/phrase-matcher.js';
import { defineCheckKind } from './types.js';

export interface PoliticalOptions {
  lexicon: string;
  /** How many words after a phrase a party may start (default 4). */
  window?: number;
}

interface Mention extends Range {
  /** Index of the mention's first token. */
  token: number;
  text: string;
  kind: 'name' | 'tag' | 'ballot';
}

const CAPITALISED = /^\p{Lu}/u;

/** The groups of rules/lexicon/parties.yml the check reads. */
const POLITICAL_GROUPS = ['parties', 'not-political', 'endorsements', 'endorsement-context', 'election-calls', 'party-tags', 'ballot-letters', 'election-context'];

export const political = defineCheckKind<PoliticalOptions>({
  name: 'political',
  meta: {
    description: 'Reports party names in an endorsing context and calls to vote for a party or candidate.',
    schema: {
      type: 'object',
      required: ['lexicon'],
      properties: {
        lexicon: { type: 'string', description: 'Grouped party lexicon relative to the pack (rules/lexicon/parties.yml)' },
        window: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
    messages: { default: ['match', 'party'], electionCall: ['match', 'party'] },
    lexicons: [{ option: 'lexicon', groups: POLITICAL_GROUPS }],
  },
  create(options, env) {
    const lexicon = env.lexicon(options.lexicon);
    const group = (name: string): string[] => lexicon.group(name);
    const matcher = (name: string): PhraseMatcher<string> => new PhraseMatcher(group(name).map((phrase) => ({ phrase, payload: phrase })));
    const parties = matcher('parties');
    const notPolitical = matcher('not-political');
    const endorsements = matcher('endorsements');
    const endorsementContext = matcher('endorsement-context');
    const electionCalls = matcher('election-calls');
    const partyTags = new Set(group('party-tags'));
    const ballotLetters = new Set(group('ballot-letters'));
    const electionContext = new Set(group('election-context').map((w) => w.toLowerCase()));
    const window = options.window ?? 4;

    return (context) => {
      const { model } = context.draft;
      const { tokens, prose } = model;
      const sentenceOf = sentenceIndexes(tokens, model.sentences);

      // Parties mentioned in the post.
      const excluded = notPolitical.match(tokens, prose);
      const mentions: Mention[] = [];
      let x = 0;
      for (const m of parties.match(tokens, prose)) {
        while (x < excluded.length && excluded[x]!.end <= m.start) x++;
        if (x < excluded.length && excluded[x]!.start < m.end) continue; // "venstre side", "Alternativet til"
        mentions.push({ start: m.start, end: m.end, token: m.token, text: m.text, kind: 'name' });
      }
      for (let i = 1; i < tokens.length; i++) {
        const token = tokens[i]!;
        const previous = tokens[i - 1]!;
        if (partyTags.has(token.text) && prose[token.start - 1] === '(' && prose[token.end] === ')' && CAPITALISED.test(previous.text) && /^\s*\($/.test(prose.slice(previous.end, token.start))) {
          mentions.push({ start: token.start - 1, end: token.end + 1, token: i, text: `(${token.text})`, kind: 'tag' });
        } else if (ballotLetters.has(stripDot(token.text)) && previous.lower === 'liste') {
          const letter = stripDot(token.text);
          mentions.push({ start: previous.start, end: token.start + letter.length, token: i - 1, text: `${previous.text} ${letter}`, kind: 'ballot' });
        }
      }
      mentions.sort((a, b) => a.token - b.token);
      const isElectionPost = tokens.some((t) => electionContext.has(stripDot(t.lower)));

      const reported = new Set<number>();
      const report = (phrase: PhraseMatch<string>, messageId: 'default' | 'electionCall', end: number, party: string): void => {
        if (reported.has(phrase.start)) return;
        reported.add(phrase.start);
        context.report({ start: phrase.start, end: Math.max(end, phrase.end), messageId, data: { match: prose.slice(phrase.start, Math.max(end, phrase.end)), party } });
      };
      /** The first party mention starting within `window` words after the phrase, same sentence. */
      const partyAfter = (phrase: PhraseMatch<string>): Mention | undefined => {
        const next = firstTokenAfter(tokens, phrase);
        const m = mentions[firstMentionFrom(mentions, next)];
        return m && m.token < next + window && sentenceOf[m.token] === sentenceOf[phrase.token] ? m : undefined;
      };
      /** A party name in the same sentence as the phrase (sentences are runs of tokens). */
      const nameInSentence = (phrase: PhraseMatch<string>): Mention | undefined => {
        const sentence = sentenceOf[phrase.token];
        const at = firstMentionFrom(mentions, phrase.token);
        for (let i = at - 1; i >= 0 && sentenceOf[mentions[i]!.token] === sentence; i--) if (mentions[i]!.kind === 'name') return mentions[i];
        for (let i = at; i < mentions.length && sentenceOf[mentions[i]!.token] === sentence; i++) if (mentions[i]!.kind === 'name') return mentions[i];
        return undefined;
      };

      for (const call of electionCalls.match(tokens, prose)) {
        const party = partyAfter(call);
        if (party) {
          report(call, 'electionCall', party.end, party.text);
          continue;
        }
        const at = firstTokenAfter(tokens, call);
        const next = tokens[at];
        if (!next || sentenceOf[at] !== sentenceOf[call.token] || !/^\s+$/.test(prose.slice(call.end, next.start))) continue;
        const word = stripDot(next.text);
        if (ballotLetters.has(word)) {
          report(call, 'electionCall', next.start + word.length, word);
        } else if (isElectionPost && CAPITALISED.test(word)) {
          // A candidate: the name runs over the capitalised words that follow ("Mette Hansen").
          let last = at;
          while (last + 1 < tokens.length && CAPITALISED.test(tokens[last + 1]!.text) && /^[^\S\r\n]+$/.test(prose.slice(tokens[last]!.end, tokens[last + 1]!.start)) && !tokens[last]!.text.endsWith('.')) last++;
          const end = tokens[last]!.start + stripDot(tokens[last]!.text).length;
          report(call, 'electionCall', end, prose.slice(next.start, end));
        }
      }
      for (const phrase of endorsements.match(tokens, prose)) {
        const party = partyAfter(phrase);
        if (party) report(phrase, 'default', party.end, party.text);
      }
      for (const phrase of endorsementContext.match(tokens, prose)) {
        const party = nameInSentence(phrase);
        if (party) report(phrase, 'default', phrase.end, party.text);
      }
    };
  },
});

/** A token without the full stop the tokenizer keeps ("A." at the end of a sentence). */
function stripDot(word: string): string {
  return word.length > 1 && word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Index of the first mention whose token is at or after `token` (binary search; mentions are sorted). */
function firstMentionFrom(mentions: readonly Mention[], token: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.token < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token that starts at or after the phrase's end. */
function firstTokenAfter(tokens: readonly Token[], phrase: PhraseMatch<unknown>): number {
  let k = phrase.token;
  while (k < tokens.length && tokens[k]!.start < phrase.end) k++;
  return k;
}

/** For each token, the index of the sentence it starts in (-1 outside every sentence). */
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
