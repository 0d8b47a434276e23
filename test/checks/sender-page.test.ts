import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const only = (rule: string, text: string, config: Record<string, unknown> = {}) =>
  lintText(text, { config }).messages.filter((m) => m.ruleId === rule);

const post = (page: string | undefined, platform = 'facebook'): string =>
  draft('Vi har åbent hus på lørdag fra kl. 10 til 14.', page === undefined ? { platform } : { platform, page });

const REGISTRY = {
  pages: [
    { name: 'Region Nordjylland', platforms: ['facebook', 'linkedin', 'twitter', 'instagram'], urls: ['https://www.facebook.com/RegionNordjylland'] },
    { name: 'Aalborg Universitetshospital', platforms: ['facebook', 'instagram'], urls: ['https://www.facebook.com/aalborguh'] },
    { name: 'Forbedring og kvalitet', platforms: ['linkedin'], kind: 'emne-fagside' },
  ],
};

describe('sender-page: present (sender/missing)', () => {
  it('reports a draft without page at the opening fence', () => {
    const [m] = only('sender/missing', post(undefined));
    expect(m).toMatchObject({ severity: 2, line: 1, column: 1, endLine: 1, endColumn: 4 });
    expect(m!.message).toContain('page: Aalborg Universitetshospital');
  });

  it('points at the first line when there is no frontmatter', () => {
    const [m] = only('sender/missing', 'Vi har åbent hus på lørdag.\n', { platform: 'facebook' });
    expect(m).toMatchObject({ line: 1, column: 1, endColumn: 28 });
  });

  it('accepts a page, and leaves unreadable frontmatter and a non-text page to draft/frontmatter', () => {
    expect(only('sender/missing', post('Region Nordjylland'))).toEqual([]);
    expect(only('sender/missing', '---\nplatform: facebook\npage: [a, b\n---\nHej.\n')).toEqual([]);
    const nonText = lintText('---\nplatform: facebook\npage: [Aalborg]\n---\nHej med jer.\n');
    expect(nonText.messages.map((m) => m.ruleId)).toContain('draft/frontmatter');
    expect(nonText.messages.map((m) => m.ruleId)).not.toContain('sender/missing');
  });

  it('reports a misspelt key as a missing page too', () => {
    const ids = lintText('---\nplatform: facebook\npgae: Region Nordjylland\n---\nHej med jer.\n').messages.map((m) => m.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['draft/frontmatter', 'sender/missing']));
  });
});

describe('sender-page: affiliation (sender/affiliation)', () => {
  it.each([
    'Region Nordjylland',
    'Aalborg Universitetshospital',
    'aalborg universitetshospital',
    'Neuroenhed Nord – Regionshospital Nordjylland',
    'Sygehusapoteket Region Nordjylland',
    'Specialsektoren i Region Nordjylland',
    'Psykiatrien i Region Nordjylland',
    'Den Præhospitale Virksomhed',
    'Steno Diabetes Center Nordjylland',
    'Center for Døvblindhed og Høretab',
    'Aalborg UH',
    'Region Nordjyllands Kulturpris',
    'Region Nordjylland og Region Midtjylland',
  ])('accepts %j', (page) => {
    expect(only('sender/affiliation', post(page))).toEqual([]);
  });

  it.each([
    ['Afsnit S7', 'default'],
    ['Ortopædkirurgi Hjørring', 'default'],
    ['Aalborg Universitetshospitalets Venner', 'default'],
    ['Nordjyske Sundhed', 'default'],
    ['Region Nordjyllandsk Forum', 'default'],
    ['Psykiatrien i Region Midtjylland', 'otherOrganisation'],
    ['Præhospitalet', 'otherOrganisation'],
    ['Region Hovedstaden', 'otherOrganisation'],
  ])('reports %j (%s)', (page, messageId) => {
    const [m] = only('sender/affiliation', post(page));
    expect(m).toMatchObject({ messageId, severity: 2, line: 3, column: 7, endColumn: 7 + page.length });
    expect(m!.message).toContain(page);
  });

  it('accepts units and registered pages from the config', () => {
    expect(only('sender/affiliation', post('Patientinddragelse Nord'), { units: ['Patientinddragelse Nord'] })).toEqual([]);
    expect(only('sender/affiliation', post('Forbedring og kvalitet'), REGISTRY)).toEqual([]);
    expect(only('sender/affiliation', post('Forbedring og kvalitet'))).toHaveLength(1);
  });
});

describe('sender-page: registered (sender/unknown-page)', () => {
  it('does nothing without a registry', () => {
    expect(only('sender/unknown-page', post('Afsnit S7'))).toEqual([]);
  });

  it('accepts a page registered for the platform, whatever its case', () => {
    expect(only('sender/unknown-page', post('Aalborg Universitetshospital'), REGISTRY)).toEqual([]);
    expect(only('sender/unknown-page', post('region  nordjylland', 'twitter'), REGISTRY)).toEqual([]);
    expect(only('sender/unknown-page', post('Forbedring og kvalitet', 'linkedin'), REGISTRY)).toEqual([]);
  });

  it('reports an unregistered page with the known ones', () => {
    const [m] = only('sender/unknown-page', post('Aalborg Universitetshospital, Thisted'), REGISTRY);
    expect(m).toMatchObject({ messageId: 'default', line: 3, column: 7 });
    expect(m!.message).toContain('Region Nordjylland, Aalborg Universitetshospital');
  });

  it('suggests a close registered name', () => {
    const [m] = only('sender/unknown-page', post('Aalborg Universitetshospitel'), REGISTRY);
    expect(m).toMatchObject({ messageId: 'suggestion' });
    expect(m!.message).toContain('Mente du »Aalborg Universitetshospital«?');
  });

  it('reports a page registered for other platforms only', () => {
    const [m] = only('sender/unknown-page', post('Aalborg Universitetshospital', 'twitter'), REGISTRY);
    expect(m).toMatchObject({ messageId: 'otherPlatform' });
    expect(m!.message).toContain('registreret på Facebook, Instagram, men ikke på X.');
  });

  it('reports a platform where the region has no page', () => {
    const registry = { pages: [{ name: 'Region Nordjylland', platforms: ['facebook'] }] };
    expect(only('sender/unknown-page', post('Region Nordjylland', 'twitter'), registry)[0]).toMatchObject({ messageId: 'otherPlatformNoPages' });
    expect(only('sender/unknown-page', post('Aalborg Universitetshospital', 'twitter'), registry)[0]).toMatchObject({ messageId: 'noPages' });
  });

  it('checks each platform of a cross-post', () => {
    const text = draft('Vi har åbent hus på lørdag.', { platform: '[facebook, linkedin]', page: 'Aalborg Universitetshospital' });
    const found = only('sender/unknown-page', text, REGISTRY);
    expect(found).toHaveLength(1);
    expect(found[0]!.platforms).toEqual(['linkedin']);
  });
});
