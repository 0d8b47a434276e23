// X/Twitter text helpers built on twitter-text 3.1.0: weighted length, hashtag/URL/mention
// extraction, and detection of hashtags that the platform would cut off or refuse.
//
// twitter-text is CommonJS: only the default import works at runtime in Node 20
// (`import { parseTweet } from 'twitter-text'` type-checks but fails with "Named export not found").
import twitterText from 'twitter-text';
import type { ParseTweetOptions } from 'twitter-text';
import { findEmoji } from './emoji.js';

/** A twitter-text length configuration (v1, v2, v3 or a custom one). */
export type TwitterConfig = ParseTweetOptions;

// @types/twitter-text does not declare `configs` or `regexen`, although both are exported at runtime.
interface TwitterTextRuntimeExtras {
  configs: { version1: TwitterConfig; version2: TwitterConfig; version3: TwitterConfig; defaults: TwitterConfig };
  regexen: { hashtagAlphaNumeric: RegExp; hashtagAlpha: RegExp };
}
const extras = twitterText as unknown as TwitterTextRuntimeExtras;

/** The bundled configs. v3 (the default) is what X uses today: 280 weighted, emoji count 2. */
export const TWITTER_CONFIGS: Readonly<{ v1: TwitterConfig; v2: TwitterConfig; v3: TwitterConfig }> = Object.freeze({
  v1: extras.configs.version1,
  v2: extras.configs.version2,
  v3: extras.configs.version3,
});

// --- weighted length -------------------------------------------------------------------------

// Decision on the emoji quirk (platform-ci-facts §1): twitter-text 3.1.0 bundles twemoji-parser
// 11.0.2, which does not know emoji ZWJ sequences newer than its data (Unicode 15.1 🐦‍🔥, 🙂‍↔️ …),
// so it counts their parts separately (5 instead of 2). X's own documentation says every emoji
// counts 2, so we CORRECT it: for every RGI emoji sequence (`\p{RGI_Emoji}`, ICU-backed) that
// twitter-text weighs above `defaultWeight`, we subtract the excess. Only configs with
// `emojiParsingEnabled` (v3) are corrected, so the v1/v2 conformance groups are untouched, and
// sequences that twemoji already knows weigh exactly `defaultWeight` and get no correction, so the
// v3 conformance cases are unchanged too. Non-RGI ZWJ combinations (which render as several emoji)
// are not corrected: over-counting is the safe side for a length limit. If the runtime's RegExp
// lacks the `v` flag, no correction happens (again the safe, over-counting side).
/** True when this runtime can recognise RGI emoji sequences, i.e. the emoji correction is active. */
export const emojiCorrectionAvailable: boolean = (() => {
  try {
    return new RegExp('[a]', 'v') !== null; // the `v` flag and \p{RGI_Emoji} came together (V8 11.2)
  } catch {
    return false;
  }
})();

/**
 * Weighted length of a post as X counts it (twitter-text parseTweet, config v3 unless given),
 * with newer ZWJ emoji corrected to count 2 (see the decision above).
 */
export function tweetLength(
  text: string,
  config: TwitterConfig = TWITTER_CONFIGS.v3,
): { weightedLength: number; valid: boolean; maxLength: number } {
  const raw = twitterText.parseTweet(text, config);
  const maxLength = config.maxWeightedTweetLength ?? 280;
  const excess = config.emojiParsingEnabled ? emojiExcess(text, config) : 0;
  if (excess === 0) return { weightedLength: raw.weightedLength, valid: raw.valid, maxLength };
  const weightedLength = raw.weightedLength - excess;
  const normalised = text.normalize('NFC');
  const valid = !twitterText.hasInvalidCharacters(normalised) && weightedLength > 0 && weightedLength <= maxLength;
  return { weightedLength, valid, maxLength };
}

// How much twitter-text over-counts RGI emoji sequences in `text`, in weighted characters.
function emojiExcess(text: string, config: TwitterConfig): number {
  if (!emojiCorrectionAvailable) return 0;
  // parseTweet works on the NFC form, so must we.
  const normalised = text.normalize('NFC');
  // findEmoji finds what a full `\p{RGI_Emoji}` scan finds, trying the pattern only near emoji
  // characters. A single code point is weighed correctly either by twemoji or by the astral/range weights.
  const sequences = findEmoji(normalised).filter(({ emoji }) => [...emoji].length >= 2);
  if (sequences.length === 0) return 0;
  const scale = config.scale ?? 100;
  const defaultWeight = config.defaultWeight ?? 200;
  const urls = twitterText.extractUrlsWithIndices(normalised).map((u) => u.indices);
  let excess = 0;
  for (const { emoji, start, end } of sequences) {
    if (urls.some(([s, e]) => start < e && end > s)) continue;
    // twemoji-parser tokenises left to right, so the sequence weighs the same alone as in context.
    const alone = Math.round(twitterText.parseTweet(emoji, config).weightedLength * scale);
    if (alone > defaultWeight) excess += alone - defaultWeight;
  }
  return excess / scale;
}

