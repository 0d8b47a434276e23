import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'tone/abbreviation';
const hits = (body: string, config: Record<string, unknown> = {}) =>
  lintText(draft(body), { config }).messages.filter((m) => m.ruleId === RULE);

describe('abbreviation (tone/abbreviation)', () => {
  it('reports an internal abbreviation with its expansion', () => {
    const [m] = hits('AAUH åbner et nyt afsnit i Hjørring.');
    expect(m).toMatchObject({ messageId: 'default', line: 5, column: 1, endColumn: 5 });
    expect(m!.message).toBe(
      'Skriv »Aalborg Universitetshospital« i stedet for den interne forkortelse »AAUH«, eller skriv den ud første gang: »Aalborg Universitetshospital (AAUH)«.',
    );
  });

  it('accepts an abbreviation spelled out at first use, before or after it', () => {
    expect(hits('Aalborg Universitetshospital (AAUH) åbner. På AAUH glæder vi os.')).toEqual([]);
    expect(hits('AAUH (Aalborg Universitetshospital) åbner. Senere AAUH igen.')).toEqual([]);
    expect(hits('Dansk Sygeplejeråd (DSR) er med. DSR kommer igen.')).toEqual([]);
  });

  it('reports the first use when the spelling-out comes too late, and only once', () => {
    const found = hits('RHN søger frivillige. Regionshospital Nordjylland (RHN) har brug for dig. RHN siger tak.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ column: 1 });
  });

  it('reports unknown capitals acronyms but not known ones', () => {
    const found = hits('Ring til FOA eller DSR. DR og TV2 var forbi. Log på med MitID. Husk dit CPR-nummer og din COVID-19-vaccine. KOL og ADHD.');
    expect(found.map((m) => m.messageId)).toEqual(['unknown', 'unknown']);
    expect(found[0]!.message).toContain('»FOA«');
    expect(found[1]!.message).toContain('»DSR«');
  });

  it('looks at the abbreviation part of a word: genitive, compound', () => {
    const found = hits("AAUH's nye afsnit bruger EPJ-systemet.");
    expect(found.map((m) => [m.column, m.endColumn])).toEqual([[1, 5], [26, 29]]);
  });

  it('leaves hashtags, mentions, URLs, e-mail, Roman numerals and shouting alone', () => {
    expect(hits('Følg #AAUH og @RHN på https://example.com/AAUH eller skriv til AAUH@rn.dk. Christian IV byggede byen.')).toEqual([]);
    expect(hits('HUSK AT BOOKE TID. KOM NU.')).toEqual([]);
  });

  it('config vocabulary.accept extends the accept list', () => {
    expect(hits('Ring til FOA.')).toHaveLength(1);
    expect(hits('Ring til FOA.', { vocabulary: { accept: ['FOA'] } })).toEqual([]);
    expect(hits('AAUH åbner.', { vocabulary: { accept: ['aauh'] } })).toEqual([]);
  });

  it('unknown acronyms can be turned off, internal ones stay', () => {
    const config = { rules: { [RULE]: ['warn', { unknownAcronyms: false }] } };
    expect(hits('Ring til FOA. AAUH åbner.', config).map((m) => m.messageId)).toEqual(['default']);
  });

  it('speaks English with --lang en', () => {
    const [m] = lintText(draft('AAUH åbner.'), { lang: 'en' }).messages.filter((x) => x.ruleId === RULE);
    expect(m!.message).toContain("instead of the internal abbreviation 'AAUH'");
  });
});
