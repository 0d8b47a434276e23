/**
 * The names that show a tie to Region Nordjylland (sender/affiliation, sender/reply-signature):
 * rules/lexicon/units.yml plus the config's `units` and the names of the configured `pages`.
 *
 * Strategy, "Fælles visuel identitet": "Sidenavnene på sociale medier skal synliggøre en
 * tilknytning til Region Nordjylland." Names are literals, matched case-insensitively as whole
 * words; any run of white space matches a space, and a Danish genitive "s" may follow
 * ("Region Nordjyllands Sygehusapotek").
 */
import type { Settings } from '../../core/settings.js';
import type { Range } from '../../draft/types.js';
import { wordsOfGroups, type Lexicon } from '../../core/lexicon.js';
import type { SenderNames } from './signature.js';

export interface NameMatch extends Range {
  /** The name as listed (not as written in the text). */
  name: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lower-case, one space for any white space run: the key two spellings of a name share. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Finds any of a list of names in a text, longest name first. */
export class NameMatcher {
  private readonly re: RegExp | null;
  private readonly canonical = new Map<string, string>();

  constructor(names: Iterable<string>) {
    for (const raw of names) {
      const name = raw.trim();
      if (name.length > 0 && !this.canonical.has(normaliseName(name))) this.canonical.set(normaliseName(name), name);
    }
    if (this.canonical.size === 0) {
      this.re = null;
      return;
    }
    const alternatives = [...this.canonical.values()]
      .sort((a, b) => b.length - a.length)
      .map((n) => n.split(/\s+/).map(escapeRegExp).join('[\\s\\u00A0]+'))
      .join('|');
    this.re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?=s?(?![\\p{L}\\p{N}]))`, 'giu');
  }

  get size(): number {
    return this.canonical.size;
  }

  /** Every match, in order. */
  findAll(text: string): NameMatch[] {
    if (this.re === null) return [];
    const out: NameMatch[] = [];
    this.re.lastIndex = 0;
    for (let m = this.re.exec(text); m !== null; m = this.re.exec(text)) {
      out.push({ start: m.index, end: m.index + m[0].length, name: this.canonical.get(normaliseName(m[0])) ?? m[0] });
    }
    return out;
  }

  find(text: string): NameMatch | undefined {
    return this.findAll(text)[0];
  }
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


