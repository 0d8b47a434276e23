import { describe, expect, it } from 'vitest';
import { draftWords, matchWords } from '../../src/checks/lib/words.js';
import { parseText } from '../../src/draft/draft.js';
import { PhraseMatcher } from '../../src/text/phrase-matcher.js';

describe('draftWords', () => {
  it('are the tokens without punctuation and emoji, once per draft', () => {
    const { model } = parseText('Hej, Anne! Ring kl. 14 på 97 64 80 00 🙂 #sundhed\n', 'x.md');
    const words = draftWords(model);
    expect(words.list.map((t) => t.text)).toEqual(['Hej', 'Anne', 'Ring', 'kl.', '14', 'på', '97 64 80 00', '#sundhed']);
    expect(draftWords(model)).toBe(words);
    // for every token, the first word at or after it
    expect(words.at).toHaveLength(model.tokens.length);
    expect(model.tokens.map((t, i) => [t.text, words.at[i]])).toContainEqual([',', 1]);
  });

  it('matchWords places phrase matches on the words', () => {
    const { model } = parseText('Tak, vi vender tilbage, så snart vi kan.\n', 'x.md');
    const matcher = new PhraseMatcher([{ phrase: 'vi vender tilbage, så snart', payload: 1 }, { phrase: 'kan', payload: 2 }]);
    expect(matchWords(matcher, model).map((m) => [m.text, m.word])).toEqual([
      ['vi vender tilbage, så snart', 1],
      ['kan', 7],
    ]);
  });
});
