import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokenize.js';

const sentences = (text: string): string[] => splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    'Vi åbner kl. 8.00 i morgen.',
    'Der er bl.a. kaffe og f.eks. kage.',
    'Mødet er den 3. marts kl. 14.30 på Aalborg Universitetshospital.',
    'Ca. 1.200 patienter fik bl.a. tilbudt en tid hos dr. Holm i afd. B.',
    'Prisen er 250 kr. pr. måned, jf. pkt. 4 i aftalen.',
    'Vi flytter den 03.12.2026 til 2. sal i Hjørring.',
    'Tilmeld dig på rn.dk/job eller skriv til job@rn.dk inden fredag.',
    'Læs mere på www.rn.dk. ',
    'Vaccinationen starter d. 3. marts hos Anne B. Holm og H.C. Andersen.',
  ])('one sentence: %s', (text) => {
    expect(sentences(text)).toEqual([text.trim()]);
  });

  it('ends at a full stop before a phone number sentence', () => {
    expect(sentences('Ring på tlf. 97 64 80 00. Vi svarer hurtigt.')).toEqual(['Ring på tlf. 97 64 80 00.', 'Vi svarer hurtigt.']);
  });

  it('ends after a sentence-final abbreviation followed by a capital', () => {
    expect(sentences('Vi har kaffe, te osv. Kom bare.')).toEqual(['Vi har kaffe, te osv.', 'Kom bare.']);
    expect(sentences('Vi har kaffe, te osv. og kage.')).toEqual(['Vi har kaffe, te osv. og kage.']);
    expect(sentences('Ventetiden faldt med 12 pct. Det er flot.')).toEqual(['Ventetiden faldt med 12 pct.', 'Det er flot.']);
    expect(sentences('Billetten koster 250 kr. Børn kommer gratis ind.')).toEqual(['Billetten koster 250 kr.', 'Børn kommer gratis ind.']);
  });

  it('does not end after other abbreviations, even before a capital', () => {
    expect(sentences('Tal med dr. Hansen eller ca. Aalborg-holdet kl. Otte.')).toEqual(['Tal med dr. Hansen eller ca. Aalborg-holdet kl. Otte.']);
  });

  it('ends at ! ? … and runs of them', () => {
    expect(sentences('Har du fået svar?! Ellers ring igen. Tak for i dag… Vi ses!')).toEqual([
      'Har du fået svar?!',
      'Ellers ring igen.',
      'Tak for i dag…',
      'Vi ses!',
    ]);
    expect(sentences('Vi tænkte ... og så besluttede vi at åbne.')).toEqual(['Vi tænkte ... og så besluttede vi at åbne.']);
  });

  it('keeps closing quotes and brackets with the sentence', () => {
    expect(sentences('»Vi åbner et nyt afsnit.« Det siger direktøren.')).toEqual(['»Vi åbner et nyt afsnit.«', 'Det siger direktøren.']);
    expect(sentences('(Se mere på rn.dk.) Vi ses.')).toEqual(['(Se mere på rn.dk.)', 'Vi ses.']);
    expect(sentences('»Det er en god dag for patienterne!« siger overlæge Anne Holm.')).toEqual([
      '»Det er en god dag for patienterne!« siger overlæge Anne Holm.',
    ]);
    expect(sentences('»Kom gerne forbi!«, siger hun.')).toEqual(['»Kom gerne forbi!«, siger hun.']);
    expect(sentences('Hun sagde: "Vi er klar." Og så gik hun.')).toEqual(['Hun sagde: "Vi er klar."', 'Og så gik hun.']);
  });

  it('ends at every line break and leaves bullets out', () => {
    const text = 'Husk at medbringe:\n- dit sundhedskort\n- en liste over din medicin\n\nVi glæder os til at se dig';
    expect(sentences(text)).toEqual(['Husk at medbringe:', 'dit sundhedskort', 'en liste over din medicin', 'Vi glæder os til at se dig']);
    expect(sentences('1. Ring til os\n2. Kom til tiden')).toEqual(['1. Ring til os', '2. Kom til tiden']);
    expect(sentences('Første linje\r\nAnden linje')).toEqual(['Første linje', 'Anden linje']);
  });

  it('returns offsets without surrounding white space', () => {
    const text = '  Vi åbner.   Vi lukker.  ';
    expect(splitSentences(text, tokenize(text))).toEqual([
      { start: 2, end: 11 },
      { start: 14, end: 24 },
    ]);
    expect(splitSentences('   ', tokenize('   '))).toEqual([]);
  });

  it('ends after a number before a capital; "d." (den) never ends one', () => {
    expect(sentences('Vi blev nr. 1. Næste år prøver vi igen.')).toEqual(['Vi blev nr. 1.', 'Næste år prøver vi igen.']);
    expect(sentences('Tag vitamin d. Det hjælper.')).toEqual(['Tag vitamin d. Det hjælper.']);
  });

  it('gives ordered, trimmed sentences on one line each (property)', () => {
    const pieces = ['Vi', 'ses', ' ', ' ', '.', '!', '?', '…', '\n', '»', '«', '3', 'osv.', 'kl.', 'Aalborg', '- ', ',', '"'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        let at = 0;
        for (const s of splitSentences(text, tokenize(text))) {
          expect(s.start).toBeGreaterThanOrEqual(at);
          const sentence = text.slice(s.start, s.end);
          expect(sentence).toBe(sentence.trim());
          expect(sentence.length).toBeGreaterThan(0);
          expect(sentence).not.toContain('\n');
          at = s.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('does not split numbers written with a dot', () => {
    expect(sentences('Version 2.5 er klar. Opdater nu.')).toEqual(['Version 2.5 er klar.', 'Opdater nu.']);
  });
});
