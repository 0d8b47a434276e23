import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { draft, lintText } from '../support/lint.js';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import { loadPassiveLexicon } from '../../src/checks/lib/passive.js';

/** Shape checks for the tone-of-voice word lists in rules/lexicon (see its README.md). */

function readLexicon(name: string): { text: string; data: unknown } {
  const text = readFileSync(
    fileURLToPath(new URL(`../../rules/lexicon/${name}`, import.meta.url)),
    'utf8',
  );
  return { text, data: parse(text) };
}

type Entry = Record<string, unknown>;
const ENTRY_KEYS = new Set(['match', 'replacement', 'fix', 'source', 'note', 'unlessNext', 'unlessPrevious', 'unlessInSentence', 'invert', 'gap']);

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');
}

/** A literal as the README allows: non-empty, single spaces between words, no outer space. */
function isCleanLiteral(s: string): boolean {
  return s.length > 0 && s === s.trim() && !/\s{2,}/.test(s) && !/[\t\n]/.test(s);
}

function matchesOf(entry: Entry): string[] {
  const m = entry['match'];
  return typeof m === 'string' ? [m] : isStringList(m) ? m : [];
}

function entriesOf(name: string): Entry[] {
  const { data } = readLexicon(name);
  expect(data, name).toBeTypeOf('object');
  const entries = (data as Record<string, unknown>)['entries'];
  expect(Array.isArray(entries), `${name}: entries is a list`).toBe(true);
  return entries as Entry[];
}

/** Lower-case entries match any capitalisation, so compare them case-folded. */
function matchKey(s: string): string {
  return s === s.toLowerCase() ? s : `=${s}`;
}

const ENTRY_FILES = ['kancelliord.yml', 'nominal-style.yml', 'reader-address.yml', 'abbreviations.yml', 'vocabulary.yml'];

describe.each(ENTRY_FILES)('%s', (name) => {
  const entries = entriesOf(name);
  const { text } = readLexicon(name);

  it('starts with a header comment and cites its sources', () => {
    expect(text.startsWith('#')).toBe(true);
    expect(text).toMatch(/# Source: .*(danish-facts|§)/);
  });

  it('has well-formed entries', () => {
    for (const entry of entries) {
      const label = JSON.stringify(entry);
      expect(typeof entry, label).toBe('object');
      for (const key of Object.keys(entry)) expect(ENTRY_KEYS.has(key), `${label}: key ${key}`).toBe(true);
      const matches = matchesOf(entry);
      expect(matches.length, `${label}: match`).toBeGreaterThan(0);
      for (const m of matches) expect(isCleanLiteral(m), `${label}: literal "${m}"`).toBe(true);
      const r = entry['replacement'];
      if (r !== undefined) expect(typeof r === 'string' ? r.length > 0 : isStringList(r), label).toBe(true);
      if (entry['note'] !== undefined) expect(typeof entry['note'], label).toBe('string');
      for (const guard of ['unlessNext', 'unlessPrevious']) {
        if (entry[guard] !== undefined) expect(isStringList(entry[guard]), `${label}: ${guard}`).toBe(true);
      }
      if (entry['fix'] !== undefined) {
        expect(entry['fix'], `${label}: fix is only ever true`).toBe(true);
        expect(typeof r, `${label}: fix needs one single replacement`).toBe('string');
      }
    }
  });

  it('has no duplicate match strings', () => {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      for (const m of matchesOf(entry)) {
        const key = matchKey(m);
        expect(seen.has(key), `duplicate "${m}"`).toBe(false);
        seen.set(key, m);
      }
    }
  });
});

