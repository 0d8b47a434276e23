import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/text/names.js';
import { PhraseMatcher } from '../../src/text/phrase-matcher.js';
import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokenize.js';

function names(text: string, known?: string[]): string[] {
  const tokens = tokenize(text);
  const matcher = known ? new PhraseMatcher(known.map((phrase) => ({ phrase, payload: phrase }))) : undefined;
  return findNames(tokens, splitSentences(text, tokens), matcher).map((n) => text.slice(n.start, n.end));
}

describe('findNames', () => {
  it('finds runs of capitalised words inside a sentence', () => {
    expect(names('Mødet er den 3. marts kl. 14.30 på Aalborg Universitetshospital.')).toEqual(['Aalborg Universitetshospital']);
    expect(names('Vi har talt med overlæge Anne Holm fra Sygehus Vendsyssel i Hjørring.')).toEqual(['Anne Holm', 'Sygehus Vendsyssel', 'Hjørring']);
  });

  it('reports offsets, tokens and source', () => {
    const text = 'Ring til AAUH eller Region Nordjylland.';
    const tokens = tokenize(text);
    expect(findNames(tokens, splitSentences(text, tokens))).toEqual([
      { start: 9, end: 13, firstToken: 2, endToken: 3, source: 'acronym' },
      { start: 20, end: 38, firstToken: 4, endToken: 6, source: 'capitalised' },
    ]);
  });

  it('first in a sentence: a name only with a capitalised next word and no common opener', () => {
    expect(names('Regionshospital Nordjylland åbner et nyt afsnit.')).toEqual(['Regionshospital Nordjylland']);
    expect(names('Aalborg er en god by at bo i.')).toEqual([]);
    expect(names('I Aalborg og Thisted har AAUH og RHN travlt.')).toEqual(['Aalborg', 'Thisted', 'AAUH', 'RHN']);
    expect(names('Husk Region Nordjyllands nye app.')).toEqual(['Region Nordjyllands']);
    expect(names('Kære Mette Hansen\nTak for din henvendelse.')).toEqual(['Mette Hansen']);
    expect(names('Venlig hilsen\nAnne Holm')).toEqual(['Anne Holm']);
  });

  it('treats the word after a colon or an opening quote as a sentence start', () => {
    expect(names('Husk: Vi holder lukket i dag.')).toEqual([]);
    expect(names('Han skrev: »Aalborg er smuk.« Hun svarede: »Hjørring er smukkere«.')).toEqual([]);
    expect(names('Projektet hedder »Det Gode Liv«.')).toEqual(['Gode Liv']);
  });

  it('does not take pronouns or common-noun compounds for names', () => {
    expect(names('Hvis I har spørgsmål, kan De ringe til Anne.')).toEqual(['Anne']);
    expect(names('Efter din CT-scanning kan du ringe til din A-kasse.')).toEqual([]);
    expect(names('Vi kører på strækningen Hjørring-Frederikshavn og tester COVID-19.')).toEqual(['Hjørring-Frederikshavn', 'COVID-19']);
  });

  it('keeps initials inside a name', () => {
    expect(names('Bogen om H.C. Andersen er skrevet af overlæge Anne B. Holm.')).toEqual(['H.C. Andersen', 'Anne B. Holm']);
  });

  it('never joins words across a line break or a sentence end', () => {
    expect(names('Vi bor i Aalborg. Hjørring Kommune er med.')).toEqual(['Aalborg', 'Hjørring Kommune']);
    expect(names('Velkommen til Skagen\nSygehus Thy-Mors har også åbent')).toEqual(['Skagen', 'Sygehus Thy-Mors']);
  });

  it('adds known names from the matcher, even first in a sentence', () => {
    expect(names('Aalborg er en god by. Center for Klinisk Forskning flytter.', ['Aalborg', 'Center for Klinisk Forskning'])).toEqual([
      'Aalborg',
      'Center for Klinisk Forskning',
    ]);
    expect(names('Vi bor i\nAalborg Øst.', ['i Aalborg'])).toEqual(['Aalborg Øst']);
  });
});
