/**
 * Attribution tails of quotations: », siger overlæge Anne Holm, Aalborg Universitetshospital.«
 * They are not part of the quoted sentence a reader has to work through, so sentence length and
 * LIX leave them out.
 *
 * A tail is a speech verb and its speaker, up to the end of the sentence, that follows
 * - a closing quote (» « “ ” " ' ’ written against the word before it), then a comma or nothing:
 *   `»Vi åbner i morgen,« siger overlæge Anne Holm, Aalborg Universitetshospital.`
 *   `"Vi er klar", fortæller Mette Hansen.`
 *   `»Det er en god dag« lyder det fra direktør Jens Madsen.`
 * - a free-standing dash: `Vi er klar – siger han.`
 * - a comma, on a line that opens with a replique dash: `– Vi er klar, siger han.`
 * The speaker runs to the end of the sentence (splitSentences: "Anne B. Holm" does not end it),
 * or to an opening quote, and has at most
 * `MAX_SPEAKER_WORDS` words; a longer run is narrative, not an attribution.
 */
import { lineBreak, splitSentences, type SentenceRange } from './sentences.js';
import type { Token } from './token.js';

export interface Attribution {
  /** from the comma or dash after the quote (or the verb when there is none) … */
  start: number;
  /** … to the end of the speaker, before the full stop */
  end: number;
  /** the speech verb as written ("siger", "lyder det fra") */
  verb: string;
  /** where the speaker starts */
  speakerStart: number;
}

const MAX_SPEAKER_WORDS = 12;

/** Speech verbs, present and past; a few are several words. */
const VERBS: readonly string[][] = [
  'siger sagde fortæller fortalte forklarer forklarede understreger understregede mener mente',
  'tilføjer tilføjede påpeger påpegede uddyber uddybede svarer svarede skriver skrev spørger spurgte',
  'oplyser oplyste fastslår fastslog konstaterer konstaterede vurderer vurderede erkender erkendte',
  'fortsætter fortsatte udtaler udtalte opfordrer opfordrede pointerer pointerede betoner betonede',
]
  .join(' ')
  .split(' ')
  .map((v) => [v])
  .concat([
    ['lyder', 'det', 'fra'],
    ['lød', 'det', 'fra'],
  ]);

const CLOSING_QUOTES: ReadonlySet<string> = new Set(['»', '«', '“', '”', '"', "'", '’']);
const OPENING_QUOTES: ReadonlySet<string> = new Set(['»', '“', '„', '"']);
const DASHES: ReadonlySet<string> = new Set(['–', '—', '-']);
const STOPS: ReadonlySet<string> = new Set(['.', '!', '?', '…']);

export function findAttributions(text: string, tokens: readonly Token[]): Attribution[] {
  const out: Attribution[] = [];
  const sentenceLast = lastTokenOfSentence(tokens, splitSentences(text, tokens));
  let replique = false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const lineStart = k === 0 || lineBreak(text, tokens[k - 1]!.end, token.start);
    if (lineStart) replique = token.kind === 'punct' && DASHES.has(token.text);
    if (token.kind !== 'punct') continue;

    let verbAt = -1;
    let start = -1;
    const previous = tokens[k - 1];
    const next = tokens[k + 1];
    if (!next || lineBreak(text, token.end, next.start)) continue;
    if (CLOSING_QUOTES.has(token.text) && previous && previous.end === token.start && !lineStart) {
      verbAt = next.text === ',' ? k + 2 : k + 1;
      start = next.start;
    } else if (DASHES.has(token.text) && !lineStart && next.start > token.end && previous && previous.end < token.start) {
      verbAt = k + 1;
      start = token.start;
    } else if (token.text === ',' && replique) {
      verbAt = k + 1;
      start = token.start;
    }
    if (verbAt < 0) continue;
    const tail = tailAt(text, tokens, verbAt, sentenceLast);
    if (!tail) continue;
    out.push({ start, end: tail.end, verb: tail.verb, speakerStart: tail.speakerStart });
    k = tail.last;
  }
  return out;
}

/** The verb at token `v` and its speaker, or undefined. */
function tailAt(
  text: string,
  tokens: readonly Token[],
  v: number,
  sentenceLast: Int32Array,
): { end: number; verb: string; speakerStart: number; last: number } | undefined {
  const verb = VERBS.find((words) => words.every((w, i) => tokens[v + i]?.lower === w && sameLine(text, tokens, v + i)));
  if (!verb) return undefined;
  const first = v + verb.length;
  const stop = sentenceLast[v] ?? -1;
  let last = first - 1;
  let words = 0;
  for (let t = first; t <= stop; t++) {
    const token = tokens[t]!;
    if (token.kind === 'punct' && (STOPS.has(token.text) || (OPENING_QUOTES.has(token.text) && tokens[t + 1]?.start === token.end))) {
      if (!(token.text === '.' && t < stop)) break; // an inner dot is an initial's ("Anne B. Holm")
    }
    if (token.kind === 'word') words++;
    if (words > MAX_SPEAKER_WORDS || t - first > 3 * MAX_SPEAKER_WORDS) return undefined; // narrative; also bounds the work
    last = t;
  }
  if (words === 0) return undefined;
  // a comma or dash before the full stop is not part of the speaker
  while (last >= first && tokens[last]!.kind === 'punct') last--;
  const verbText = text.slice(tokens[v]!.start, tokens[first - 1]!.end);
  return { end: tokens[last]!.end, verb: verbText, speakerStart: tokens[first]!.start, last };
}

/** For each token, the index of the last token of its sentence (-1 outside every sentence). */
function lastTokenOfSentence(tokens: readonly Token[], sentences: readonly SentenceRange[]): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t]!.end <= s.start) t++;
    let last = t;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= s.end) last++;
    for (; t <= last && t < tokens.length; t++) out[t] = last;
  }
  return out;
}

function sameLine(text: string, tokens: readonly Token[], t: number): boolean {
  return t === 0 || !lineBreak(text, tokens[t - 1]!.end, tokens[t]!.start);
}
