import { describe, it, expect } from 'vitest';
import { metric, type MetricOptions } from '../../src/checks/metric.js';
import { validateAgainst } from '../../src/core/json-schema.js';
import { runCheck } from '../support/check.js';

const run = (options: MetricOptions, text: string) => runCheck(metric, options, text);

describe('metric', () => {
  describe('words', () => {
    it('reports a sentence over max at the sentence', () => {
      const text = 'Kort sætning. Denne sætning har rigtig mange ord i sig. Slut.';
      expect(run({ metric: 'words', scope: 'sentence', max: 5 }, text)).toMatchObject([
        { start: 14, end: 55, data: { value: 8, max: 5, words: 8 }, text: 'Denne sætning har rigtig mange ord i sig.' },
      ]);
    });

    it('does not count hashtags, mentions, URLs or e-mail addresses', () => {
      expect(run({ metric: 'words', scope: 'sentence', max: 3 }, 'Se #sundhed @rn https://rn.dk a@rn.dk nu.')).toEqual([]);
    });

    it('counts words and abbreviations as LIX does: not numbers, times, dates or phone numbers', () => {
      expect(run({ metric: 'words', scope: 'sentence', max: 2 }, 'Kl. 14.30 kom 20 gæster.')).toMatchObject([{ data: { value: 3 } }]);
      expect(run({ metric: 'words', scope: 'sentence', max: 3 }, 'Ring på 96 31 00 00 i dag.')).toMatchObject([{ data: { value: 4 } }]);
    });

    it('leaves out a quotation\'s attribution tail', () => {
      const quote = '»Vi glæder os meget til at byde jer velkommen«, siger overlæge Anne Holm, Aalborg Universitetshospital.';
      expect(run({ metric: 'words', scope: 'sentence', max: 3 }, quote)).toMatchObject([{ data: { value: 9 } }]);
    });

    it('min reports tooLow', () => {
      expect(run({ metric: 'words', scope: 'post', min: 5 }, 'To ord.')).toMatchObject([{ messageId: 'tooLow', data: { value: 2, min: 5, words: 2 } }]);
    });

    it('ends sentences at line ends', () => {
      const text = 'En linje med fire ord\nen anden linje med fem ord\n';
      expect(run({ metric: 'words', scope: 'sentence', max: 6 }, text)).toEqual([]);
    });
  });

  describe('scopes', () => {
    it('post, paragraph and part point at the first line of the scope', () => {
      const text = '---\nplatform: twitter\n---\nFørste linje her\nanden linje.\n\nEt andet afsnit med flere ord end det første.\n';
      const post = run({ metric: 'words', max: 5 }, text);
      expect(post).toMatchObject([{ text: 'Første linje her', data: { value: 14 } }]);
      const paragraphs = run({ metric: 'words', scope: 'paragraph', max: 5 }, text);
      expect(paragraphs.map((h) => h.text)).toEqual(['Et andet afsnit med flere ord end det første.']);
      const parts = run({ metric: 'words', scope: 'part', max: 5 }, text);
      expect(parts.map((h) => h.text)).toEqual(['Første linje her']);
    });

    it('part measures each post of a thread', () => {
      const text = '---\nplatform: twitter\n---\nEt to tre.\n\n---\n\nFire fem seks syv otte ni.\n';
      expect(run({ metric: 'words', scope: 'part', max: 4 }, text)).toMatchObject([{ text: 'Fire fem seks syv otte ni.', data: { value: 6 } }]);
    });
  });

  describe('lix', () => {
    it('measures LIX and skips scopes with fewer words than minWords', () => {
      const hard = 'Sundhedsplatformens implementeringsfase medfører organisatoriske forandringsprocesser.';
      expect(run({ metric: 'lix', max: 40 }, hard)).toMatchObject([{ data: { value: 105, max: 40, words: 5 } }]);
      expect(run({ metric: 'lix', max: 40, minWords: 6 }, hard)).toEqual([]);
    });

    it('leaves numbers out of LIX and of minWords', () => {
      const text = 'Vi har 2026 1000 200 30 4 5 6 7 sygeplejersker.';
      expect(run({ metric: 'lix', max: 0, minWords: 4 }, text)).toEqual([]);
      expect(run({ metric: 'lix', max: 0, minWords: 3 }, text)).toMatchObject([{ data: { value: 36 } }]);
    });

    it('counts sentences as periods', () => {
      const text = 'Vi ses. Kom ind. Tag en ven med.';
      expect(run({ metric: 'lix', max: 0 }, text)).toMatchObject([{ data: { value: 3 } }]);
    });
  });

  describe('characters', () => {
    it('counts characters (code points) of a paragraph', () => {
      const text = 'Æblet 😀 er rødt.\n\nKort.';
      expect(run({ metric: 'characters', scope: 'paragraph', max: 10 }, text)).toMatchObject([{ text: 'Æblet 😀 er rødt.', data: { value: 16 } }]);
      expect(run({ metric: 'characters', scope: 'paragraph', min: 6 }, text)).toMatchObject([{ text: 'Kort.', messageId: 'tooLow', data: { value: 5 } }]);
    });
  });

  it('an empty post has nothing to measure', () => {
    expect(run({ metric: 'words', min: 1 }, '---\nplatform: facebook\n---\n')).toEqual([]);
  });

  it('validates its options', () => {
    expect(validateAgainst(metric.meta.schema, { metric: 'lix', scope: 'post', max: 40.5, min: 0, minWords: 10 })).toBeUndefined();
    expect(validateAgainst(metric.meta.schema, {})).toBe("(top level): must have required property 'metric'");
    expect(validateAgainst(metric.meta.schema, { metric: 'syllables' })).toMatch(/^metric: must be one of lix, words, characters/);
    expect(validateAgainst(metric.meta.schema, { metric: 'lix', minWords: -1 })).toMatch(/^minWords: must be >= 0/);
    expect(validateAgainst(metric.meta.schema, { metric: 'lix', maks: 1 })).toBe('maks: unknown key (did you mean "max"?)');
  });
});
