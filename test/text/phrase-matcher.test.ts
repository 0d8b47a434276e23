import { describe, expect, it } from 'vitest';
import { matchCase } from '../../src/text/match-case.js';
import { PhraseMatcher, type PhraseEntry } from '../../src/text/phrase-matcher.js';
import { tokenize } from '../../src/text/tokenize.js';

function found<T>(entries: PhraseEntry<T>[], text: string): Array<[string, T]> {
  return new PhraseMatcher(entries)
    .match(tokenize(text), text)
    .map((m) => [m.text, m.payload]);
}

const one = (phrase: string | string[], extra: Partial<PhraseEntry<string>> = {}): PhraseEntry<string>[] => [
  { phrase, payload: Array.isArray(phrase) ? phrase[0]! : phrase, ...extra },
];

describe('PhraseMatcher', () => {
  it('matches a plain phrase with offsets, text and token index', () => {
    const text = 'Vi skal i henhold til loven svare inden 14 dage.';
    const matches = new PhraseMatcher(one('i henhold til')).match(tokenize(text), text);
    expect(matches).toEqual([{ start: 8, end: 21, text: 'i henhold til', payload: 'i henhold til', tokenIndex: 2 }]);
  });

  it('matches whole tokens only, æøå included', () => {
    expect(found(one('sygehus'), 'Sygehuset i Thisted og sygehus-afdelingen ligger tæt på et sygehus.')).toEqual([['sygehus', 'sygehus']]);
    expect(found(one('går'), 'Vi gåråd, men går hjem.')).toEqual([['går', 'går']]);
  });

  it('matches any of several spellings', () => {
    expect(found(one(['f.eks.', 'fx']), 'Tag fx en pause eller f.eks. en gåtur.')).toEqual([
      ['fx', 'f.eks.'],
      ['f.eks.', 'f.eks.'],
    ]);
  });

  describe('verb-second inversion', () => {
    it('matches the inverted clause after a fronted adverbial', () => {
      const entries = [
        { phrase: 'du anmodes om', payload: 'anmodning', invert: true },
        { phrase: 'borgerne har mulighed for', payload: 'mulighed', invert: true },
      ];
      expect(found(entries, 'Derfor anmodes du om at sende dine papirer.')).toEqual([['anmodes du om', 'anmodning']]);
      expect(found(entries, 'Du anmodes om at møde op.')).toEqual([['Du anmodes om', 'anmodning']]);
      expect(found(entries, 'Nu har borgerne mulighed for at booke tid online.')).toEqual([['har borgerne mulighed for', 'mulighed']]);
    });

    it('does not invert without `invert`', () => {
      expect(found(one('du anmodes om'), 'Derfor anmodes du om at sende dine papirer.')).toEqual([]);
    });
  });

  describe('gaps', () => {
    it('lets up to `gap` tokens stand for …', () => {
      expect(found(one('foretage … undersøgelse'), 'Lægen vil foretage en grundig undersøgelse af dig.')).toEqual([
        ['foretage en grundig undersøgelse', 'foretage … undersøgelse'],
      ]);
      expect(found(one('foretage en ... undersøgelse'), 'Lægen vil foretage en undersøgelse af dig.')).toEqual([
        ['foretage en undersøgelse', 'foretage en ... undersøgelse'],
      ]);
    });

    it('fails when the gap is too long, unless `gap` allows it', () => {
      const text = 'Lægen vil foretage en meget grundig undersøgelse.';
      expect(found(one('foretage … undersøgelse'), text)).toEqual([]);
      expect(found(one('foretage … undersøgelse', { gap: 3 }), text)).toEqual([['foretage en meget grundig undersøgelse', 'foretage … undersøgelse']]);
    });

    it('never crosses a full stop or a line break', () => {
      expect(found(one('foretage … undersøgelse'), 'Vi skal foretage. Undersøgelse følger.')).toEqual([]);
      expect(found(one('foretage … undersøgelse'), 'Vi skal foretage en\nundersøgelse.')).toEqual([]);
    });
  });

  it('matches a genitive -s with `genitive`', () => {
    const entries = [{ phrase: 'Region Nordjylland', payload: 'region', genitive: true }];
    expect(found(entries, 'Region Nordjyllands sygehuse og Region Nordjylland.')).toEqual([
      ['Region Nordjyllands', 'region'],
      ['Region Nordjylland', 'region'],
    ]);
    expect(found([{ phrase: 'AAUH', payload: 'aauh', genitive: true }], "AAUH's nye afsnit")).toEqual([["AAUH's", 'aauh']]);
    expect(found([{ phrase: 'Mads', payload: 'mads', genitive: true }], "Mads' første vagt")).toEqual([["Mads'", 'mads']]);
    expect(found(one('Region Nordjylland'), 'Region Nordjyllands sygehuse')).toEqual([]);
  });

  describe('case', () => {
    it('a lower-case entry matches any case, a capitalised entry only itself', () => {
      expect(found(one('vedrørende'), 'Vedrørende din henvendelse og VEDRØRENDE svar')).toEqual([
        ['Vedrørende', 'vedrørende'],
        ['VEDRØRENDE', 'vedrørende'],
      ]);
      expect(found(one('De'), 'De kan ringe, og de svarer.')).toEqual([['De', 'De']]);
    });

    it('`caseSensitive` overrides the default', () => {
      expect(found(one('aauh', { caseSensitive: true }), 'AAUH og aauh')).toEqual([['aauh', 'aauh']]);
      expect(found(one('AAUH', { caseSensitive: false }), 'AAUH og aauh')).toEqual([
        ['AAUH', 'AAUH'],
        ['aauh', 'AAUH'],
      ]);
    });
  });

  it('honours unlessNext and unlessPrevious on the same line', () => {
    const entries = [{ phrase: 'i fald', payload: 'fald', unlessNext: ['af'], unlessPrevious: ['pr.'] }];
    expect(found(entries, 'Ring i fald af feber.')).toEqual([]);
    expect(found(entries, 'Der er to pr. i fald.')).toEqual([]);
    expect(found(entries, 'Ring i fald du er syg.')).toEqual([['i fald', 'fald']]);
    expect(found(entries, 'Ring i fald\naf og til.')).toEqual([['i fald', 'fald']]);
    expect(found(entries, 'Det er givet. I fald du er syg, ring.')).toEqual([['I fald', 'fald']]);
  });

  it('prefers the longest match and never overlaps', () => {
    const entries = [
      { phrase: 'i forbindelse', payload: 'short' },
      { phrase: 'i forbindelse med', payload: 'long' },
      { phrase: 'med henblik på', payload: 'henblik' },
    ];
    expect(found(entries, 'Vi ringer i forbindelse med henblik på en tid.')).toEqual([['i forbindelse med', 'long']]);
    expect(found(entries, 'Ring i forbindelse. Med henblik på svar.')).toEqual([
      ['i forbindelse', 'short'],
      ['Med henblik på', 'henblik'],
    ]);
  });

  it('matches a trailing dot either way', () => {
    expect(found(one('ca'), 'Det tager ca. en time.')).toEqual([['ca', 'ca']]);
    expect(found(one('km.'), 'Der er 3 km. Kør forsigtigt.')).toEqual([['km.', 'km.']]);
  });

  describe('punctuation, emoticons, hashtags and emoji', () => {
    it('matches emoticons only when their characters touch', () => {
      expect(found(one([':)', ':-)']), 'Tak for i dag :) og :-) men ikke : ).')).toEqual([
        [':)', ':)'],
        [':-)', ':)'],
      ]);
    });

    it('matches phrases with commas', () => {
      expect(found(one('vi vender tilbage, så snart'), 'Vi vender tilbage, så snart vi kan.')).toEqual([['Vi vender tilbage, så snart', 'vi vender tilbage, så snart']]);
      expect(found(one('vi vender tilbage, så snart'), 'Vi vender tilbage så snart vi kan.')).toEqual([]);
    });

    it('matches hashtags and emoji as whole tokens; an emoji whatever its skin tone or gender', () => {
      expect(found(one(['#fail', '🤦']), '#Fail og #failure 🤦🏼‍♀️ 🤦🏽 🤷')).toEqual([
        ['#Fail', '#fail'],
        ['🤦🏼‍♀️', '#fail'],
        ['🤦🏽', '#fail'],
      ]);
    });
  });

  it('never matches across a line break', () => {
    expect(found(one('i henhold til'), 'Vi handler i henhold\ntil loven.')).toEqual([]);
  });

  it('skips empty entries and counts the rest', () => {
    const matcher = new PhraseMatcher([
      { phrase: '  ', payload: 1 },
      { phrase: '…', payload: 2 },
      { phrase: ['i dag', 'idag'], payload: 3 },
    ]);
    expect(matcher.size).toBe(1);
  });

  it('scales to 20,000 entries: work grows with the text, not the list', () => {
    const words = ['borger', 'patient', 'sygehus', 'afdeling', 'læge', 'sygeplejerske', 'tid', 'svar', 'brev', 'aftale'];
    const entries: PhraseEntry<number>[] = [];
    for (let n = 0; n < 20_000; n++) entries.push({ phrase: `ord${n} ${words[n % 10]} ${words[(n * 7) % 10]}`, payload: n });
    entries.push({ phrase: 'i forbindelse med', payload: -1 }, { phrase: 'foretage … undersøgelse', payload: -2 });
    const matcher = new PhraseMatcher(entries);
    expect(matcher.size).toBe(20_002);
    const sentence = 'I forbindelse med din aftale på sygehuset vil lægen foretage en grundig undersøgelse, og ord12 sygehus læge kan ses. ';
    let text = '';
    while (text.length < 10_000) text += sentence;
    const tokens = tokenize(text);
    const matches = matcher.match(tokens, text);
    const repeats = Math.ceil(10_000 / sentence.length);
    expect(matches.length).toBe(repeats * 3);
    expect(matches.slice(0, 3).map((m) => m.payload)).toEqual([-1, -2, 12]);
    expect(matcher.comparisons).toBeLessThan(tokens.length * 3);
  });

  it('does not try every entry that shares a first word', () => {
    const entries: PhraseEntry<number>[] = [];
    for (let n = 0; n < 5_000; n++) entries.push({ phrase: `i område${n} nord`, payload: n });
    entries.push({ phrase: 'i henhold til', payload: -1 }, { phrase: 'i … grad', payload: -2 });
    const matcher = new PhraseMatcher(entries);
    const text = 'Vi handler i henhold til loven i høj grad i område42 nord og i dag i Aalborg. '.repeat(100);
    const tokens = tokenize(text);
    expect(matcher.match(tokens, text).map((m) => m.payload).slice(0, 3)).toEqual([-1, -2, 42]);
    expect(matcher.comparisons).toBeLessThan(tokens.length * 3);
  });
});

describe('matchCase', () => {
  it('copies capitalisation', () => {
    expect(matchCase('Vedrørende', 'om')).toBe('Om');
    expect(matchCase('AMK', 'akutmodtagelsen')).toBe('AKUTMODTAGELSEN');
    expect(matchCase('vedrørende', 'om')).toBe('om');
    expect(matchCase('A', 'en')).toBe('En');
  });
});
