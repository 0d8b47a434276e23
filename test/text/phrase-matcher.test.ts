import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/draft/draft.js';
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

describe('PhraseMatcher: words, dots and neighbours', () => {
  /** Entries as strings or full entries; the matched texts. */
  const texts = (entries: Array<string | Omit<PhraseEntry<string>, 'payload'>>, text: string): string[] =>
    found(
      entries.map((e) => (typeof e === 'string' ? { phrase: e, payload: e } : { ...e, payload: String(e.phrase) })),
      text,
    ).map(([t]) => t);

  it('matches whole words, in order', () => {
    expect(texts(['samt', 'endvidere'], 'Endvidere kommer Jens samt Hanne.')).toEqual(['Endvidere', 'samt']);
  });

  it('respects word boundaries with æ, ø and å', () => {
    expect(texts(['samt'], 'En samtale og samtidig samt.')).toEqual(['samt']);
    expect(texts(['så'], 'Såfremt og påså og så.')).toEqual(['så']);
    expect(texts(['fald'], 'Nedfald, faldt og fald.')).toEqual(['fald']);
    expect(texts(['øl'], 'Øllet og øl.')).toEqual(['øl']);
  });

  it('treats regular-expression characters in entries as literals', () => {
    expect(texts(['a.b', 'c+', '(x)', '.*'], 'axb a.b c cc c+ x (x) alt')).toEqual(['a.b', 'c+', '(x)']);
    expect(() => new PhraseMatcher([{ phrase: '[unclosed', payload: 1 }, { phrase: '(?<', payload: 2 }])).not.toThrow();
  });

  it('does not match across punctuation between the words', () => {
    expect(texts(['i fald'], 'Kom i, fald ikke.')).toEqual([]);
  });

  it('matches a word before a full stop, without the full stop', () => {
    expect(texts(['samt'], 'Jens kommer samt.')).toEqual(['samt']);
    expect(texts(['i fald'], 'Kun i fald.')).toEqual(['i fald']);
  });

  it('matches entries with dots, and not without them', () => {
    expect(texts(['vedr.', 'p.t.', 'bl.a.'], 'Vedr. mødet: vi er p.t. lukket, bl.a. i dag.')).toEqual(['Vedr.', 'p.t.', 'bl.a.']);
    expect(texts(['vedr.'], 'Vedr mødet.')).toEqual([]);
    expect(texts(['p.t.'], 'pt og p.t og pt.')).toEqual([]);
    expect(texts(['jf. aftalen'], 'Det sker jf. aftalen.')).toEqual(['jf. aftalen']);
  });

  it('unlessNext and unlessPrevious read the neighbouring token, so punctuation breaks the link', () => {
    expect(texts([{ phrase: 'samt', unlessNext: ['med'] }], 'Samt med andre. Samt Jens.')).toEqual(['Samt']);
    expect(texts([{ phrase: 'samt', unlessNext: ['med'] }], 'Jens samt. Med andre ord.')).toEqual(['samt']);
    const fald = { phrase: 'i fald', unlessPrevious: ['givet', 'så'] };
    expect(texts([fald], 'I givet fald, i så fald og i fald.')).toEqual(['i fald']);
    expect(texts([fald], 'Det er givet. I fald det sker.')).toEqual(['I fald']);
    expect(texts([fald], 'Det er givet\n\ni fald det sker.')).toEqual(['i fald']);
  });

  it('compares a dotted unless word with its dot', () => {
    expect(texts([{ phrase: 'dags dato', unlessPrevious: ['pr.'] }], 'Fra pr. dags dato. Og dags dato.')).toEqual(['dags dato']);
    expect(texts([{ phrase: 'glæde', unlessNext: ['sig'] }], 'Vi må glæde sig. En glæde.')).toEqual(['glæde']);
  });

  it('the longest phrase wins, whatever the order of the list', () => {
    expect(found(one('i').concat(one('i fald'), one('i tilfælde af at'), one('i tilfælde')), 'Ring i tilfælde af at. Ring i fald. Ring i dag.')).toEqual([
      ['i tilfælde af at', 'i tilfælde af at'],
      ['i fald', 'i fald'],
      ['i', 'i'],
    ]);
    expect(texts(['a b', 'b c'], 'a b c')).toEqual(['a b']);
  });

  it('an empty list or blank entries match nothing', () => {
    expect(new PhraseMatcher<string>([]).size).toBe(0);
    expect(new PhraseMatcher([{ phrase: '   ', payload: 1 }]).size).toBe(0);
    expect(texts([], 'Hej.')).toEqual([]);
  });
});

