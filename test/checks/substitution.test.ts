import { describe, it, expect } from 'vitest';
import { substitution } from '../../src/checks/substitution.js';
import { applyFixes } from '../../src/engine/fix.js';
import { runCheck } from '../support/check.js';

const LEXICON = {
  entries: [
    { match: ['vedrørende', 'vedr.'], replacement: 'om', fix: true },
    { match: 'såfremt', replacement: 'hvis', fix: true },
    { match: 'i tilfælde af at', replacement: 'hvis', fix: true },
    { match: 'endvidere', replacement: ['desuden', 'også'] },
    { match: 'jf.', replacement: 'se', note: 'skriv hvad der henvises til' },
    { match: 'herudover' },
    { match: 'fremsende', replacement: 'sende', fix: true, unlessNext: ['sig'] },
  ],
};
const run = (text: string, settings = {}) => runCheck(substitution, { lexicon: 'k.yml' }, text, { lexicons: { 'k.yml': LEXICON }, settings });
const fixed = (text: string) => applyFixes(text, run(text).flatMap((h) => (h.fix ? [h.fix] : []))).output;

describe('substitution', () => {
  it('suggests the replacement in the capitalisation of the match', () => {
    const hits = run('Vedrørende mødet. VEDRØRENDE det. vedr. sagen.');
    expect(hits.map((h) => [h.text, h.messageId, h.data?.replacement])).toEqual([
      ['Vedrørende', 'default', 'Om'],
      ['VEDRØRENDE', 'default', 'OM'],
      ['vedr.', 'default', 'om'],
    ]);
  });

  it('offers a fix only for fix: true entries, keeping capitalisation', () => {
    const hits = run('Såfremt du vil. Endvidere kommer vi.');
    expect(hits[0]).toMatchObject({ text: 'Såfremt', fix: { range: [0, 7], text: 'Hvis' } });
    expect(hits[1]!.fix).toBeUndefined();
    expect(hits[1]!.data?.replacement).toBe('Desuden / Også');
  });

  it('uses withNote and noReplacement messages', () => {
    const hits = run('Jf. aftalen. Herudover kommer vi.');
    expect(hits.map((h) => [h.text, h.messageId, h.data?.note])).toEqual([
      ['Jf.', 'withNote', 'skriv hvad der henvises til'],
      ['Herudover', 'noReplacement', ''],
    ]);
    expect(hits[1]!.fix).toBeUndefined();
  });

  it('fixes produce the plain text', () => {
    expect(fixed('Såfremt det regner, og i tilfælde af at det sner, vedr. mødet.')).toBe('Hvis det regner, og hvis det sner, om mødet.');
    expect(fixed('I tilfælde af at det regner.')).toBe('Hvis det regner.');
    expect(fixed('SÅFREMT DET REGNER.')).toBe('HVIS DET REGNER.');
  });

  it('fixes a phrase over a soft line break', () => {
    expect(fixed('Ring i tilfælde\naf at du er syg.')).toBe('Ring hvis du er syg.');
  });

  it('does not fix a phrase that crosses markup, but still reports it', () => {
    const hits = run('*I tilfælde af* at det regner.');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fix).toBeUndefined();
    expect(hits[0]!.data?.match).toBe('I tilfælde af at');
    expect(fixed('Det er **såfremt**.')).toBe('Det er **hvis**.'); // markup around the word is fine
  });

  it('respects unlessNext', () => {
    expect(run('Fremsende sig. Vi fremsender brevet. Fremsende brevet.').map((h) => h.text)).toEqual(['Fremsende']);
    expect(run('Fremsende sig.')).toEqual([]);
  });

  it('vocabulary.accept suppresses a match', () => {
    expect(run('Såfremt og vedr. dette.', { vocabulary: { accept: ['såfremt', 'VEDR.'], reject: [] } }).map((h) => h.text)).toEqual([]);
    expect(run('Vedrørende.', { vocabulary: { accept: ['vedr.'], reject: [] } }).map((h) => h.text)).toEqual(['Vedrørende']);
  });

  it('inline words are reported without a replacement', () => {
    const hits = runCheck(substitution, { words: ['herved'] }, 'Herved inviteres du.');
    expect(hits).toMatchObject([{ text: 'Herved', messageId: 'noReplacement', data: { replacement: '' } }]);
    expect(hits[0]!.fix).toBeUndefined();
  });

  it('fixing twice changes nothing more', () => {
    const once = fixed('Såfremt du kommer, vedrørende mødet.');
    expect(fixed(once)).toBe(once);
  });
});
