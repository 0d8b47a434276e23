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
    'secure-channels',
    'decline-phrases',
    'generic-markers',
    'advice-openers',
    'regrets',
    'thanks',
    'hearsay',
    'complaint-words',
    'status-verbs',
    'course-verbs',
    'condition-words',
    'result-words',
    'course-nouns',
    'wishes',
    'personal-identifiers',
    'request-verbs',
  ],
  'identifiers.yml': ['case-labels', 'private-mail-domains', 'own-domains', 'cpr-keywords', 'official-phones', 'non-cpr-labels'],
  'pages.yml': ['social-hosts', 'personal-profile-paths', 'group-paths', 'news-sites', 'other-regions'],
  'consent.yml': ['placeholder-references', 'placeholder-alt'],
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

  it('does not count declining as a referral', () => {
    const referral = groups['referral-phrases']!.map(key);
    for (const decline of groups['decline-phrases']!) {
      expect(referral.filter((r) => r.startsWith(key(decline))), decline).toEqual([]);
    }
  });

  it('keeps general information and case work apart', () => {
    expect(groups['generic-markers']).toEqual(expect.arrayContaining(['hvis', 'når', 'ret til']));
    for (const referralVerb of ['ring', 'skriv', 'kontakt']) expect(groups['advice-openers']).not.toContain(referralVerb);
    for (const word of groups['complaint-words']!) expect(groups['case-words'], word).toContain(word);
  });
});

describe('pages.yml', () => {
  const groups = (load('pages.yml').data as { groups: Record<string, string[]> }).groups;

  it('writes hosts and host/path entries in lower case without a scheme', () => {
    for (const name of ['social-hosts', 'personal-profile-paths', 'group-paths', 'news-sites']) {
      for (const entry of groups[name]!) expect(entry, `${name}: ${entry}`).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/[a-z0-9.\-_]+)*$/);
    }
  });

  it('never names the region or its units as someone else', () => {
    const units = (load('units.yml').data as { groups: Record<string, string[]> }).groups;
    const ours = new Set(Object.values(units).flat().map(key));
    for (const other of groups['other-regions']!) expect(ours.has(key(other)), other).toBe(false);
    expect(groups['other-regions']).toContain('Præhospitalet');
  });
});

describe('consent.yml', () => {
  const groups = (load('consent.yml').data as { groups: Record<string, string[]> }).groups;

  it('does not treat a real reference as a placeholder', () => {
    for (const ref of ['sam-2026-0113', '2026-212-0015']) expect(groups['placeholder-references']).not.toContain(ref);
    expect(groups['placeholder-references']).toContain('ja');
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