describe('PhraseMatcher: emoticons, hashtags, emoji and punctuation', () => {
  const at = (entries: string[], text: string): Array<[string, string, number]> =>
    new PhraseMatcher(entries.map((phrase) => ({ phrase, payload: phrase }))).match(tokenize(text), text).map((m) => [m.text, m.payload, m.start]);

  it('matches entries with punctuation as literals, never as regular expressions', () => {
    expect(at([':)', ';-)', '^_^', '(grin)', '*griner*', '#fail', 'a.b'], 'Hej :) og ;-) ^_^ (grin) *griner* #fail axb a.b')).toEqual([
      [':)', ':)', 4],
      [';-)', ';-)', 10],
      ['^_^', '^_^', 14],
      ['(grin)', '(grin)', 18],
      ['*griner*', '*griner*', 25],
      ['#fail', '#fail', 34],
      ['a.b', 'a.b', 44],
    ]);
  });

  it('words keep their boundaries; an entry of punctuation needs none', () => {
    expect(at(['lol', 'ups'], 'Lolland, grupper, lolø, ups')).toEqual([['ups', 'ups', 24]]);
    expect(at([':d'], 'Status:Det er :D')).toEqual([[':D', ':d', 14]]);
  });

  it('lower-case entries match any capitalisation; others only themselves', () => {
    expect(at(['haha', 'LOL'], 'HAHA Haha lol LOL')).toEqual([
      ['HAHA', 'haha', 0],
      ['Haha', 'haha', 5],
      ['LOL', 'LOL', 14],
    ]);
  });

  it('the longest entry wins where two overlap; an emoji matches with its joiners', () => {
    expect(at(['haha', 'hahaha', '#lol', 'lol'], 'hahaha #lol')).toEqual([
      ['hahaha', 'hahaha', 0],
      ['#lol', '#lol', 7],
    ]);
    expect(at(['🤷'], 'Tja 🤷‍♀️')).toEqual([['🤷‍♀️', '🤷', 4]]);
  });
});

describe('PhraseMatcher: web addresses', () => {
  const entries = [
    { phrase: 'på rn.dk', payload: 'på rn.dk' },
    { phrase: 'sundhed.dk', payload: 'sundhed.dk' },
  ];

  it('a site matches a URL on it; the match is the site name', () => {
    expect(found(entries, 'Læs mere på rn.dk/patient.')).toEqual([['på rn.dk', 'på rn.dk']]);
    expect(found(entries, 'Læs mere på https://www.rn.dk/patient?side=2')).toEqual([['på https://www.rn.dk', 'på rn.dk']]);
    expect(found(entries, 'Se https://www.sundhed.dk og min.sundhed.dk/x.')).toEqual([
      ['sundhed.dk', 'sundhed.dk'],
      ['sundhed.dk', 'sundhed.dk'],
    ]);
  });

  it('not another site, nor an e-mail domain', () => {
    expect(found(entries, 'Skriv til info@sundhed.dk eller se xsundhed.dk, sundhed.dk.evil.com og på rn.dkx.')).toEqual([]);
  });
});

describe('PhraseMatcher on a draft', () => {
  const onDraft = (phrases: string[], text: string): string[] => {
    const { model } = parseText(text, 'x.md');
    return new PhraseMatcher(phrases.map((phrase) => ({ phrase, payload: phrase })))
      .match(model.tokens, model.prose)
      .map((m) => {
        expect(m.text).toBe(model.prose.slice(m.start, m.end));
        return text.slice(m.start, m.end);
      });
  };

  it('matches a phrase across soft line breaks, inline markup and runs of white space', () => {
    expect(onDraft(['i tilfælde af at'], 'Ring i tilfælde\naf at du bliver syg.')).toEqual(['i tilfælde\naf at']);
    expect(onDraft(['i tilfælde af at'], 'Ring i tilfælde\r\naf at du bliver syg.')).toEqual(['i tilfælde\r\naf at']);
    expect(onDraft(['i tilfælde af at'], 'Ring i *tilfælde* af at det sker.')).toEqual(['i *tilfælde* af at']);
    expect(onDraft(['i tilfælde af at'], 'Ring i   tilfælde af\tat det sker.')).toEqual(['i   tilfælde af\tat']);
    expect(onDraft(['vi vender tilbage, så snart'], 'Vi vender\ntilbage,  så snart vi kan')).toEqual(['Vi vender\ntilbage,  så snart']);
  });

  it('never across paragraphs, list items or headings', () => {
    expect(onDraft(['i fald'], 'Vi er klar i\n\nfald det sker.')).toEqual([]);
    expect(onDraft(['i fald'], '- klar i\n- fald det sker')).toEqual([]);
    expect(onDraft(['i fald'], '# Klar i\nfald det sker')).toEqual([]);
  });

  it('ignores words in code; link texts are text', () => {
    expect(onDraft(['samt'], 'Se `samt` og [samt](https://rn.dk/samt).')).toEqual(['samt']);
  });
});

