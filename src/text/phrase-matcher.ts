/**
 * One literal phrase matcher for every word list: plain phrases, verb-second inversions, phrases
 * with a gap, genitives, and entries with punctuation, emoticons, hashtags or emoji.
 *
 * Entries are compiled once: each spelling is tokenized with the same tokenizer as the text, and
 * filed in a tree of Maps by its words (lower-cased, trailing dot stripped), one level per word,
 * as deep as its words are plain. A text is matched in one pass over its tokens: from each token
 * the tree is followed along the next tokens, and only the entries filed on that path are tried,
 * so the work does not grow with the size of the list – not even when thousands of entries share
 * their first words ("Aalborg Universitetshospital, …") – and nothing from a list ever becomes a
 * RegExp.
 *
 * Rules:
 * - Words are whole tokens, so æ, ø and å need no \b: "sygehus" does not match in "sygehuset".
 * - Case: an entry with a capital matches only as written ("De", "AAUH"), a lower-case entry any
 *   capitalisation; `caseSensitive` overrides that.
 * - Spaces and punctuation: a phrase is tokenized, so "tilbage," is the word and a comma, ":)" is
 *   ":" and ")". Tokens written together in the entry (":" ")", "tilbage" ",") must touch in the
 *   text too; a space in the entry allows any white space in the text but no line break.
 * - A trailing dot: "ca" also matches "ca." at the end of a phrase (the match stops before the
 *   dot); "km." also matches "km" followed by a full stop.
 * - `…` (or `...`) as a word: up to `gap` tokens (default 2) may stand there, never a . ! ? or …
 *   and never a line break ("foretage … undersøgelse" finds "foretage en grundig undersøgelse").
 * - `invert`: the phrase also matches with its first two words swapped, which is how a Danish
 *   verb-second clause reads after a fronted adverbial ("Derfor anmodes du om",
 *   "Nu har borgerne mulighed for").
 * - `genitive`: the last word may take -s, -'s or -’s, or (after s, x, z) an apostrophe.
 * - A web address as the last word ("rn.dk", "på rn.dk") also matches a URL on that site, with a
 *   scheme, "www.", a sub-domain or a path ("rn.dk/patient", "https://www.rn.dk/…",
 *   "aalborguh.rn.dk"); the match then ends with the site's name. An e-mail domain is no site.
 * - `unlessNext` / `unlessPrevious`: no match when the token right after (before) the phrase, on
 *   the same line, is one of these words (compared lower-case, with and without a trailing dot).
 * - Leftmost match first; of the matches starting there, the longest wins (the earliest entry on
 *   a tie); matches never overlap.
 */
import { lineBreak } from './sentences.js';
import { stripDot } from './strip-dot.js';
import type { Token } from './token.js';
import { tokenize } from './tokenize.js';

export interface PhraseEntry<T> {
  /** the phrase, or several spellings of it */
  phrase: string | readonly string[];
  payload: T;
  /** default: the spelling contains a capital */
  caseSensitive?: boolean;
  unlessNext?: readonly string[];
  unlessPrevious?: readonly string[];
  /** also match with the first two words swapped (verb-second) */
  invert?: boolean;
  /** how many tokens a `…` word may stand for; default 2 */
  gap?: number;
  /** the last word may take a genitive -s */
  genitive?: boolean;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** the matched text as written */
  text: string;
  payload: T;
  /** index of the first matched token */
  tokenIndex: number;
}

interface Word {
  kind: 'word';
  key: string;
  /** the entry writes a trailing dot ("kl.", "km.") */
  dot: boolean;
  /** written against the previous token, with no space */
  touch: boolean;
}
interface Gap {
  kind: 'gap';
  max: number;
}
type Element = Word | Gap;

interface Compiled<T> {
  /** the entry's place among all spellings: the earlier wins a tie */
  order: number;
  elements: Element[];
  caseSensitive: boolean;
  genitive: boolean;
  entry: PhraseEntry<T>;
  unlessNext?: ReadonlySet<string>;
  unlessPrevious?: ReadonlySet<string>;
}

/**
 * A node of the entry tree: the entries filed here (whose words so far are the path to the node)
 * and the nodes for the next word. An entry is filed as deep as its words are plain words: a gap,
 * or a word written with a dot ("km." can be one token or two), ends its path.
 */
