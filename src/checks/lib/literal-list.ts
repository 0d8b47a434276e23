/**
 * Literal phrase matching over raw text, for lists whose entries are not only words: emoticons
 * (":)", ";-)"), hashtags ("#fail"), emoji, and phrases with commas ("vi vender tilbage, så
 * snart"). The token-based PhraseMatcher cannot see punctuation, so these lists are matched here.
 *
 * Every entry is escaped: nothing a user writes in a list runs as a regular expression. Rules as
 * in rules/lexicon/README.md: any run of white space in the text matches a space in the entry; a
 * lower-case entry matches any capitalisation, an entry with a capital only itself; an entry that
 * starts (ends) with a letter or digit must start (end) at a word boundary that knows æ, ø and å.
 * Longest entries win where two overlap.
 */

export interface LiteralMatch {
  start: number;
  end: number;
  /** The text as written in the draft. */
  text: string;
  /** The list entry that matched. */
  entry: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function escape(literal: string): string {
  // Only syntax characters: in `u` mode an identity escape of anything else (\-) is an error.
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function pattern(entry: string): string {
  const body = entry
    .trim()
    .split(/\s+/)
    .map(escape)
    .join('\\s+');
  const chars = [...entry.trim()];
  const before = WORD_CHAR.test(chars[0] ?? '') ? '(?<![\\p{L}\\p{N}])' : '';
  const after = WORD_CHAR.test(chars[chars.length - 1] ?? '') ? '(?![\\p{L}\\p{N}])' : '';
  return `${before}${body}${after}`;
}

export class LiteralList {
  private readonly insensitive: RegExp | null;
  private readonly sensitive: RegExp | null;
  private readonly byKey = new Map<string, string>();
  readonly size: number;

  constructor(entries: Iterable<string>) {
    const lower: string[] = [];
    const exact: string[] = [];
    for (const raw of entries) {
      const entry = raw.normalize('NFC').trim();
      if (entry === '') continue;
      const caseless = entry === entry.toLowerCase();
      (caseless ? lower : exact).push(entry);
      this.byKey.set(caseless ? key(entry) : `=${entry.replace(/\s+/g, ' ')}`, entry);
    }
    const byLength = (a: string, b: string): number => b.length - a.length;
    lower.sort(byLength);
    exact.sort(byLength);
    this.insensitive = lower.length ? new RegExp(lower.map(pattern).join('|'), 'giu') : null;
    this.sensitive = exact.length ? new RegExp(exact.map(pattern).join('|'), 'gu') : null;
    this.size = lower.length + exact.length;
  }

  /** Non-overlapping matches in `text`, in order. */
  match(text: string): LiteralMatch[] {
    const found: LiteralMatch[] = [];
    for (const [re, caseless] of [
      [this.insensitive, true],
      [this.sensitive, false],
    ] as const) {
      if (!re) continue;
      for (const m of text.matchAll(re)) {
        const written = m[0];
        const entry = (caseless ? this.byKey.get(key(written)) : this.byKey.get(`=${written.replace(/\s+/g, ' ')}`)) ?? written;
        found.push({ start: m.index, end: m.index + written.length, text: written, entry });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: LiteralMatch[] = [];
    let reached = -1;
    for (const m of found) {
      if (m.start < reached) continue;
      out.push(m);
      reached = m.end;
    }
    return out;
  }
}

function key(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}
