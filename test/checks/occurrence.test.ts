import { describe, it, expect } from 'vitest';
import { occurrence, type OccurrenceOptions } from '../../src/checks/occurrence.js';
import { validateAgainst } from '../../src/core/json-schema.js';
import { runCheck } from '../support/check.js';

const run = (options: OccurrenceOptions, text: string, settings = {}) => runCheck(occurrence, options, text, { settings });
const FM = '---\nplatform: twitter\n---\n';

describe('occurrence', () => {
  describe('of emoji', () => {
    it('reports the first emoji over max with count and max', () => {
      const hits = run({ of: 'emoji', max: 2 }, 'Hej 🎉 og 👍 og 😀 og 🌞!');
      expect(hits).toEqual([{ start: 16, end: 18, data: { count: 4, max: 2 }, text: '😀' }]);
    });

    it('counts a ZWJ sequence or a flag as one emoji', () => {
      expect(run({ of: 'emoji', max: 1 }, 'Tak 👩‍⚕️ 🇩🇰')).toMatchObject([{ text: '🇩🇰', data: { count: 2 } }]);
      expect(run({ of: 'emoji', max: 2 }, 'Tak 👩‍⚕️ 🇩🇰')).toEqual([]);
    });

    it('ignores emoji in comments and frontmatter, and maps past a comment', () => {
      const text = '---\npage: "🎉🎉"\n---\n<!-- 🎉 -->\nHej 🎉 og 👍\n';
      expect(run({ of: 'emoji', max: 1 }, text)).toMatchObject([{ text: '👍', data: { count: 2 } }]);
    });

    it('is silent at or below max', () => {
      expect(run({ of: 'emoji', max: 2 }, 'Hej 🎉 og 👍.')).toEqual([]);
    });
  });

  it('errorAbove is the hard limit, with the rule severity; between max and it, reports are lowered to warnings', () => {
    const text = `${FM}#a #b #c #d #e #f\n`;
    const [hard] = run({ of: 'hashtag', max: 2, errorAbove: 4 }, text);
    expect(hard).toMatchObject({ text: '#e', messageId: 'hardLimit', data: { count: 6, max: 4 } });
    expect(hard!.severity).toBeUndefined(); // the rule's own (configured) severity
    expect(run({ of: 'hashtag', max: 2, errorAbove: 10 }, text)).toMatchObject([{ text: '#c', data: { count: 6, max: 2 }, severity: 'warn' }]);
    expect(run({ of: 'hashtag', max: 2 }, text)[0]!.severity).toBeUndefined();
  });

  it('min reports too few at the first line of the scope', () => {
    const text = `${FM}Et opslag uden tags\nmed to linjer.\n`;
    expect(run({ of: 'hashtag', min: 1 }, text)).toEqual([
      { start: text.indexOf('Et'), end: text.indexOf('\nmed'), messageId: 'tooFew', data: { count: 0, min: 1 }, text: 'Et opslag uden tags' },
    ]);
    expect(run({ of: 'hashtag', min: 1 }, `${FM}Med #tag.\n`)).toEqual([]);
  });

  it('counts mentions', () => {
    expect(run({ of: 'mention', max: 1 }, 'Tak @a og @b og kontakt@rn.dk.')).toMatchObject([{ text: '@b', data: { count: 2 } }]);
  });

  it('counts links of every syntax once', () => {
    const text = 'Se [her](https://rn.dk/a), <https://rn.dk/b> og https://rn.dk/c.';
    expect(run({ of: 'link', max: 2 }, text)).toMatchObject([{ text: 'https://rn.dk/c', data: { count: 3 } }]);
  });

  it('counts exclamation marks per sentence, outside code', () => {
    const text = 'Hurra!!! Godt! `!!!!` Slut.';
    expect(run({ of: 'exclamation', scope: 'sentence', max: 1 }, text)).toMatchObject([{ start: 6, end: 7, data: { count: 3, max: 1 } }]);
  });

  it('counts listed words', () => {
    const text = 'Vi beklager. Vi beklager igen, og vi beklager.';
    expect(run({ of: 'words', words: ['vi beklager'], max: 2 }, text)).toMatchObject([{ text: 'vi beklager', data: { count: 3, max: 2 } }]);
  });

  it('vocabulary.accept removes listed words from the count', () => {
    expect(run({ of: 'words', words: ['samt'], max: 0 }, 'Samt samt.', { vocabulary: { accept: ['samt'], reject: [] } })).toEqual([]);
  });

  describe('scopes', () => {
    const thread = `${FM}#a #b\n\n---\n\n#c\n\n---\n\n#d #e #f\n`;

    it('post counts the whole published text', () => {
      expect(run({ of: 'hashtag', max: 5 }, thread)).toMatchObject([{ text: '#f', data: { count: 6 } }]);
    });

    it('part counts each part of a thread', () => {
      const hits = run({ of: 'hashtag', scope: 'part', max: 2 }, thread);
      expect(hits).toMatchObject([{ text: '#f', data: { count: 3, max: 2 } }]);
      expect(run({ of: 'hashtag', scope: 'part', min: 2 }, thread)).toMatchObject([{ text: '#c', messageId: 'tooFew', data: { count: 1 } }]);
    });

    it('paragraph counts each paragraph', () => {
      const text = 'Et 🎉 to 🎉.\n\nTre 🎉.\n\nFire 🎉 🎉 🎉.';
      expect(run({ of: 'emoji', scope: 'paragraph', max: 2 }, text)).toMatchObject([{ data: { count: 3 } }]);
    });

    it('sentence counts each sentence', () => {
      expect(run({ of: 'emoji', scope: 'sentence', max: 1 }, 'Hej 🎉 🎉. Farvel 🎉.')).toMatchObject([{ data: { count: 2 } }]);
    });

    it('an empty post has no scope to count', () => {
      expect(run({ of: 'hashtag', min: 1 }, `${FM}<!-- kun en note -->\n`)).toEqual([]);
    });
  });

  it('validates its options', () => {
    expect(validateAgainst(occurrence.meta.schema, { of: 'emoji', scope: 'post', max: 3, errorAbove: 30, min: 0 })).toBeUndefined();
    expect(validateAgainst(occurrence.meta.schema, { max: 3 })).toBe("(top level): must have required property 'of'");
    expect(validateAgainst(occurrence.meta.schema, { of: 'smileys' })).toMatch(/^of: must be one of emoji, hashtag/);
    expect(validateAgainst(occurrence.meta.schema, { of: 'emoji', max: -1 })).toMatch(/^max: must be >= 0/);
    expect(validateAgainst(occurrence.meta.schema, { of: 'emoji', max: 1.5 })).toBe('max: must be integer');
    expect(validateAgainst(occurrence.meta.schema, { of: 'emoji', scope: 'thread' })).toMatch(/^scope: must be one of post, part, paragraph, sentence/);
  });
});