interface Node<T> {
  here?: Compiled<T>[];
  next?: Map<string, Node<T>>;
  /**
   * On a first-word node only: plain entries (letters and spaces) not compiled yet. They are
   * compiled the first time a text has a token with this key, so a one-draft run compiles the
   * few entries its words can start, not every list in full. `order` keeps ties as written.
   */
  pending?: Array<{ entry: PhraseEntry<T>; spelling: string; order: number }>;
}

interface Found {
  /** where the match starts when not at its first token's start (a site inside a URL) */
  start?: number;
  end: number;
  /** index of the token after the match */
  next: number;
}

const DEFAULT_GAP = 2;
const NONE: readonly string[] = [];
const STOPS: ReadonlySet<string> = new Set(['.', '!', '?', '…']);
const GAP_WORDS: ReadonlySet<string> = new Set(['…', '...']);
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);

export class PhraseMatcher<T> {
  readonly size: number;
  /**
   * Token comparisons made by the last `match` call while trying entries (the tree lookups that
   * pick them are at most one per word of the longest entry): a measure of its work for tests.
   */
  comparisons = 0;
  /** `comparisons` of every `match` call of every matcher, summed: tests take differences. */
  static totalComparisons = 0;
  /**
   * The entry tree: a lexicon with hundreds of entries starting "i …" or "at …", or a config with
   * thousands of names starting "Aalborg Universitetshospital", costs a Map lookup per word of
   * the path at every "i", not a comparison per entry.
   */
  private readonly root: Node<T> & { next: Map<string, Node<T>> } = { next: new Map() };
  /** Whether a word of the text may also be looked up without a genitive ending. */
  private readonly genitive: boolean = false;

  constructor(entries: Iterable<PhraseEntry<T>>) {
    let size = 0;
    let order = 0;
    for (const entry of entries) {
      const spellings = typeof entry.phrase === 'string' ? [entry.phrase] : entry.phrase;
      let added = false;
      for (const spelling of spellings) {
        const key = entry.invert ? undefined : plainFirstKey(entry, spelling);
        if (key !== undefined) {
          if (key === '') continue; // no words at all: nothing to match
          let node = this.root.next.get(key);
          if (!node) this.root.next.set(key, (node = {}));
          (node.pending ??= []).push({ entry, spelling, order: order++ });
          this.genitive ||= entry.genitive === true;
          added = true;
          continue;
        }
        for (const compiled of compile(entry, spelling, order++)) {
          this.file(compiled);
          this.genitive ||= compiled.genitive;
          added = true;
        }
      }
      if (added) size++;
    }
    this.size = size;
  }

