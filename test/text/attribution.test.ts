import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../src/text/attribution.js';
import { tokenize } from '../../src/text/tokenize.js';

const tails = (text: string): string[] => findAttributions(text, tokenize(text)).map((a) => text.slice(a.start, a.end));

describe('findAttributions', () => {
  it('after a closing » « quote with a comma', () => {
    const text = '»Vi åbner et nyt afsnit for hjertepatienter«, siger overlæge Anne Holm, Aalborg Universitetshospital.';
    expect(findAttributions(text, tokenize(text))).toEqual([
      { start: 44, end: 100, verb: 'siger', speakerStart: 52 },
    ]);
    expect(tails(text)).toEqual([', siger overlæge Anne Holm, Aalborg Universitetshospital']);
  });

  it('after a comma inside the quote', () => {
    expect(tails('»Vi åbner i morgen,« siger overlæge Anne Holm, Aalborg Universitetshospital.')).toEqual([
      'siger overlæge Anne Holm, Aalborg Universitetshospital',
    ]);
  });

  it('with an initial in the speaker', () => {
    expect(tails('»Vi er klar!« siger overlæge Anne B. Holm, Aalborg Universitetshospital. Hun smiler.')).toEqual([
      'siger overlæge Anne B. Holm, Aalborg Universitetshospital',
    ]);
  });

  it('after straight quotes and a comma', () => {
    expect(tails('"Vi er klar til at tage imod de første patienter", fortæller Mette Hansen.')).toEqual([', fortæller Mette Hansen']);
  });

  it('after a dash', () => {
    expect(tails('Vi er klar til at tage imod patienterne – siger han.')).toEqual(['– siger han']);
  });

  it('after a comma on a replique line', () => {
    expect(tails('– Vi er klar til at tage imod patienterne, siger han.\nDet er godt, siger vi.')).toEqual([', siger han']);
  });

  it('with a verb of several words and without a comma', () => {
    expect(tails('»Det er en god dag for Nordjylland« lyder det fra direktør Jens Madsen.')).toEqual(['lyder det fra direktør Jens Madsen']);
    expect(tails('»Tak for hjælpen!« sagde hun.')).toEqual(['sagde hun']);
  });

  it('ignores speech verbs that are not after a quote or a dash, and long narrative', () => {
    expect(tails('Lægen siger, at du skal faste.')).toEqual([]);
    expect(tails('»Ja«, siger han og fortsætter med at fortælle om alle de mange nye tiltag, som regionen har sat i gang i år.')).toEqual([]);
    expect(tails('»Ja«, og så gik vi.')).toEqual([]);
  });
});