// --- extraction ------------------------------------------------------------------------------
// All offsets are UTF-16 code-unit offsets into the input string (JavaScript string indices), the
// same as twitter-text's JavaScript API returns.

export interface HashtagMatch {
  /** The tag without the leading # (or full-width ＃). */
  tag: string;
  /** Offset of the #. */
  start: number;
  /** Offset just after the last character of the tag. */
  end: number;
}

/** Hashtags exactly as X would link them (æ, ø, å and other letters included; URLs excluded). */
export function extractHashtags(text: string): HashtagMatch[] {
  return twitterText.extractHashtagsWithIndices(text).map((h) => ({
    tag: h.hashtag,
    start: h.indices[0],
    end: h.indices[1],
  }));
}

/** URLs as X would link them, bare domains ("rn.dk/sundhed") included. */
export function extractUrls(text: string): Array<{ url: string; start: number; end: number }> {
  return twitterText.extractUrlsWithIndices(text).map((u) => ({ url: u.url, start: u.indices[0], end: u.indices[1] }));
}

/** @-mentions as X would link them (username without @; the span includes the @; lists excluded). */
export function extractMentions(text: string): Array<{ username: string; start: number; end: number }> {
  return twitterText
    .extractMentionsWithIndices(text)
    .map((m) => ({ username: m.screenName, start: m.indices[0], end: m.indices[1] }));
}

/**
 * Normal form for comparing hashtags: NFC, lower case, without a leading #, and with æ→ae, ø→oe,
 * å→aa, so #Hjørring, #hjoerring and #HJØRRING (and #Ålborg/#aalborg) compare equal. Apply it to
 * both sides of a comparison.
 */
export function normaliseHashtag(tag: string): string {
  return tag
    .normalize('NFC')
    .replace(/^[#＃]/, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa');
}

// --- hashtag problems ------------------------------------------------------------------------

/**
 * Longest hashtag (in code points, without #) accepted before `too-long`. No platform documents a
 * per-hashtag limit (twitter-text's extraction has none; a tag is bounded only by the post limit).
 * 100 is our own conservative threshold: it never fires on real tags (the longest in our lexicon,
 * #aalborguniversitetshospital, has 27), while a longer "tag" is unreadable and almost always a
 * pasted sentence or missing spaces. Over a third of a 280-character X post is no longer a tag.
 */
export const MAX_HASHTAG_LENGTH = 100;

/**
 * Multi-word tags recognised by the `space` heuristic when the caller passes no list of its own
 * (the hashtag rule passes the local-hashtag lexicon and the configured preferred tags).
 */
export const DEFAULT_KNOWN_TAGS: readonly string[] = [
  'regionnordjylland',
  'igodehænder',
  'toppenafdanmark',
  'aalborguniversitetshospital',
  'visitnordjylland',
  'nordjylland',
];

export type HashtagProblemKind = 'punctuation' | 'space' | 'digits-only' | 'too-long';
export interface HashtagProblem {
  start: number;
  end: number;
  kind: HashtagProblemKind;
  /** What the writer intended as the tag, without # ("Region-Nordjylland", "i gode hænder", "2026"). */
  tag: string;
}

// twitter-text's own character classes, so our view of "a hashtag character" matches its extraction.
// They are written for non-unicode mode (astral letters as surrogate pairs), so no `u` flag here.
const AN = extras.regexen.hashtagAlphaNumeric.source;
const ALNUM_RUN = new RegExp(`(?:${AN})+`, 'y');
const ALNUM_ONE = new RegExp(`^(?:${AN})`);
const HAS_ALPHA = new RegExp(extras.regexen.hashtagAlpha.source);

// Characters that glue two words into one intended tag, cutting the tag when X links it:
// "#Region-Nordjylland" → #Region, "#COVID-19" → #COVID, "#sundhed#trivsel" → nothing.
const JOINERS = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', "'", '\u2019', '\u00b4', '`', '/', '\\', '&', '+', '@', '#', '＃', '.', ':']);
// Sentence punctuation and closers that may follow a tag without being part of it ("#sundhed.",
// "(#sundhed)", "#sundheds- og …"): trimmed from the end of the intended token.
const TRAILING = /[.,;:!?…)\]}"'»«”“’›‹\-\u2010-\u2015/]+$/u;
// A sentence break without a space ("#sundhed.Tak") is not a glued tag, so . and : join only when
// a lower-case letter or a digit follows (the "#rn.dk" case).
const JOINS_ONLY_BEFORE_LOWER = new Set(['.', ':']);

function codePointAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  if (i >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.charAt(i - 1);
}

function isAlnum(ch: string): boolean {
  return ch !== '' && ALNUM_ONE.test(ch);
}

function joins(cut: string, next: string): boolean {
  if (!JOINERS.has(cut) || !isAlnum(next)) return false;
  if (JOINS_ONLY_BEFORE_LOWER.has(cut)) return !/^\p{Lu}/u.test(next);
  return true;
}