  /** Puts a compiled pattern in the tree, as deep as its words are plain; ties stay in entry order. */
  private file(compiled: Compiled<T>): void {
    let node: Node<T> = this.root;
    for (const element of compiled.elements) {
      if (element.kind !== 'word') break;
      const key = element.key.toLowerCase();
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = {}));
      node = child;
      if (element.dot) break;
    }
    const here = (node.here ??= []);
    let at = here.length;
    while (at > 0 && here[at - 1]!.order > compiled.order) at--;
    here.splice(at, 0, compiled);
  }

  /** The first-word node for `key`, its pending entries compiled and filed first. */
  private firstWord(key: string): Node<T> | undefined {
    const node = this.root.next.get(key);
    const pending = node?.pending;
    if (pending) {
      node.pending = undefined;
      for (const { entry, spelling, order } of pending) for (const compiled of compile(entry, spelling, order)) this.file(compiled);
    }
    return node;
  }

  /** All non-overlapping matches in `tokens`, in order. `text` is the string they came from. */
  match(tokens: readonly Token[], text: string): PhraseMatch<T>[] {
    this.comparisons = 0;
    const out: PhraseMatch<T>[] = [];
    if (this.size === 0) return out;
    const keys = keysOf(tokens);
    const lower = keys.all(false);
    const first = this.root.next;
    for (let i = 0; i < tokens.length; i++) {
      // Most tokens start no entry: a Map lookup or two decide that, before any search is set up.
      const url = tokens[i]!.kind === 'url';
      if (!url && !this.genitive && !first.has(lower[i]!)) continue;
      // Every first word a search from here can use is filed by then.
      let starts = this.firstWord(lower[i]!) !== undefined;
      if (this.genitive) {
        const base = keys.genitiveBase(i);
        if (base !== undefined && this.firstWord(base)) starts = true;
      }
      if (url) for (const site of keys.sites(i)) this.firstWord(site);
      if (!starts && !url) continue;
      const best = this.longestAt(tokens, keys, i, text);
      if (best) {
        const start = best.found.start ?? tokens[i]!.start;
        out.push({ start, end: best.found.end, text: text.slice(start, best.found.end), payload: best.payload, tokenIndex: i });
        i = best.found.next - 1;
      }
    }
    PhraseMatcher.totalComparisons += this.comparisons;
    return out;
  }

  /** The longest match starting at token `i` (the earliest entry on a tie), or undefined. */
  private longestAt(tokens: readonly Token[], keys: Keys, i: number, text: string): { found: Found; payload: T } | undefined {
    let best: { found: Found; payload: T } | undefined;
    const consider = (candidates: readonly Compiled<T>[] | undefined): void => {
      if (!candidates) return;
      for (const candidate of candidates) {
        const found = this.matchAt(candidate, tokens, keys, i, text);
        if (found && (!best || found.end > best.found.end)) best = { found, payload: candidate.entry.payload };
      }
    };
    // Down the tree along the tokens from i. A genitive ("Nordjyllands") or a URL
    // ("rn.dk/patient") can only be an entry's last word: those lookups end there.
    let node: Node<T> = this.root;
    for (let j = i; j < tokens.length && node.next; j++) {
      const key = keys.get(j, false);
      if (this.genitive) {
        const base = keys.genitiveBase(j);
        if (base !== undefined) consider(node.next.get(base)?.here);
      }
      for (const site of keys.sites(j)) consider(node.next.get(site)?.here);
      const child = node.next.get(key);
      if (!child) break;
      consider(child.here);
      node = child;
    }
    return best;
  }

  /** The match of `c` starting at token `i`, or undefined. */
  private matchAt(c: Compiled<T>, tokens: readonly Token[], keys: Keys, i: number, text: string): Found | undefined {
    const found = this.walk(c, tokens, keys, text, 0, i);
    if (!found) return undefined;
    const previous = tokens[i - 1];
    if (c.unlessPrevious && previous && !lineBreak(text, previous.end, tokens[i]!.start) && listed(c.unlessPrevious, previous.lower)) return undefined;
    const next = tokens[found.next];
    if (c.unlessNext && next && !lineBreak(text, found.end, next.start) && listed(c.unlessNext, next.lower)) return undefined;
    return found;
  }

  /**
   * Elements from `e` on, from token `j` (token j - 1 matched the element before). A gap tries
   * 0 … max fillers, shortest first: bounded work, as `max` is small.
   */
  private walk(c: Compiled<T>, tokens: readonly Token[], keys: Keys, text: string, e: number, j: number): Found | undefined {
    const element = c.elements[e];
    if (element === undefined) return { end: tokens[j - 1]!.end, next: j };
    if (element.kind === 'gap') {
      for (let g = 0; g <= element.max; g++) {
        if (g > 0) {
          const filler = tokens[j + g - 1];
          this.comparisons++;
          if (!filler || (filler.kind === 'punct' && STOPS.has(filler.text)) || lineBreak(text, tokens[j + g - 2]!.end, filler.start)) break;
        }
        const found = this.walk(c, tokens, keys, text, e + 1, j + g);
        if (found) return found;
      }
      return undefined;
    }
    const token = tokens[j];
    if (!token) return undefined;
    if (e > 0) {
      const previous = tokens[j - 1]!;
      if (element.touch ? previous.end !== token.start : lineBreak(text, previous.end, token.start)) return undefined;
    }
    this.comparisons++;
    const key = keys.get(j, c.caseSensitive);
    const last = e === c.elements.length - 1;
    if (key !== element.key) {
      // "Region Nordjyllands" for "Region Nordjylland"
      if (c.genitive && last && genitiveBase(key) === element.key) return { end: token.end, next: j + 1 };
      // "rn.dk/patient" for "rn.dk": the site's name inside the URL
      const at = last && token.kind === 'url' ? siteOffset(token.lower, element.key.toLowerCase()) : -1;
      if (at >= 0) return { ...(e === 0 ? { start: token.start + at } : {}), end: token.start + at + element.key.length, next: j + 1 };
      return undefined;
    }
    const tokenDot = token.text.length > 1 && token.text.endsWith('.');
    let next = j + 1;
    let end = token.end;
    if (element.dot && !tokenDot) {
      // "km." in the entry, "km" + "." in the text
      const dot = tokens[j + 1];
      if (!dot || dot.text !== '.' || dot.start !== token.end) return undefined;
      next = j + 2;
      end = dot.end;
    } else if (!element.dot && tokenDot) {
      // "ca" in the entry, "ca." in the text: only at the end, and the dot stays outside
      if (!last) return undefined;
      end = token.end - 1;
    }
    if (!last) return this.walk(c, tokens, keys, text, e + 1, next);
    const apostrophe = tokens[next];
    if (c.genitive && apostrophe && APOSTROPHES.has(apostrophe.text) && apostrophe.start === end && /[sxz]$/i.test(token.text)) {
      return { end: apostrophe.end, next: next + 1 }; // "Mads'": after s, x, z the apostrophe alone is the genitive
    }
    return { end, next };
  }
}

