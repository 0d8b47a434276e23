// Runs the twitter-text conformance suite (Apache-2.0, copied from twitter/twitter-text
// conformance/, licence beside the files) through our wrappers, so a dependency upgrade or a change
// to the emoji correction that breaks X's counting or extraction fails here.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import {
  emojiCorrectionAvailable,
  extractHashtags,
  tweetLength,
  TWITTER_CONFIGS,
  type TwitterConfig,
} from '../../src/checks/lib/twitter.js';

interface Case<E> {
  description: string;
  text: string;
  expected: E;
}
interface WeightedExpected {
  weightedLength: number;
  valid: boolean;
}
type HashtagIndices = Array<{ hashtag: string; indices: [number, number] }>;

function load(name: string): Record<string, Array<Case<unknown>>> {
  const raw = readFileSync(new URL(`../conformance/${name}`, import.meta.url), 'utf8');
  // yaml decodes the "\U0001f431" escapes of double-quoted scalars.
  return (parse(raw) as { tests: Record<string, Array<Case<unknown>>> }).tests;
}

const validate = load('twitter-text-validate.yml');
const extract = load('twitter-text-extract.yml');

function group<E>(tests: Record<string, Array<Case<unknown>>>, name: string): Array<Case<E>> {
  const cases = tests[name];
  if (!cases) throw new Error(`conformance group ${name} missing`);
  return cases as Array<Case<E>>;
}

// Which config each group uses comes from rb/test/conformance_test.rb and js/test/conformance.html
// (platform-ci-facts §2): v2 for the plain weighted group, v3 for discounted emoji, defaults (= v3)
// for the directional-marker group.
const weightedGroups: Array<[string, TwitterConfig | undefined, number]> = [
  ['WeightedTweetsCounterTest', TWITTER_CONFIGS.v2, 20],
  ['WeightedTweetsWithDiscountedEmojiCounterTest', TWITTER_CONFIGS.v3, 22],
  ['UnicodeDirectionalMarkerCounterTest', undefined, 2],
];

describe('twitter-text conformance: weighted length (validate.yml)', () => {
  for (const [name, config, count] of weightedGroups) {
    const cases = group<WeightedExpected>(validate, name);
    it(`${name} has all ${count} cases`, () => {
      expect(cases).toHaveLength(count);
    });
    describe(name, () => {
      it.each(cases.map((c) => [c.description, c] as const))('%s', (_d, c) => {
        const result = config ? tweetLength(c.text, config) : tweetLength(c.text);
        expect(result.weightedLength).toBe(c.expected.weightedLength);
        expect(result.valid).toBe(c.expected.valid);
      });
    });
  }
});

describe('twitter-text conformance: hashtag extraction (extract.yml)', () => {
  const plain = [...group<string[]>(extract, 'hashtags'), ...group<string[]>(extract, 'hashtags_from_astral')];
  const withIndices = group<HashtagIndices>(extract, 'hashtags_with_indices');

  it('has all hashtag cases', () => {
    expect(plain.length + withIndices.length).toBe(76);
  });

  describe('hashtags + hashtags_from_astral', () => {
    it.each(plain.map((c) => [c.description, c] as const))('%s', (_d, c) => {
      expect(extractHashtags(c.text).map((h) => h.tag)).toEqual(c.expected);
    });
  });

  describe('hashtags_with_indices', () => {
    // The suite's indices are code-point offsets; ours are UTF-16 offsets. Every text in this group is
    // in the BMP, where the two agree (asserted, so a new astral case cannot pass by accident).
    it.each(withIndices.map((c) => [c.description, c] as const))('%s', (_d, c) => {
      expect([...c.text].length).toBe(c.text.length);
      expect(extractHashtags(c.text).map((h) => ({ hashtag: h.tag, indices: [h.start, h.end] }))).toEqual(c.expected);
    });
  });
});

describe('twitter-text conformance: hashtag validity (validate.yml "hashtags")', () => {
  // A text is a valid hashtag when extraction yields exactly one tag spanning all of it.
  const cases = group<boolean>(validate, 'hashtags');
  it.each(cases.map((c) => [c.description, c] as const))('%s', (_d, c) => {
    const tags = extractHashtags(c.text);
    const valid = tags.length === 1 && tags[0]?.start === 0 && tags[0]?.end === c.text.length;
    expect(valid).toBe(c.expected);
  });
});

describe('tweetLength: emoji correction (twitter-text 3.1.0 quirk, platform-ci-facts §1)', () => {
  it('uses v3 by default: 280 weighted characters', () => {
    expect(tweetLength('Hej')).toEqual({ weightedLength: 3, valid: true, maxLength: 280 });
  });
  it('counts æ, ø, å as 1 and a bare domain as 23', () => {
    expect(tweetLength('æøå').weightedLength).toBe(3);
    expect(tweetLength('Læs mere på rn.dk').weightedLength).toBe(12 + 23);
  });
  it('leaves emoji twemoji knows at 2', () => {
    expect(tweetLength('👨‍👩‍👧').weightedLength).toBe(2);
    expect(tweetLength('🏳️‍🌈').weightedLength).toBe(2);
    expect(tweetLength('🇩🇰').weightedLength).toBe(2);
  });
  it.runIf(emojiCorrectionAvailable)('counts Unicode 15.1 ZWJ emoji as 2, as X documents', () => {
    expect(tweetLength('🐦‍🔥').weightedLength).toBe(2);
    expect(tweetLength('a 🙂‍↔️ b').weightedLength).toBe(6);
  });
  it('does not touch v2, which has no emoji parsing', () => {
    expect(tweetLength('🐦‍🔥', TWITTER_CONFIGS.v2).weightedLength).toBe(5);
  });
  it.runIf(emojiCorrectionAvailable)('recomputes validity after the correction', () => {
    // 278 'x' + 🐦‍🔥: twitter-text says 283 (invalid), X counts 280 (valid).
    const text = 'x'.repeat(278) + '🐦‍🔥';
    expect(tweetLength(text)).toEqual({ weightedLength: 280, valid: true, maxLength: 280 });
    expect(tweetLength(text + 'x').valid).toBe(false);
  });
});