describe('PhraseMatcher work', () => {
  it('does not try every entry that shares its first words', () => {
    const entries: PhraseEntry<number>[] = [];
    for (let n = 0; n < 20_000; n++) entries.push({ phrase: `Aalborg Universitetshospital, Afsnit ${n}`, payload: n, genitive: true });
    const matcher = new PhraseMatcher(entries);
    const text = 'Hilsen Aalborg Universitetshospital, Afsnit 17 og Aalborg Universitetshospital, Afsnit 9s team. '.repeat(50);
    const tokens = tokenize(text);
    const matches = matcher.match(tokens, text);
    expect(matches.slice(0, 2).map((m) => [m.text, m.payload])).toEqual([
      ['Aalborg Universitetshospital, Afsnit 17', 17],
      ['Aalborg Universitetshospital, Afsnit 9s', 9],
    ]);
    expect(matches).toHaveLength(100);
    expect(matcher.comparisons).toBeLessThan(tokens.length * 3);
  });

  it('sums the work of every matcher in totalComparisons', () => {
    const matcher = new PhraseMatcher([{ phrase: 'i dag', payload: 1 }]);
    const before = PhraseMatcher.totalComparisons;
    matcher.match(tokenize('i dag og i morgen'), 'i dag og i morgen');
    expect(PhraseMatcher.totalComparisons - before).toBe(matcher.comparisons);
    expect(matcher.comparisons).toBeGreaterThan(0);
  });
});

describe('matchCase', () => {
  it('copies capitalisation', () => {
    expect(matchCase('Vedrørende', 'om')).toBe('Om');
    expect(matchCase('AMK', 'akutmodtagelsen')).toBe('AKUTMODTAGELSEN');
    expect(matchCase('vedrørende', 'om')).toBe('om');
    expect(matchCase('A', 'en')).toBe('En');
  });

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

describe('PhraseMatcher: plain entries are filed on first use', () => {
  it('keeps the earliest entry on a tie, whether or not it was compiled up front', () => {
    // The first entry is plain (filed when "foretage" is first seen), the second is compiled at
    // once (invert); both match the same words, and the first one written wins.
    const entries: PhraseEntry<string>[] = [
      { phrase: 'foretage undersøgelse', payload: 'plain' },
      { phrase: 'foretage undersøgelse', payload: 'inverted', invert: true },
    ];
    expect(found(entries, 'Vi vil foretage undersøgelse i morgen.')).toEqual([['foretage undersøgelse', 'plain']]);
    expect(found([...entries].reverse(), 'Vi vil foretage undersøgelse i morgen.')).toEqual([['foretage undersøgelse', 'inverted']]);
  });

  it('files a genitive entry from the base of the word in the text', () => {
    const matcher = new PhraseMatcher([{ phrase: 'Nordjylland', payload: 'n', genitive: true }]);
    const text = 'Nordjyllands sygehuse.';
    expect(matcher.match(tokenize(text), text).map((m) => m.text)).toEqual(['Nordjyllands']);
  });

  it('answers the same on every call as the entries get filed', () => {
    const matcher = new PhraseMatcher([
      { phrase: 'i dag', payload: 'a' },
      { phrase: 'i morgen', payload: 'b' },
      { phrase: 'kl. 14', payload: 'c' },
    ]);
    const first = 'I dag kl. 14 og i morgen.';
    const second = 'i morgen og i dag';
    const a = matcher.match(tokenize(first), first).map((m) => m.payload);
    expect(matcher.match(tokenize(second), second).map((m) => m.payload)).toEqual(['b', 'a']);
    expect(matcher.match(tokenize(first), first).map((m) => m.payload)).toEqual(a);
    expect(a).toEqual(['a', 'c', 'b']);
  });
});