function listed(list: ReadonlySet<string>, lower: string): boolean {
  return list.has(lower) || list.has(stripDot(lower));
}

/**
 * Token keys: lower-case and as written, dot stripped. Computed once per token stream and shared
 * by every matcher that reads it (a draft is read by dozens of word lists); a token stream is
 * never changed once tokenized.
 */
class Keys {
  private lower?: string[];
  private exact?: string[];
  private siteCache?: string[][];
  private baseCache?: Array<string | undefined>;
  constructor(private readonly tokens: readonly Token[]) {}
  /** For a URL, the sites it is on other than its key ("https://www.rn.dk/x": "www.rn.dk", "rn.dk"). */
  sites(j: number): readonly string[] {
    const token = this.tokens[j]!;
    if (token.kind !== 'url') return NONE;
    const sites = (this.siteCache ??= []);
    return (sites[j] ??= sitesOf(token.lower));
  }
  /** The lower-case key without a genitive ending ("nordjyllands" → "nordjylland"), if it has one. */
  genitiveBase(j: number): string | undefined {
    return (this.baseCache ??= this.all(false).map(genitiveBase))[j];
  }
  get(j: number, caseSensitive: boolean): string {
    return this.all(caseSensitive)[j]!;
  }
  /** Every token's key, lower-case or as written. */
  all(caseSensitive: boolean): readonly string[] {
    if (caseSensitive) return (this.exact ??= this.tokens.map((token) => tokenKey(token.text, token.kind)));
    return (this.lower ??= this.tokens.map((token) => tokenKey(token.lower, token.kind)));
  }
}

const keyCache = new WeakMap<readonly Token[], Keys>();

function keysOf(tokens: readonly Token[]): Keys {
  let keys = keyCache.get(tokens);
  if (!keys) keyCache.set(tokens, (keys = new Keys(tokens)));
  return keys;
}

/**
 * The comparison key of a token: its text without a trailing dot; emoji without skin tone,
 * variation selector or gender sign (»🤷‍♀️« is »🤷«), so a list names an emoji once.
 * Letters are compared in NFC, so »sa\u030Afremt« (NFD, as macOS file names and some editors
 * write it) is »såfremt«; combining marks left over at the end, which compose with nothing
 * (»Vedrørende« + U+0338), do not change the word. Matches keep the token's offsets, so a match
 * covers the marks too and a fix replaces the whole grapheme, never half of it.
 */
export function tokenKey(text: string, kind: Token['kind']): string {
  if (kind === 'emoji') return stripDot(text.replace(/\u{200D}[\u{2640}\u{2642}]|[\u{FE0F}\u{1F3FB}-\u{1F3FF}]/gu, ''));
  return stripDot(MAY_COMBINE.test(text) ? text.normalize('NFC').replace(TRAILING_MARKS, '') : text);
}

/** Below U+0300 nothing combines or decomposes differently in NFC: the common case skips normalising. */
const MAY_COMBINE = /[^\u0000-\u02ff]/;
const TRAILING_MARKS = /(?<=[^\p{M}])\p{M}+$/u;

