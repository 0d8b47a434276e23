import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';

// Shape (rules/lexicon/README.md, "Grouped lists"): `groups:` → name → list of literal strings,
// each group with a `# Source:` comment.

const EXPECTED_GROUPS: Record<string, string[]> = {
  'units.yml': ['region', 'units', 'former-names'],
  'case-handling.yml': [
    'second-person',
    'relatives',
    'case-words',
    'health-words',
    'red-flag-phrases',
    'referral-phrases',
    'insecure-channels',
  ],
  'identifiers.yml': ['case-labels', 'private-mail-domains', 'own-domains', 'cpr-keywords', 'official-phones'],
};

function load(file: string): { raw: string; data: unknown } {
  const raw = readFileSync(new URL(`../../rules/lexicon/${file}`, import.meta.url), 'utf8');
  return { raw, data: parse(raw) };
}

/** Literal comparison key: case-insensitive, any white space run = one space (README). */
function key(entry: string): string {
  return entry.trim().replace(/\s+/g, ' ').toLowerCase();
}

describe.each(Object.entries(EXPECTED_GROUPS))('%s', (file, groupNames) => {
  const { raw, data } = load(file);
  const groups = (data as { groups?: Record<string, unknown> }).groups ?? {};

  it('has only a top-level `groups:` map with the expected groups', () => {
    expect(Object.keys(data as object)).toEqual(['groups']);
    expect(Object.keys(groups)).toEqual(groupNames);
  });

  it('holds non-empty lists of trimmed, non-empty strings', () => {
    for (const name of groupNames) {
      const list = groups[name];
      expect(Array.isArray(list), name).toBe(true);
      expect((list as unknown[]).length, name).toBeGreaterThan(0);
      for (const entry of list as unknown[]) {
        expect(typeof entry, `${name}: ${String(entry)}`).toBe('string');
        expect((entry as string).trim(), name).toBe(entry);
        expect((entry as string).length, name).toBeGreaterThan(0);
        expect(entry as string, name).not.toMatch(/\s{2,}|[\t\n]/);
      }
    }
  });

  it('has no duplicates within a group', () => {
    for (const name of groupNames) {
      const keys = (groups[name] as string[]).map(key);
      const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
      expect(dupes, name).toEqual([]);
    }
  });

  it('cites a source for every group', () => {
    for (const name of groupNames) {
      const block = raw.split(new RegExp(`^  ${name}:\\s*$`, 'm'))[1] ?? '';
      const firstEntry = block.search(/^\s+- /m);
      expect(block.slice(0, firstEntry), name).toMatch(/# Source: /);
    }
  });
});

describe('units.yml', () => {
  const groups = (load('units.yml').data as { groups: Record<string, string[]> }).groups;

  it('lists every name only once across groups', () => {
    const all = Object.values(groups).flat().map(key);
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
  });

  it('contains the region, the main units and known former names', () => {
    expect(groups['region']).toEqual(['Region Nordjylland']);
    for (const unit of [
      'Aalborg Universitetshospital',
      'Regionshospital Nordjylland',
      'Psykiatrien i Region Nordjylland',
      'Den Præhospitale Virksomhed',
      'Center for Døvblindhed og Høretab',
    ]) {
      expect(groups['units']).toContain(unit);
    }
    expect(groups['former-names']).toContain('Aalborg Sygehus');
  });

  it('does not list partner events or other regions’ units (danish-facts §0.4, §10)', () => {
    const all = Object.values(groups).flat().map(key);
    expect(all).not.toContain('kulturmødet');
    expect(all).not.toContain('præhospitalet');
  });
});

describe('case-handling.yml', () => {
  const groups = (load('case-handling.yml').data as { groups: Record<string, string[]> }).groups;

  it('keeps capitalised entries that must not match common words', () => {
    expect(groups['second-person']).toContain('I');
    expect(groups['second-person']).not.toContain('i');
    expect(groups['health-words']).toContain('KOL');
    expect(groups['health-words']).toContain('ALS');
  });

  it('leaves out words that are too common on their own', () => {
    expect(groups['case-words']).not.toContain('svar');
    expect(groups['case-words']).not.toContain('tid');
  });

  it('points to secure post and the right professional', () => {
    for (const phrase of ['sikker post', 'digital post', 'kontakt afdelingen', 'patientkontoret', '112']) {
      expect(groups['referral-phrases']).toContain(phrase);
    }
  });

  it('does not count a platform DM as a referral', () => {
    const referral = new Set(groups['referral-phrases']!.map(key));
    for (const channel of groups['insecure-channels']!) expect(referral.has(key(channel)), channel).toBe(false);
  });
});

describe('identifiers.yml', () => {
  const groups = (load('identifiers.yml').data as { groups: Record<string, string[]> }).groups;

  it('writes domains in lower case without "@"', () => {
    for (const d of [...groups['private-mail-domains']!, ...groups['own-domains']!]) {
      expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
  });

  it('lists official phone numbers as 8 digits or a short code', () => {
    for (const p of groups['official-phones']!) {
      const digits = p.replace(/\s/g, '');
      expect(digits, p).toMatch(/^(\d{8}|\d{3})$/);
    }
    expect(groups['official-phones']).toContain('97 64 80 00');
  });

  it('keeps the own domain out of the private providers', () => {
    expect(groups['private-mail-domains']).not.toContain('rn.dk');
  });
});