describe('entry counts and fix policy', () => {
  it('kancelliord has at least 110 entries, fixes and suggestions', () => {
    const entries = entriesOf('kancelliord.yml');
    expect(entries.length).toBeGreaterThanOrEqual(110);
    expect(entries.filter((e) => e['fix'] === true).length).toBeGreaterThanOrEqual(40);
    expect(entries.filter((e) => e['fix'] === undefined).length).toBeGreaterThanOrEqual(40);
  });

  it('kancelliord keeps the A* inflection maps one form per entry', () => {
    const fixes = new Map<string, unknown>();
    for (const e of entriesOf('kancelliord.yml')) {
      if (e['fix'] === true) for (const m of matchesOf(e)) fixes.set(m, e['replacement']);
    }
    expect(fixes.get('fremsender')).toBe('sender');
    expect(fixes.get('fremsendte')).toBe('sendte');
    expect(fixes.get('fremsendt')).toBe('sendt');
    expect(fixes.get('anmoder')).toBe('beder');
    expect(fixes.get('anmodede')).toBe('bad');
    expect(fixes.get('benytter')).toBe('bruger');
    expect(fixes.get('såfremt')).toBe('hvis');
    expect(fixes.get('i henhold til')).toBe('efter');
    expect(fixes.get('på nuværende tidspunkt')).toBe('nu');
    expect(fixes.get('med henblik på at')).toBe('for at');
  });

  it('kancelliord guards context where the facts say so', () => {
    const byMatch = new Map<string, Entry>();
    for (const e of entriesOf('kancelliord.yml')) for (const m of matchesOf(e)) byMatch.set(m, e);
    expect(byMatch.get('i fald')?.['unlessPrevious']).toEqual(expect.arrayContaining(['givet', 'så']));
    expect(byMatch.get('i fald')?.['fix']).toBeUndefined();
    expect(byMatch.get('benytter')?.['unlessNext']).toEqual(expect.arrayContaining(['sig', 'dig', 'jer', 'os']));
  });

  it('kancelliord leaves plain everyday words alone', () => {
    const all = new Set(entriesOf('kancelliord.yml').flatMap(matchesOf));
    for (const word of ['man', 'De', 'hvis', 'om', 'og', 'også', 'hvilket']) expect(all.has(word), word).toBe(false);
  });

  it('nominal-style has at least 35 entries, spells out support-verb forms and never fixes', () => {
    const entries = entriesOf('nominal-style.yml');
    expect(entries.length).toBeGreaterThanOrEqual(35);
    for (const e of entries) expect(e['fix'], JSON.stringify(e['match'])).toBeUndefined();
    // Each form is found by the compiled list, with the words a sentence puts in between.
    const found = (text: string) => lintText(draft(text)).messages.filter((m) => m.ruleId === 'tone/nominal-style').map((m) => m.message);
    for (const form of [
      'foretage en vurdering', 'foretager en vurdering', 'foretog en vurdering',
      'foretaget en vurdering', 'foretages en vurdering', 'foretage vurderingen',
      'træffe en beslutning', 'traf en beslutning', 'truffet en beslutning', 'træffes en beslutning',
      'gennemfører en undersøgelse', 'gennemførte en undersøgelse', 'gennemført en undersøgelse',
      'yde hjælp', 'ydede hjælp', 'ydet hjælp', 'ydes hjælp', 'giver udtryk for', 'gav udtryk for',
      'foretage en grundig vurdering', 'foretager vi en vurdering', 'træffer vi en endelig beslutning',
    ]) {
      expect(found(`I dag skal vi ${form} sammen.`), form).toHaveLength(1);
    }
    expect(found('Vi træffer dig i foyeren. Beslutningen kommer senere.')).toEqual([]);
  });

  it('reader-address has no bare "man kan" / "man skal"', () => {
    const all = new Set(entriesOf('reader-address.yml').flatMap(matchesOf));
    expect(all.has('man kan')).toBe(false);
    expect(all.has('man skal')).toBe(false);
    for (const phrase of ['man bedes', 'borgerne opfordres til', 'De bedes', 'du bedes', 'undertegnede', 'det henstilles']) {
      expect(all.has(phrase), phrase).toBe(true);
    }
  });

  it('the tone lists do not report the same phrase twice', () => {
    const owner = new Map<string, string>();
    for (const name of ['kancelliord.yml', 'nominal-style.yml', 'reader-address.yml']) {
      for (const m of entriesOf(name).flatMap(matchesOf)) {
        const key = matchKey(m);
        expect(owner.get(key), `"${m}" in ${name} and ${owner.get(key) ?? ''}`).toBeUndefined();
        owner.set(key, name);
      }
    }
  });

  it('abbreviations are upper-case or mixed-case exact matches with an expansion', () => {
    for (const e of entriesOf('abbreviations.yml')) {
      for (const m of matchesOf(e)) expect(m).not.toBe(m.toLowerCase());
      expect(typeof e['replacement']).toBe('string');
      expect(e['fix']).toBeUndefined();
    }
    const all = new Set(entriesOf('abbreviations.yml').flatMap(matchesOf));
    for (const a of ['AAUH', 'RHN', 'NAU', 'DPV', 'SDCN', 'CDH', 'AMK', 'EPJ', 'FMK', 'LPR', 'SST', 'STPS', 'PLO']) {
      expect(all.has(a), a).toBe(true);
    }
    expect(all.has('AUH')).toBe(false); // Aarhus, not the region's own
  });
});

