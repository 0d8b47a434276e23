/**
 * Word lists match in NFC, offsets stay in the original text, and a match never ends inside a
 * grapheme (the reliability review's CO-8).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PhraseMatcher, tokenKey } from '../../src/text/phrase-matcher.js';
import { tokenize } from '../../src/text/tokenize.js';
import { projectFor } from '../support/lint.js';

const matches = (phrase: string, text: string) =>
  new PhraseMatcher([{ phrase, payload: phrase }]).match(tokenize(text), text).map((m) => [m.start, m.end, m.text]);

describe('NFC matching', () => {
  it('an NFD word matches its NFC entry, with offsets into the NFD text', () => {
    const nfd = 'Sa\u030Afremt du kommer';
    expect(matches('såfremt', nfd)).toEqual([[0, 8, 'Sa\u030Afremt']]);
    // and the other way round: an NFD entry finds NFC text
    expect(matches('sa\u030Afremt', 'Såfremt du kommer')).toEqual([[0, 7, 'Såfremt']]);
  });

  it('marks that compose with nothing are part of the match, so it covers the whole grapheme', () => {
    const text = 'Vedrørende\u0338 blodbussen';
    expect(matches('vedrørende', text)).toEqual([[0, 11, 'Vedrørende\u0338']]);
    expect(matches('vedrørende', `Vedrørende${'\u0338'.repeat(5_000)} x`)).toEqual([[0, 5_010, `Vedrørende${'\u0338'.repeat(5_000)}`]]);
  });

  it('a mark that makes another letter is another word: »Vedrørende« + U+0301 is »Vedrørendé«, no match', () => {
    expect(matches('vedrørende', 'Vedrørende\u0301 x')).toEqual([]);
    expect(tokenKey('alle\u0301', 'word')).toBe('allé');
    expect(tokenKey('alle', 'word')).toBe('alle');
  });

  it('keys of ASCII and Latin-1 text are the text (no normalising on the common path)', () => {
    expect(tokenKey('sygehus.', 'word')).toBe('sygehus');
    expect(tokenKey('\u0301', 'punct')).toBe('\u0301'); // a lone mark stays a mark
  });
});

describe('fixes keep whole graphemes', () => {
  beforeAll(() => void projectFor());
  const FM = '---\nplatform: facebook\npage: Region Nordjylland\n---\n';
  const fix = (body: string): string | undefined => projectFor().lintBytes(new TextEncoder().encode(FM + body), '/x/draft.md', true).output?.slice(FM.length);

  it('NFD »Såfremt« is fixed like NFC', () => {
    expect(fix('Sa\u030Afremt du kommer, så ring.\n')).toBe('Hvis du kommer, så ring.\n');
  });

  it('a fixable word with a trailing mark is replaced with its mark, never leaving the mark on the new word', () => {
    expect(fix('Vedrørende\u0338 blodbussen: kig forbi.\n')).toBe('Om blodbussen: kig forbi.\n');
    expect(fix('Vedrørende\u0301 blodbussen: kig forbi.\n')).toBeUndefined();
  });
});