/**
 * Hashtags that X (twitter-text, which Instagram, Facebook and LinkedIn broadly agree with) would
 * cut off or refuse. Precision over recall: only clear cases are reported.
 *
 * - `punctuation`: the intended token (from # up to white space, minus trailing sentence
 *   punctuation) is cut at a joining character: "#Region-Nordjylland", "#COVID-19", "#x:y",
 *   "#sundhed#trivsel". The span covers the whole intended token. Tags simply followed by sentence
 *   punctuation ("#sundhed.", "#sundhed,", "(#sundhed)") are fine.
 * - `digits-only`: "#2026" is refused (a tag needs a letter). One- and two-digit tokens ("vi er #1",
 *   "top #10") are skipped: they usually mean "number", not a tag.
 * - `space`: a multi-word tag cannot be recognised in general, so we flag only the clear case: a
 *   tag that is not itself known, which together with the next 1–4 words (separated by spaces or
 *   tabs on the same line) spells a known tag, compared with `normaliseHashtag`:
 *   "#i gode hænder" → #igodehænder, "#Region Nordjylland" → #regionnordjylland.
 * - `too-long`: more than MAX_HASHTAG_LENGTH code points.
 */
const normalisedCache = new WeakMap<object, Set<string>>();

/** The known tags normalised once per list (a check passes the same list for every draft). */
function normalisedTags(knownTags: Iterable<string>): Set<string> {
  let known = normalisedCache.get(knownTags as object);
  if (!known) {
    known = new Set<string>();
    for (const t of knownTags) known.add(normaliseHashtag(t));
    normalisedCache.set(knownTags as object, known);
  }
  return known;
}

export function hashtagProblems(
  text: string,
  knownTags: Iterable<string> = DEFAULT_KNOWN_TAGS,
): HashtagProblem[] {
  const known = normalisedTags(knownTags);
  const urls = extractUrls(text);
  const extracted = new Map(extractHashtags(text).map((h) => [h.start, h]));
  const problems: HashtagProblem[] = [];

  for (let p = 0; p < text.length; p++) {
    const ch = text[p];
    if (ch !== '#' && ch !== '＃') continue;
    // A # inside a URL (fragment) is not a hashtag.
    if (urls.some((u) => p >= u.start && p < u.end)) continue;
    // Same boundary rule as twitter-text: not after a letter/digit ("C#") or & ("&#39;").
    const before = codePointBefore(text, p);
    if (before === '&' || (isAlnum(before) && before !== '\uFE0E' && before !== '\uFE0F')) continue;
    ALNUM_RUN.lastIndex = p + 1;
    const run = ALNUM_RUN.exec(text)?.[0];
    if (!run) continue; // "# ", "#!" …: not meant as a tag

    // The intended token: up to white space, minus trailing sentence punctuation.
    let tokenEnd = p + 1;
    while (tokenEnd < text.length && !/\s/u.test(text[tokenEnd] ?? ' ')) tokenEnd++;
    const rawToken = text.slice(p + 1, tokenEnd);
    const trimmed = rawToken.replace(TRAILING, '');
    tokenEnd = p + 1 + Math.max(trimmed.length, run.length);
    const intended = text.slice(p + 1, tokenEnd);

    const hit = extracted.get(p);
    const cutAt = hit ? hit.end : p + 1 + run.length;
    if (cutAt < tokenEnd) {
      const cut = codePointAt(text, cutAt);
      const next = codePointAt(text, cutAt + cut.length);
      if (joins(cut, next)) {
        problems.push({ start: p, end: tokenEnd, kind: 'punctuation', tag: intended });
        continue;
      }
    }
    if (!hit) {
      if (!HAS_ALPHA.test(run) && [...run].length >= 3) {
        problems.push({ start: p, end: p + 1 + run.length, kind: 'digits-only', tag: run });
      }
      continue;
    }
    if ([...hit.tag].length > MAX_HASHTAG_LENGTH) {
      problems.push({ start: p, end: hit.end, kind: 'too-long', tag: hit.tag });
      continue;
    }
    const spaced = spacedKnownTag(text, hit, known);
    if (spaced) problems.push({ start: p, end: spaced.end, kind: 'space', tag: spaced.tag });
  }
  return problems;
}

const NEXT_WORD = /[ \t\u00a0]+(\p{L}[\p{L}\p{M}\p{N}]*)/uy;

// "#i gode hænder": the tag plus the next 1–4 words spell a known tag the tag alone is not.
function spacedKnownTag(
  text: string,
  hit: HashtagMatch,
  known: ReadonlySet<string>,
): { end: number; tag: string } | null {
  if (known.size === 0) return null;
  let joined = normaliseHashtag(hit.tag);
  if (known.has(joined)) return null;
  const words = [hit.tag];
  let pos = hit.end;
  for (let k = 0; k < 4; k++) {
    NEXT_WORD.lastIndex = pos;
    const m = NEXT_WORD.exec(text);
    if (!m || m[1] === undefined) return null;
    words.push(m[1]);
    joined += normaliseHashtag(m[1]);
    pos = NEXT_WORD.lastIndex;
    if (known.has(joined)) return { end: pos, tag: words.join(' ') };
  }
  return null;
}
