import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'case-handling/identifiers';
const hits = (body: string, config: Record<string, unknown> = {}) => lintText(draft(body), { config }).messages.filter((m) => m.ruleId === RULE);

describe('identifiers (case-handling/identifiers)', () => {
  it.each([
    ['Vi har oprettet sagen med j.nr. 2026-212-0015.', 'j.nr. 2026-212-0015'],
    ['Se sagsnr: 26/1234 i brevet.', 'sagsnr: 26/1234'],
    ['Journalnummer 2023-212-0015 er lukket.', 'Journalnummer 2023-212-0015'],
    ['Dit patient-id: P12345 står i brevet.', 'patient-id: P12345'],
  ])('reports the case number in %j', (body, match) => {
    const [m] = hits(body);
    expect(m).toMatchObject({ messageId: 'caseNumber', severity: 2, line: 5 });
    expect(m!.message).toContain(`»${match}«`);
  });

  it.each([
    ['a private address', 'Skriv til lene.hansen@hotmail.com.', 'lene.hansen@hotmail.com'],
    ['another organisation', 'Skriv til info@kulturmoedet.dk.', 'info@kulturmoedet.dk'],
    ['a look-alike of the own domain', 'Skriv til a@xrn.dk.', 'a@xrn.dk'],
  ])('reports %s', (_label, body, match) => {
    const [m] = hits(body);
    expect(m).toMatchObject({ messageId: 'email' });
    expect(m!.message).toContain(`»${match}«`);
    expect(m!.message).toContain('(rn.dk)');
  });

  it('accepts the own domain and its sub-domains, and config ownDomains', () => {
    expect(hits('Skriv til frivillig@rn.dk eller cafe@rhnordjylland.rn.dk.')).toEqual([]);
    expect(hits('Skriv til info@kulturmoedet.dk.', { ownDomains: ['rn.dk', 'kulturmoedet.dk'] })).toEqual([]);
  });

  it('leaves labels without a number, phone numbers and @mentions alone', () => {
    expect(hits('Skriv dit sagsnummer i Digital Post. Ring på 97 64 80 00. Tak til @RegionNord.')).toEqual([]);
  });

  it('reads the published text only: frontmatter and editor notes are skipped', () => {
    const text = '---\nplatform: facebook\npage: Region Nordjylland\nmedia:\n  - src: a.jpg\n    alt: En have\n    people: written\n    consent: j.nr. 2026-212-0015\n---\n<!-- spørg hans@gmail.com -->\nVi har åbent.\n';
    expect(lintText(text).messages.filter((m) => m.ruleId === RULE)).toEqual([]);
  });

  it('reads code, which the platform shows as text', () => {
    expect(hits('Skriv `sagsnr. 26/1234` i emnefeltet.')).toHaveLength(1);
  });
});
