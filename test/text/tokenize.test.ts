import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizerWork } from '../../src/text/tokenize.js';
import type { TokenKind } from '../../src/text/token.js';

const kinds = (text: string): string[] => tokenize(text).map((t) => `${t.kind}:${t.text}`);
const only = (text: string, kind: TokenKind): string[] =>
  tokenize(text)
    .filter((t) => t.kind === kind)
    .map((t) => t.text);

describe('tokenize', () => {
  it('keeps offsets, text and lower-case form', () => {
    const text = 'Ring til Akutmodtagelsen i Hjørring.';
    const tokens = tokenize(text);
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.lower).toBe(t.text.toLowerCase());
    }
    expect(tokens[2]).toEqual({ start: 9, end: 24, text: 'Akutmodtagelsen', lower: 'akutmodtagelsen', kind: 'word' });
  });

  it('tokenizes a range with offsets into the whole text', () => {
    const text = 'Overskrift\nVi åbner kl. 8.00 i morgen.';
    const tokens = tokenize(text, 11, text.length);
    expect(tokens[0]).toMatchObject({ start: 11, end: 13, text: 'Vi' });
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'word', 'abbreviation', 'time', 'word', 'word', 'punct']);
  });

  describe('phone numbers are one token', () => {
    it.each([
      ['Ring på 96 31 00 00, hvis du har spørgsmål.', '96 31 00 00'],
      ['Vagtcentralen har telefon 9631 0000.', '9631 0000'],
      ['Ring til hospitalet på +45 97 64 80 00 i dag.', '+45 97 64 80 00'],
      ['Akuttelefonen 1813 er lukket, ring 70 11 31 31.', '70 11 31 31'],
      ['Skriv en sms til 96310000 i dag.', '96310000'],
      ['Ring +4597648000 i dag.', '+4597648000'],
      ['Vores nummer er 98 64 4000.', '98 64 4000'],
    ])('%s', (text, phone) => {
      expect(only(text, 'phone')).toEqual([phone]);
    });

    it('is not a longer run of groups, two years or a number starting with 0 or 1', () => {
      expect(only('Tallene 12 34 56 78 90 er tilfældige.', 'phone')).toEqual([]);
      expect(only('I 2025 2026 bygger vi om.', 'phone')).toEqual([]);
      expect(only('Kode 01 23 45 67.', 'phone')).toEqual([]);
      expect(kinds('Akuttelefonen 1813')).toEqual(['word:Akuttelefonen', 'number:1813']);
    });
  });

  it('keeps hyphenated compounds and words with digits whole', () => {
    expect(only('Efter din CT-scanning kan du kontakte din A-kasse om hjerte-kar-sygdom.', 'word')).toEqual([
      'Efter',
      'din',
      'CT-scanning',
      'kan',
      'du',
      'kontakte',
      'din',
      'A-kasse',
      'om',
      'hjerte-kar-sygdom',
    ]);
    expect(only("Vi bruger 3D-print mod COVID-19 hos 2-årige fra 1990'erne.", 'word')).toEqual([
      'Vi',
      'bruger',
      '3D-print',
      'mod',
      'COVID-19',
      'hos',
      '2-årige',
      'fra',
      "1990'erne",
    ]);
  });

  it('keeps the hyphen of a suspended compound', () => {
    expect(kinds('social- og sundhedsassistent')).toEqual(['word:social-', 'word:og', 'word:sundhedsassistent']);
    expect(kinds('Vi søger social-, sundheds- og plejepersonale')).toEqual([
      'word:Vi',
      'word:søger',
      'word:social-',
      'punct:,',
      'word:sundheds-',
      'word:og',
      'word:plejepersonale',
    ]);
  });

  it('recognises Danish abbreviations with their dots, in any case', () => {
    expect(kinds('Der er bl.a. kaffe og f.eks. kage, fx boller, ca. kl. 10.')).toEqual([
      'word:Der',
      'word:er',
      'abbreviation:bl.a.',
      'word:kaffe',
      'word:og',
      'abbreviation:f.eks.',
      'word:kage',
      'punct:,',
      'abbreviation:fx',
      'word:boller',
      'punct:,',
      'abbreviation:ca.',
      'abbreviation:kl.',
      'number:10',
      'punct:.',
    ]);
    expect(only('F.eks. skal du bruge tlf. nr. 3 hos Dr. Holm, afd. B, jf. pkt. 4 osv.', 'abbreviation')).toEqual([
      'F.eks.',
      'tlf.',
      'nr.',
      'Dr.',
      'afd.',
      'jf.',
      'pkt.',
      'osv.',
    ]);
  });

  it('reads "min.", "mio." and "Mia." as abbreviations only after a number', () => {
    expect(kinds('Det tager 15 min. Det er bogen min.')).toEqual([
      'word:Det',
      'word:tager',
      'number:15',
      'abbreviation:min.',
      'word:Det',
      'word:er',
      'word:bogen',
      'word:min',
      'punct:.',
    ]);
    expect(kinds('Vi har 2 mio. borgere. Her er Mia.')).toEqual([
      'word:Vi',
      'word:har',
      'number:2',
      'abbreviation:mio.',
      'word:borgere',
      'punct:.',
      'word:Her',
      'word:er',
      'word:Mia',
      'punct:.',
    ]);
    expect(kinds('klasse kl.8')).toEqual(['word:klasse', 'word:kl', 'punct:.', 'number:8']);
  });

  it('recognises dates', () => {
    expect(only('Mødet er den 03.12.2026, den 3/12, den 2026-12-03 og den 4.1.27.', 'date')).toEqual([
      '03.12.2026',
      '3/12',
      '2026-12-03',
      '4.1.27',
    ]);
    expect(only('Tilmelding senest 3/12-2026 eller 12-01-2027.', 'date')).toEqual(['3/12-2026', '12-01-2027']);
    expect(only('Den 3. marts og 45.12.2026 og 3.13.2026', 'date')).toEqual([]);
  });

  it('recognises times after "kl." and hh:mm anywhere; ranges stay numbers', () => {
    expect(kinds('Vi åbner kl. 8.00 i morgen')).toEqual(['word:Vi', 'word:åbner', 'abbreviation:kl.', 'time:8.00', 'word:i', 'word:morgen']);
    expect(only('Åbent kl. 8.00-15.30 og fra kl. 17.00 til 19.30, lørdag 10:00.', 'time')).toEqual(['8.00', '15.30', '17.00', '19.30', '10:00']);
    expect(kinds('Åbent 8-16')).toEqual(['word:Åbent', 'number:8', 'punct:-', 'number:16']);
    expect(kinds('Prisen steg 14.30')).toEqual(['word:Prisen', 'word:steg', 'number:14', 'punct:.', 'number:30']);
  });

  it('recognises numbers and amounts', () => {
    expect(kinds('Det koster 250 kr. for 1.200 borgere med 2,5 timer')).toEqual([
      'word:Det',
      'word:koster',
      'amount:250 kr.',
      'word:for',
      'number:1.200',
      'word:borgere',
      'word:med',
      'number:2,5',
      'word:timer',
    ]);
    expect(only('Regionen får 1,2 mio. kr. og 3 mia. kroner, billetten 250,- og 40 DKK, 75kr og 1.200.000 kr.', 'amount')).toEqual([
      '1,2 mio. kr.',
      '3 mia. kroner',
      '250,-',
      '40 DKK',
      '75kr',
      '1.200.000 kr.',
    ]);
  });

  it('recognises URLs, trimming trailing punctuation', () => {
    expect(only('Læs mere på https://rn.dk/sundhed/akut?side=2. Eller se (www.sundhed.dk).', 'url')).toEqual([
      'https://rn.dk/sundhed/akut?side=2',
      'www.sundhed.dk',
    ]);
    expect(only('Find os på rn.dk/job og aalborguh.rn.dk, ikke på f.eks. kl.dk.x', 'url')).toEqual(['rn.dk/job', 'aalborguh.rn.dk']);
    expect(only('Se https://da.wikipedia.org/wiki/Region_(Danmark) i dag', 'url')).toEqual(['https://da.wikipedia.org/wiki/Region_(Danmark)']);
  });

  it('recognises e-mail addresses, hashtags with æøå and mentions', () => {
    expect(kinds('Skriv til anne.holm@rn.dk. #Hjørring #sundhedsvæsen #112 @RegionNordjylland.')).toEqual([
      'word:Skriv',
      'word:til',
      'email:anne.holm@rn.dk',
      'punct:.',
      'hashtag:#Hjørring',
      'hashtag:#sundhedsvæsen',
      'hashtag:#112',
      'mention:@RegionNordjylland',
      'punct:.',
    ]);
    expect(kinds('C# og @ og #')).toEqual(['word:C', 'punct:#', 'word:og', 'punct:@', 'word:og', 'punct:#']);
  });

  it('keeps emoji sequences whole', () => {
    expect(kinds('Tak 👨‍👩‍👧‍👦👍🏽 🇩🇰🇬🇱 ❤️ 1️⃣ 🏴󠁧󠁢󠁥󠁮󠁧󠁿!')).toEqual([
      'word:Tak',
      'emoji:👨‍👩‍👧‍👦',
      'emoji:👍🏽',
      'emoji:🇩🇰',
      'emoji:🇬🇱',
      'emoji:❤️',
      'emoji:1️⃣',
      'emoji:🏴󠁧󠁢󠁥󠁮󠁧󠁿',
      'punct:!',
    ]);
  });

  it('makes every other character a punct token of its own', () => {
    expect(kinds('»Ja?!« :-)')).toEqual(['punct:»', 'word:Ja', 'punct:?', 'punct:!', 'punct:«', 'punct::', 'punct:-', 'punct:)']);
  });

  it('covers every visible character exactly once, in order (property)', () => {
    const pieces = ['a', 'Æ', 'ø', '1', '9', '.', ',', '-', "'", ' ', '\n', '@', '#', '+45 ', 'kl.', 'bl.a.', 'kr.', 'www.', 'https://', '.dk', '/', ':', '»', '«', '👍', '🏽', '\u200d', '🇩', '️'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const tokens = tokenize(text);
        let at = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(at);
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(text.slice(at, t.start)).toMatch(/^[\s\u200d\ufe0f]*$/u);
          at = t.end;
        }
        expect(text.slice(at)).toMatch(/^[\s\u200d\ufe0f]*$/u);
      }),
      { numRuns: 500 },
    );
  });

  describe('linear work on adversarial input', () => {
    const size = 100_000;
    const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    it.each([
      'a',
      '1',
      '1.',
      '1.2',
      'a.',
      'a-',
      '1-',
      '1 ',
      '12 ',
      '1234 ',
      'a@',
      'a@b.',
      '@a.',
      '#',
      '#a',
      'www.',
      'http://',
      'https://a.dk/(',
      ')',
      'kl. 14.',
      'bl.a.',
      'fx.',
      '+45 ',
      '👨‍',
      '🇩',
      '1/1/',
      '2026-12-',
      '250 mio. ',
      'social- ',
      "a'",
    ])('%j', (unit) => {
      const text = fill(unit);
      const tokens = tokenize(text);
      expect(tokenizerWork() / text.length).toBeLessThan(40);
      let covered = 0;
      for (const t of tokens) covered += t.end - t.start;
      expect(covered).toBeLessThanOrEqual(text.length);
    });
  });
});
