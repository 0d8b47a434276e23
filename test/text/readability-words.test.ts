import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/text/names.js';
import { readabilityWords } from '../../src/text/readability-words.js';
import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('readabilityWords', () => {
  it('counts words and abbreviations; compounds once; no numbers, phones, links or emoji', () => {
    const text = 'Ring f.eks. på 96 31 00 00 kl. 8.00 om din hjerte-kar-sygdom, se rn.dk/hjerte #sundhed 👍';
    const words = readabilityWords(tokenize(text)).map((w) => `${w.text}${w.long ? '*' : ''}`);
    expect(words).toEqual(['Ring', 'f.eks.', 'på', 'kl.', 'om', 'din', 'hjerte-kar-sygdom*', 'se']);
  });

  it('counts letters only and makes names short', () => {
    const text = 'Regionshospital Nordjylland tilbyder COVID-19-vaccination på Aalborg Universitetshospital.';
    const tokens = tokenize(text);
    const names = findNames(tokens, splitSentences(text, tokens));
    const words = readabilityWords(tokens, names);
    expect(words.map((w) => [w.text, w.letters, w.long, w.name])).toEqual([
      ['Regionshospital', 15, false, true],
      ['Nordjylland', 11, false, true],
      ['tilbyder', 8, true, false],
      ['COVID-19-vaccination', 16, true, false],
      ['på', 2, false, false],
      ['Aalborg', 7, false, true],
      ['Universitetshospital', 20, false, true],
    ]);
    expect(words[2]).toEqual({ index: 2, start: 28, end: 36, text: 'tilbyder', letters: 8, long: true, name: false });
  });

  it('a six-letter word is short, a seven-letter word long', () => {
    expect(readabilityWords(tokenize('sygdom sygdoms')).map((w) => w.long)).toEqual([false, true]);
  });
});