describe('accept.yml', () => {
  const { text, data } = readLexicon('accept.yml');
  const words = (data as Record<string, unknown>)['words'];

  it('is a words list of clean literals without duplicates', () => {
    expect(text.startsWith('#')).toBe(true);
    expect(text).toContain('# Source:');
    expect(isStringList(words)).toBe(true);
    const list = words as string[];
    for (const w of list) expect(isCleanLiteral(w), w).toBe(true);
    expect(new Set(list).size).toBe(list.length);
    for (const w of ['DR', 'EU', 'WHO', 'SMS', 'PDF', 'COVID']) expect(list).toContain(w);
  });

  it('does not accept an abbreviation that abbreviations.yml asks to expand', () => {
    const internal = new Set(entriesOf('abbreviations.yml').flatMap(matchesOf));
    for (const w of words as string[]) expect(internal.has(w), w).toBe(false);
  });
});

describe('shouting.yml', () => {
  const { text, data } = readLexicon('shouting.yml');
  const words = (data as Record<string, unknown>)['words'] as string[];

  it('is a words list of unique capitals words that are neither known nor internal abbreviations', () => {
    expect(text).toContain('# Source:');
    expect(isStringList(words)).toBe(true);
    expect(new Set(words).size).toBe(words.length);
    const accepted = new Set(((readLexicon('accept.yml').data as Record<string, unknown>)['words'] as string[]).map((w) => w.toUpperCase()));
    const internal = new Set(entriesOf('abbreviations.yml').flatMap(matchesOf));
    for (const w of words) {
      expect(w, w).toBe(w.toUpperCase());
      expect(/^\p{L}+$/u.test(w), w).toBe(true);
      expect(accepted.has(w), `${w} is also accepted`).toBe(false);
      expect(internal.has(w), `${w} is also internal`).toBe(false);
    }
    for (const w of ['NU', 'TAK', 'KOM']) expect(words).toContain(w);
  });
});

function groupsOf(name: string): Record<string, string[]> {
  const { data } = readLexicon(name);
  const groups = (data as Record<string, unknown>)['groups'];
  expect(typeof groups).toBe('object');
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(groups as Record<string, unknown>)) {
    expect(isStringList(value), `${name}: group ${key}`).toBe(true);
    out[key] = value as string[];
  }
  return out;
}

