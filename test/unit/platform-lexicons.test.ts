// Shape and hygiene of the platform/hashtag/crisis lexicons (rules/lexicon/README.md shapes).
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { extractHashtags, normaliseHashtag } from '../../src/checks/lib/twitter.js';

const read = (name: string) => readFileSync(new URL(`../../rules/lexicon/${name}`, import.meta.url), 'utf8');

function duplicates(values: string[], key: (v: string) => string = (v) => v): string[] {
  const seen = new Set<string>();
  const dups: string[] = [];
  for (const v of values) {
    const k = key(v);
    if (seen.has(k)) dups.push(v);
    seen.add(k);
  }
  return dups;
}

const matchKey = (entry: string) => entry.normalize('NFC').replace(/\s+/g, ' ').toLowerCase();

describe('local-hashtags.yml', () => {
  const raw = read('local-hashtags.yml');
  const data = parse(raw) as { words?: unknown };

  it('parses cleanly and has only `words`: a list of strings', () => {
    expect(parseDocument(raw).errors).toEqual([]);
    expect(Object.keys(data)).toEqual(['words']);
    expect(Array.isArray(data.words)).toBe(true);
    for (const w of data.words as unknown[]) expect(typeof w).toBe('string');
  });

  const words = data.words as string[];

  it('entries are lower case, without #, without spaces, NFC', () => {
    for (const w of words) {
      expect(w, w).toBe(w.toLowerCase());
      expect(w, w).not.toMatch(/[#＃\s]/u);
      expect(w, w).toBe(w.normalize('NFC'));
    }
  });

  it('every entry is a tag X would link in full', () => {
    for (const w of words) expect(extractHashtags(`#${w}`).map((h) => h.tag), w).toEqual([w]);
  });

  it('has no duplicates, also after æ/ø/å normalisation', () => {
    expect(duplicates(words)).toEqual([]);
    expect(duplicates(words, normaliseHashtag)).toEqual([]);
  });

  it('covers the 11 municipalities and key towns (danish-facts §9)', () => {
    const set = new Set(words);
    for (const w of [
      'aalborg', 'brønderslev', 'frederikshavn', 'hjørring', 'jammerbugt', 'læsø', 'mariagerfjord',
      'morsø', 'rebild', 'thisted', 'vesthimmerland', 'nordjylland', 'skagen', 'nykøbingmors', 'aabybro',
      'støvring', 'aars', 'hobro', 'byrum',
    ]) {
      expect(set.has(w), w).toBe(true);
    }
  });

  it('has a # Source: comment', () => {
    expect(raw).toMatch(/# Source:/);
  });
});

describe('crisis.yml', () => {
  const raw = read('crisis.yml');
  const data = parse(raw) as { groups?: Record<string, unknown> };
  const expectedGroups = [
    'stop-escalation',
    'take-responsibility',
    'show-empathy',
    'ongoing-information',
    'way-forward',
    'humor',
    'humor-emoji',
    'progress-markers',
    'repair-verbs',
    'cause-connectors',
    'empathy-frames',
    'feeling-words',
    'time-expressions',
    'notify-verbs',
    'update-channels',
    'conditional-leads',
    'reader-subjects',
    'reader-modals',
    'imperative-verbs',
    'clause-leads',
  ];

  it('parses cleanly and has only `groups` with the expected names', () => {
    expect(parseDocument(raw).errors).toEqual([]);
    expect(Object.keys(data)).toEqual(['groups']);
    expect(Object.keys(data.groups ?? {})).toEqual(expectedGroups);
  });

  const groups = data.groups as Record<string, string[]>;

  it('every group is a non-empty list of non-empty strings', () => {
    for (const name of expectedGroups) {
      const list = groups[name];
      expect(Array.isArray(list), name).toBe(true);
      expect(list?.length, name).toBeGreaterThan(3);
      for (const e of list ?? []) {
        expect(typeof e, `${name}: ${String(e)}`).toBe('string');
        expect(e.trim(), `${name}: ${e}`).toBe(e);
        expect(e.length, name).toBeGreaterThan(0);
      }
    }
  });

  it('has no duplicates within or across groups (as matched: case- and space-insensitive)', () => {
    const all = expectedGroups.flatMap((g) => groups[g] ?? []);
    expect(duplicates(all, matchKey)).toEqual([]);
  });

  it('phrase-bank entries are lower case except proper names', () => {
    for (const name of expectedGroups.slice(0, 5)) {
      for (const e of groups[name] ?? []) {
        if (e.startsWith('Region Nordjylland')) continue;
        expect(e, e).toBe(e.toLowerCase());
      }
    }
  });

  it('contains the phrases the crisis rule relies on', () => {
    const has = (g: string, e: string) => expect(groups[g], `${g}: ${e}`).toContain(e);
    has('stop-escalation', 'vi er opmærksomme på');
    has('stop-escalation', 'vi undersøger');
    has('take-responsibility', 'vi beklager');
    has('take-responsibility', 'undskyld');
    has('take-responsibility', 'det er vores ansvar');
    has('show-empathy', 'vi forstår godt');
    has('show-empathy', 'det er vi kede af');
    has('show-empathy', 'vi er kede af');
    has('ongoing-information', 'vi opdaterer');
    has('ongoing-information', 'næste opdatering');
    has('ongoing-information', 'følg med her');
    has('way-forward', 'fremover');
    has('way-forward', 'derfor vil vi');
    has('way-forward', 'næste skridt');
    has('way-forward', 'vi har sat gang i');
    for (const e of ['haha', 'hahaha', 'lol', 'xd', ':d', ';)', ':p', 'ups', 'hovsa', '#fail', '#epicfail']) {
      has('humor', e);
    }
    for (const e of ['😂', '🤣', '😅', '😉', '🙈', '🥳', '🎉', '🤡', '💀']) has('humor-emoji', e);
  });

  it('humor entries are lower case (so they match any capitalisation)', () => {
    for (const e of groups['humor'] ?? []) expect(e, e).toBe(e.toLowerCase());
  });

  it('humor-emoji entries are emoji only, without the empathetic ones', () => {
    const emoji = new RegExp('^\\p{RGI_Emoji}$', 'v');
    for (const e of groups['humor-emoji'] ?? []) {
      expect(emoji.test(e) || /^\p{Extended_Pictographic}$/u.test(e), e).toBe(true);
    }
    for (const e of ['💙', '❤️', '🙏', '🔥']) expect(groups['humor-emoji']).not.toContain(e);
  });

  it('documents its sources and the time pattern', () => {
    expect(raw.match(/# Source:/g)?.length).toBeGreaterThanOrEqual(7);
    expect(raw).toMatch(/time-pattern-note/);
  });
});
