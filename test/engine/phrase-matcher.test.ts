import { describe, it, expect } from 'vitest';
import { matchCase, PhraseMatcher, type PhraseEntry } from '../../src/checks/lib/phrase-matcher.js';
import { parseText } from '../../src/draft/draft.js';

type Entry = Omit<PhraseEntry<string>, 'payload'> & { payload?: string };

/** Match entries (strings or full entries) against a draft's prose; return [matched text, payload]. */
function find(entries: Array<string | Entry>, text: string): Array<[string, string]> {
  const matcher = new PhraseMatcher<string>(
    entries.map((e) => (typeof e === 'string' ? { phrase: e, payload: e } : { ...e, payload: e.payload ?? e.phrase })),
  );
  const { model } = parseText(text, 'x.md');
  return matcher.match(model.tokens, model.prose).map((m) => {
    expect(m.text).toBe(model.prose.slice(m.start, m.end));
    return [text.slice(m.start, m.end), m.payload];
  });
}
const texts = (entries: Array<string | Entry>, text: string) => find(entries, text).map(([t]) => t);

describe('PhraseMatcher', () => {
  it('matches whole words, in order', () => {
    expect(texts(['samt', 'endvidere'], 'Endvidere kommer Jens samt Hanne.')).toEqual(['Endvidere', 'samt']);
  });

  it('treats regex metacharacters in entries as literals', () => {
    expect(texts(['a.b', 'c+', '(x)', '.*'], 'axb a.b c cc c+ x (x) alt')).toEqual(['a.b']);
    expect(() => new PhraseMatcher([{ phrase: '[unclosed', payload: 1 }, { phrase: '(?<', payload: 2 }])).not.toThrow();
  });

  it('a lower-case entry matches any capitalisation', () => {
    expect(texts(['vedrørende'], 'Vedrørende, vedrørende og VEDRØRENDE.')).toEqual(['Vedrørende', 'vedrørende', 'VEDRØRENDE']);
  });

  it('an entry with a capital matches only that capitalisation', () => {
    expect(texts(['De', 'AAUH'], 'De kommer. de kommer. DE kommer. AAUH og aauh og Aauh.')).toEqual(['De', 'AAUH']);
  });

  it('respects word boundaries with æ, ø and å', () => {
    expect(texts(['samt'], 'En samtale og samtidig samt.')).toEqual(['samt']);
    expect(texts(['så'], 'Såfremt og påså og så.')).toEqual(['så']);
    expect(texts(['fald'], 'Nedfald, faldt og fald.')).toEqual(['fald']);
    expect(texts(['øl'], 'Øllet og øl.')).toEqual(['øl']);
  });

  it('matches multiword phrases across soft line breaks and inline markup', () => {
    expect(texts(['i tilfælde af at'], 'Ring i tilfælde\naf at du bliver syg.')).toEqual(['i tilfælde\naf at']);
    expect(texts(['i tilfælde af at'], 'Ring i tilfælde\r\naf at du bliver syg.')).toEqual(['i tilfælde\r\naf at']);
    expect(texts(['i tilfælde af at'], 'Ring i *tilfælde* af at det sker.')).toEqual(['i *tilfælde* af at']);
    expect(texts(['i tilfælde af at'], 'Ring i   tilfælde af\tat det sker.')).toEqual(['i   tilfælde af\tat']);
  });

  it('does not match a phrase across paragraphs, list items or headings', () => {
    expect(texts(['i fald'], 'Vi er klar i\n\nfald det sker.')).toEqual([]);
    expect(texts(['i fald'], '- klar i\n- fald det sker')).toEqual([]);
    expect(texts(['i fald'], '# Klar i\nfald det sker')).toEqual([]);
  });

  it('does not match across punctuation between the words', () => {
    expect(texts(['i fald'], 'Kom i, fald ikke.')).toEqual([]);
  });

  it('matches a word before a trailing full stop, without the full stop', () => {
    expect(texts(['samt'], 'Jens kommer samt.')).toEqual(['samt']);
    expect(texts(['i fald'], 'Kun i fald.')).toEqual(['i fald']);
  });

  it('matches entries with dots', () => {
    expect(texts(['vedr.', 'p.t.', 'bl.a.'], 'Vedr. mødet: vi er p.t. lukket, bl.a. i dag.')).toEqual(['Vedr.', 'p.t.', 'bl.a.']);
    expect(texts(['vedr.'], 'Vedr mødet.')).toEqual([]);
    expect(texts(['p.t.'], 'pt og p.t og pt.')).toEqual([]);
  });

  it('a dotted entry in the middle of a phrase', () => {
    expect(texts(['jf. aftalen'], 'Det sker jf. aftalen.')).toEqual(['jf. aftalen']);
  });

  it('skips a match when the next word is listed in unlessNext', () => {
    const entry: Entry = { phrase: 'samt', unlessNext: ['med'] };
    expect(texts([entry], 'Samt med andre. Samt Jens.')).toEqual(['Samt']);
    expect(find([entry], 'Samt med andre. Samt Jens.')).toHaveLength(1);
    // only when adjacent: punctuation breaks the link
    expect(texts([entry], 'Jens samt. Med andre ord.')).toEqual(['samt']);
  });

  it('skips a match when the previous word is listed in unlessPrevious', () => {
    const entry: Entry = { phrase: 'i fald', unlessPrevious: ['givet', 'så'] };
    expect(texts([entry], 'I givet fald, i så fald og i fald.')).toEqual(['i fald']);
    expect(texts([entry], 'Det er givet. I fald det sker.')).toEqual(['I fald']);
    expect(texts([entry], 'Det er givet\n\ni fald det sker.')).toEqual(['i fald']);
  });

  it('compares a dotted unless word with its dot, and ignores a full stop after the next word', () => {
    expect(texts([{ phrase: 'dags dato', unlessPrevious: ['pr.'] }], 'Fra pr. dags dato. Og dags dato.')).toEqual(['dags dato']);
    expect(texts([{ phrase: 'glæde', unlessNext: ['sig'] }], 'Vi må glæde sig. En glæde.')).toEqual(['glæde']);
  });

  it('the longest phrase wins, whatever the order of the list', () => {
    expect(find(['i', 'i fald', 'i tilfælde af at', 'i tilfælde'], 'Ring i tilfælde af at. Ring i fald. Ring i dag.')).toEqual([
      ['i tilfælde af at', 'i tilfælde af at'],
      ['i fald', 'i fald'],
      ['i', 'i'],
    ]);
  });

  it('never reports overlapping matches', () => {
    expect(texts(['a b', 'b c'], 'a b c')).toEqual(['a b']);
  });

  it('ignores words in code, links are still text', () => {
    expect(texts(['samt'], 'Se `samt` og [samt](https://rn.dk/samt).')).toEqual(['samt']);
  });

  it('an empty list or blank entries match nothing', () => {
    expect(new PhraseMatcher<string>([]).size).toBe(0);
    expect(new PhraseMatcher([{ phrase: '   ', payload: 1 }]).size).toBe(0);
    expect(texts([], 'Hej.')).toEqual([]);
  });

  it('carries each entry payload', () => {
    expect(find([{ phrase: 'såfremt', payload: 'hvis' }], 'Såfremt du kommer.')).toEqual([['Såfremt', 'hvis']]);
  });
});

describe('matchCase', () => {
  it.each([
    ['vedrørende', 'om', 'om'],
    ['Vedrørende', 'om', 'Om'],
    ['VEDRØRENDE', 'om', 'OM'],
    ['Såfremt', 'hvis', 'Hvis'],
    ['A', 'hvis', 'Hvis'], // one capital letter is a capital, not shouting
    ['ÆNDRE', 'skifte', 'SKIFTE'],
    ['123', 'x', 'x'],
    ['i tilfælde af at', 'hvis', 'hvis'],
    ['I tilfælde af at', 'hvis', 'Hvis'],
  ])('%s → %s gives %s', (original, replacement, expected) => {
    expect(matchCase(original, replacement)).toBe(expected);
  });
});
