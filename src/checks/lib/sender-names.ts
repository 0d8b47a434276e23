/**
 * The names that show a tie to Region Nordjylland (sender/affiliation, sender/reply-signature):
 * rules/lexicon/units.yml plus the config's `units` and the names of the configured `pages`.
 *
 * Strategy, "Fælles visuel identitet": "Sidenavnene på sociale medier skal synliggøre en
 * tilknytning til Region Nordjylland." Names are literals, matched case-insensitively as whole
 * words by the text layer's phrase matcher; any run of white space on the line matches a space,
 * and a Danish genitive may follow ("Region Nordjyllands Sygehusapotek", "AAUH's"). A name can
 * also be part of a hyphenated compound ("Region Nordjylland-Syd", "AAUH-Forskning").
 *
 * The lists can be long (a config with 20,000 `units` or `pages`): names are filed by their words
 * once, and a text is read in one pass over its tokens, so the work grows with the text and not
 * with the list, even when thousands of names share their first words. No name ever becomes a
 * regular expression.
 */
import type { Settings } from '../../core/settings.js';
import type { Range } from '../../draft/types.js';
import type { Token } from '../../text/token.js';
import { wordsOfGroups, type Lexicon } from '../../core/lexicon.js';
import { PhraseMatcher, type PhraseMatch } from '../../text/phrase-matcher.js';
import { tokenize } from '../../text/tokenize.js';
import type { SenderNames } from './signature.js';

export interface NameMatch extends Range {
  /** The name as listed (not as written in the text). */
  name: string;
}

/** Lower-case, one space for any white space run: the key two spellings of a name share. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Finds any of a list of names in a short text (a page name, a signature line): the longest name
 * wins where several start at the same word ("Psykiatrien i Region Nordjylland" over
 * "Psykiatrien"). A match ends with the name: a genitive ending after it is not part of it.
 */
export class NameMatcher {
  private readonly matcher: PhraseMatcher<string>;
  private work = 0;

  constructor(names: Iterable<string>) {
    const canonical = new Map<string, string>();
    for (const raw of names) {
      const name = raw.trim();
      const key = normaliseName(name);
      if (name.length > 0 && !canonical.has(key)) canonical.set(key, name);
    }
    this.matcher = new PhraseMatcher([...canonical.values()].map((name) => ({ phrase: name, payload: name, caseSensitive: false, genitive: true })));
  }

  get size(): number {
    return this.matcher.size;
  }

  /** Token comparisons made by the last search: a measure of its work for tests. */
  get comparisons(): number {
    return this.work;
  }

  /** Every match, in order. */
  findAll(text: string): NameMatch[] {
    if (this.matcher.size === 0) return [];
    const tokens = tokenize(text);
    let found = this.matcher.match(tokens, text);
    this.work = this.matcher.comparisons;
    // In a hyphenated compound the parts are words too: "Region Nordjylland-Syd", "Børne-Psykiatrien".
    const parts = compoundParts(tokens);
    if (parts.length > tokens.length) {
      found = leftmostLongest([...found, ...this.matcher.match(parts, text)]);
      this.work += this.matcher.comparisons;
    }
    return found.map((m) => ({ start: m.start, end: nameEnd(m), name: m.payload }));
  }

  find(text: string): NameMatch | undefined {
    return this.findAll(text)[0];
  }
}

/** The tokens with each hyphenated word split into its parts and hyphens ("Nordjylland", "-", "Syd"). */
function compoundParts(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  const push = (token: Token, from: number, to: number, kind: Token['kind']): void => {
    const text = token.text.slice(from - token.start, to - token.start);
    out.push({ start: from, end: to, text, lower: text.toLowerCase(), kind });
  };
  for (const token of tokens) {
    if (token.kind !== 'word' || !HYPHEN.test(token.text)) {
      out.push(token);
      continue;
    }
    let from = token.start;
    for (const hyphen of token.text.matchAll(HYPHENS)) {
      const at = token.start + hyphen.index;
      if (at > from) push(token, from, at, 'word');
      push(token, at, at + 1, 'punct');
      from = at + 1;
    }
    if (token.end > from) push(token, from, token.end, 'word');
  }
  return out;
}

const HYPHEN = /[-\u2011]/;
const HYPHENS = /[-\u2011]/g;

/** Of matches that may overlap, the leftmost and then the longest, never overlapping. */
function leftmostLongest<T extends Range>(matches: T[]): T[] {
  const out: T[] = [];
  let reached = -1;
  for (const m of matches.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < reached) continue;
    out.push(m);
    reached = m.end;
  }
  return out;
}

/** Where the name ends in a match: before a genitive "s", "'s" or "'" ("Region Nordjyllands"). */
function nameEnd(m: PhraseMatch<string>): number {
  const last = m.payload.slice(m.payload.search(/\S+$/)).toLowerCase();
  const written = m.text.toLowerCase();
  if (written.endsWith(last)) return m.end;
  const genitive = /(?:['’]s|['’]|s)$/.exec(written);
  return m.end - (genitive ? genitive[0].length : 0);
}


/**
 * Why: the config extends the built-in list (`units`), and a page the organisation has
 * registered (`pages`) is the region's own by definition, whatever its name.
 */
export function senderNames(lexicon: Lexicon, regionGroups: readonly string[], unitGroups: readonly string[], settings: Settings): SenderNames {
  return {
    region: wordsOfGroups(lexicon, regionGroups),
    units: [...wordsOfGroups(lexicon, unitGroups), ...settings.units, ...settings.pages.map((p) => p.name)],
  };
}