/** Where the host of a URL starts and ends: after the scheme, before the path, query or port. */
function hostOf(url: string): { start: number; end: number } {
  const start = url.startsWith('https://') ? 8 : url.startsWith('http://') ? 7 : 0;
  const rest = url.slice(start).search(/[/?#:]/);
  return { start, end: rest < 0 ? url.length : start + rest };
}

/** The sites a lower-case URL is on, other than itself: its host and the host's parent domains. */
function sitesOf(url: string): string[] {
  const { start, end } = hostOf(url);
  const out: string[] = [];
  let at = start;
  for (;;) {
    const dot = url.indexOf('.', at);
    if (dot < 0 || dot >= end) break; // a site has a dot: "rn.dk", never "dk"
    if (at > 0 || end < url.length) out.push(url.slice(at, end));
    at = dot + 1;
  }
  return out;
}

/** Where `site` stands in a lower-case URL as its host or the end of its host, or -1. */
function siteOffset(url: string, site: string): number {
  const { start, end } = hostOf(url);
  if (end - start === site.length) return url.startsWith(site, start) ? start : -1;
  return end - start > site.length && url.startsWith(site, end - site.length) && url[end - site.length - 1] === '.' ? end - site.length : -1;
}

/** The word a genitive could come from: "nordjyllands" → "nordjylland", "aauh's" → "aauh"; undefined for none. */
function genitiveBase(key: string): string | undefined {
  if (key.length > 2 && (key.endsWith("'s") || key.endsWith('’s'))) return key.slice(0, -2);
  if (key.length > 1 && (key.endsWith('s') || key.endsWith('S'))) return key.slice(0, -1);
  return undefined;
}

/** Most entries are plain words: their tokens are their words, no tokenizer needed. */
const LETTERS_AND_SPACES = /^[\p{L}\p{M}\s]*$/u;

/**
 * The tree key of a plain spelling's first word, as `compile` would file it ('' for a spelling
 * with no words); undefined when the spelling is not plain and must be compiled to know.
 */
function plainFirstKey<T>(entry: PhraseEntry<T>, spelling: string): string | undefined {
  if (!LETTERS_AND_SPACES.test(spelling)) return undefined;
  const word = /\S+/.exec(spelling)?.[0];
  if (word === undefined) return '';
  const caseSensitive = entry.caseSensitive ?? spelling !== spelling.toLowerCase();
  return tokenKey(caseSensitive ? word : word.toLowerCase(), 'word').toLowerCase();
}

function wordsOf(spelling: string): Token[] {
  const out: Token[] = [];
  const words = /\S+/g;
  for (let m = words.exec(spelling); m; m = words.exec(spelling)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase(), kind: 'word' });
  }
  return out;
}

function lowerSet(list: readonly string[] | undefined): ReadonlySet<string> | undefined {
  return list && list.length > 0 ? new Set(list.map((w) => w.toLowerCase())) : undefined;
}

/** `groups.flat()`, which is slow in V8 and counts with 20,000 entries. */
function concat(groups: readonly Element[][]): Element[] {
  const out: Element[] = [];
  for (const group of groups) for (const element of group) out.push(element);
  return out;
}

/** The patterns of one spelling: as written and, with `invert`, with its first two words swapped. */
function compile<T>(entry: PhraseEntry<T>, spelling: string, order: number): Compiled<T>[] {
  const caseSensitive = entry.caseSensitive ?? spelling !== spelling.toLowerCase();
  const max = entry.gap ?? DEFAULT_GAP;
  // Words of the spelling, each a list of elements; tokenized whole so "15 min." reads as in a text.
  const words: Element[][] = [];
  const tokens = LETTERS_AND_SPACES.test(spelling) ? wordsOf(spelling) : tokenize(spelling);
  let t = 0;
  const bounds = /\S+/g;
  for (let m = bounds.exec(spelling); m; m = bounds.exec(spelling)) {
    const start = m.index;
    const end = start + m[0].length;
    const group: Element[] = [];
    while (t < tokens.length && tokens[t]!.start < end) {
      const token = tokens[t]!;
      if (token.start >= start && !GAP_WORDS.has(m[0])) {
        const written = caseSensitive ? token.text : token.lower;
        const dot = written.length > 1 && written.endsWith('.');
        group.push({ kind: 'word', key: tokenKey(written, token.kind), dot, touch: group.length > 0 });
      }
      t++;
    }
    if (GAP_WORDS.has(m[0])) {
      if (max > 0) words.push([{ kind: 'gap', max }]);
    } else if (group.length > 0) words.push(group);
  }
  // a gap at either end means nothing
  while (words[0]?.[0]?.kind === 'gap') words.shift();
  while (words[words.length - 1]?.[0]?.kind === 'gap') words.pop();
  if (words.length === 0) return [];

  const genitive = entry.genitive === true;
  const unlessNext = lowerSet(entry.unlessNext);
  const unlessPrevious = lowerSet(entry.unlessPrevious);
  const pattern = (groups: Element[][]): Compiled<T> => ({ order, elements: concat(groups), caseSensitive, genitive, entry, unlessNext, unlessPrevious });
  const out: Compiled<T>[] = [pattern(words)];
  const a = words[0]!;
  const b = words[1];
  if (entry.invert && b && a[0]!.kind === 'word' && b[0]!.kind === 'word') {
    // a word's first element never touches the one before, so whole words can change places
    out.push(pattern([b, a, ...words.slice(2)]));
  }
  return out;
}
