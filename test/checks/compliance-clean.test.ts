/**
 * The precision bar of the compliance rules (sender, consent, case-handling): the clean corpus
 * gets no compliance message, also with a realistic page registry in the config, which switches
 * on sender/unknown-page and makes sender/own-pages-only compare in-reply-to with page URLs.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile, ROOT } from '../support/lint.js';

const CLEAN = path.join(ROOT, 'fixtures/clean');
const FILES = readdirSync(CLEAN).filter((f) => f.endsWith('.md'));
const COMPLIANCE = /^(sender|consent|case-handling)\//;
const ALL = ['facebook', 'linkedin', 'twitter', 'instagram'];

const REGISTRY = {
  pages: [
    { name: 'Region Nordjylland', platforms: ALL, urls: ['https://www.facebook.com/RegionNordjylland'], kind: 'virksomhedsside' },
    { name: 'Aalborg Universitetshospital', platforms: ALL, urls: ['https://www.facebook.com/aalborguh'], kind: 'virksomhedsside' },
    { name: 'Regionshospital Nordjylland', platforms: ['facebook', 'linkedin', 'instagram'], urls: ['https://www.facebook.com/RegionshospitalNordjylland'], kind: 'virksomhedsside' },
    { name: 'Psykiatrien i Region Nordjylland', platforms: ALL, kind: 'virksomhedsside' },
    { name: 'Den Præhospitale Virksomhed', platforms: ALL, kind: 'virksomhedsside' },
    { name: 'Steno Diabetes Center Nordjylland', platforms: ['facebook', 'twitter'] },
    { name: 'Center for Døvblindhed og Høretab', platforms: ['facebook', 'twitter'] },
    { name: 'Sygehusapoteket Region Nordjylland', platforms: ['linkedin', 'twitter', 'instagram'] },
    { name: 'Specialsektoren i Region Nordjylland', platforms: ['linkedin', 'instagram'] },
  ],
};

const compliance = (file: string, config: Record<string, unknown>) =>
  lintFile(path.join(CLEAN, file), { config })
    .messages.filter((m) => COMPLIANCE.test(m.ruleId))
    .map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);

describe('fixtures/clean: no compliance messages', () => {
  it('has the corpus with its replies', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(69);
    expect(FILES.filter((f) => f.startsWith('reply-')).length).toBeGreaterThanOrEqual(20);
  });

  it.each(FILES)('%s, without config', (file) => {
    expect(compliance(file, {})).toEqual([]);
  });

  it.each(FILES)('%s, with a page registry', (file) => {
    expect(compliance(file, REGISTRY)).toEqual([]);
  });
});