describe('passive.yml', () => {
  const { text } = readLexicon('passive.yml');
  const groups = groupsOf('passive.yml');

  it('has every group the heuristic needs, with clean unique lower-case words', () => {
    expect(text).toContain('# Source:');
    expect(Object.keys(groups).sort()).toEqual(
      [
        'blive-exclusions', 'blive-forms', 'deponents', 'determiners', 'modals', 'non-verbs',
        'reciprocals', 's-passive-verbs', 'strong-participles',
      ].sort(),
    );
    for (const [key, words] of Object.entries(groups)) {
      expect(new Set(words).size, `${key} has duplicates`).toBe(words.length);
      for (const w of words) {
        expect(w, key).toBe(w.toLowerCase());
        expect(/^\S+$/u.test(w), `${key}: one word "${w}"`).toBe(true);
      }
    }
    expect(() => loadPassiveLexicon(text)).not.toThrow();
  });

  it('has at least 80 s-passive forms, all ending in -s', () => {
    const verbs = groups['s-passive-verbs'] ?? [];
    expect(verbs.length).toBeGreaterThanOrEqual(80);
    for (const v of verbs) expect(v.endsWith('s'), v).toBe(true);
  });

  it('never lists an exception as an s-passive verb or a state word as a participle', () => {
    const exceptions = new Set([...(groups['deponents'] ?? []), ...(groups['reciprocals'] ?? []), ...(groups['non-verbs'] ?? [])]);
    for (const v of groups['s-passive-verbs'] ?? []) expect(exceptions.has(v), v).toBe(false);
    const exclusions = new Set(groups['blive-exclusions'] ?? []);
    for (const p of groups['strong-participles'] ?? []) expect(exclusions.has(p), p).toBe(false);
  });

  it('contains the core lists from the facts', () => {
    expect(groups['modals']).toEqual(['skal', 'kan', 'må', 'bør', 'vil', 'skulle', 'kunne', 'måtte', 'burde', 'ville']);
    expect(groups['blive-forms']).toEqual(['blive', 'bliver', 'blev', 'blevet', 'blir']);
    for (const w of ['synes', 'lykkes', 'trives', 'findes']) expect(groups['deponents']).toContain(w);
    for (const w of ['mødes', 'ses', 'skændes']) expect(groups['reciprocals']).toContain(w);
    for (const w of ['deres', 'fælles', 'diabetes', 'hvis', 'status', 'stories']) expect(groups['non-verbs']).toContain(w);
  });
});

describe('parties.yml', () => {
  const { text } = readLexicon('parties.yml');
  const groups = groupsOf('parties.yml');

  it('has the groups tone/political-neutrality reads and tells the maintainer to update it after elections', () => {
    expect(Object.keys(groups).sort()).toEqual([
      'ballot-letters', 'blame', 'election-calls', 'election-context', 'endorsement-context', 'endorsements',
      'not-political', 'parties', 'party-tags', 'praise', 'short-forms', 'stance-adverbs', 'verdicts', 'vote-words',
    ]);
    expect(text).toContain('# Source:');
    expect(text).toMatch(/31 Oct 2026/);
    for (const [key, words] of Object.entries(groups)) {
      expect(new Set(words).size, `${key} has duplicates`).toBe(words.length);
      for (const w of words) expect(isCleanLiteral(w), `${key}: "${w}"`).toBe(true);
    }
  });

  it('lists party names capitalised and the left/right false friends in lower case', () => {
    for (const p of ['Socialdemokratiet', 'Venstre', 'Radikale Venstre', 'Enhedslisten', 'Moderaterne', 'SF']) {
      expect(groups['parties']).toContain(p);
    }
    for (const p of groups['parties'] ?? []) expect(p, p).not.toBe(p.toLowerCase());
    for (const p of groups['not-political'] ?? []) expect(p, p).toBe(p.toLowerCase());
    expect(groups['not-political']).toContain('til venstre');
    expect(groups['not-political']).toContain('konservativ behandling');
    expect(groups['endorsements']).toContain('stem på');
    expect(groups['election-calls']).toContain('sæt dit kryds ved');
    for (const letter of groups['ballot-letters'] ?? []) expect(groups['party-tags']).toContain(letter);
    for (const word of groups['election-context'] ?? []) expect(word, word).toBe(word.toLowerCase());
    // Turnout and everyday phrases are not election calls.
    for (const phrase of ['husk at stemme', 'sæt kryds', 'stem']) expect(groups['election-calls']).not.toContain(phrase);
  });
});
