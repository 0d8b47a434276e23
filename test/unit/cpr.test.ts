import { describe, it, expect } from 'vitest';
import { cprCentury, findCprNumbers, findEcprNumbers, isLeapYear, mod11 } from '../../src/checks/lib/cpr.js';

// danish-facts §6.1: century from digit 7; real calendar dates; modulus 11 never required.
const SHAPES: Array<[label: string, text: string, birthDate: string | null]> = [
  // --- the three separators and no separator
  ['hyphen', '010190-1234', '1990-01-01'],
  ['no separator', '0101901234', '1990-01-01'],
  ['space', '010190 1234', '1990-01-01'],
  ['en dash', '010190\u20131234', '1990-01-01'],
  ['no-break space', '010190\u00A01234', '1990-01-01'],
  // --- century table, digit 7 = 0–3 → 19YY
  ['digit7 0, YY 05 → 1905', '010105-0123', '1905-01-01'],
  ['digit7 3, YY 99 → 1999', '311299-3123', '1999-12-31'],
  ['digit7 2, YY 20 → 1920', '150620-2123', '1920-06-15'],
  // --- digit 7 = 4 or 9 → 20YY if YY ≤ 36 else 19YY
  ['digit7 4, YY 05 → 2005', '010105-4321', '2005-01-01'],
  ['digit7 4, YY 36 → 2036', '150636-4123', '2036-06-15'],
  ['digit7 4, YY 37 → 1937', '150637-4123', '1937-06-15'],
  ['digit7 9, YY 20 → 2020', '150620-9123', '2020-06-15'],
  ['digit7 9, YY 50 → 1950', '150650-9123', '1950-06-15'],
  // --- digit 7 = 5–8 → 20YY if YY ≤ 57 else 18YY
  ['digit7 5, YY 99 → 1899', '311299-5123', '1899-12-31'],
  ['digit7 5, YY 58 → 1858', '010158-5123', '1858-01-01'],
  ['digit7 8, YY 57 → 2057', '010157-8123', '2057-01-01'],
  ['digit7 6, YY 10 → 2010', '241210-6123', '2010-12-24'],
  ['digit7 7, YY 75 → 1875', '050575-7123', '1875-05-05'],
  // --- issued since 2007 without modulus 11 – must still match (§6.1, S27)
  ['010165 non-mod-11 (first such number)', '010165-2001', '1965-01-01'],
  ['010165 non-mod-11, no separator', '0101651235', '1965-01-01'],
  ['010190 non-mod-11', '010190-2003', '1990-01-01'],
  ['010185 non-mod-11', '010185-8123', '1885-01-01'],
  ['born 2007 (digit7 4, YY 07)', '030207-4562', '2007-02-03'],
  // --- month lengths and leap years
  ['30 April', '300490-1234', '1990-04-30'],
  ['31 October', '311090-1234', '1990-10-31'],
  ['29 Feb 2024 (leap)', '290224-4123', '2024-02-29'],
  ['29 Feb 2000 (leap, divisible by 400)', '290200-4123', '2000-02-29'],
  ['29 Feb 1996 (leap)', '290296-1234', '1996-02-29'],
  // --- in running text
  ['sentence-final full stop', 'Mit cpr-nummer er 120590-1234.', '1990-05-12'],
  ['after a colon, in parentheses', '(cpr: 120590-1234)', '1990-05-12'],
  ['glued to "cpr.nr."', 'cpr.nr.120590-1234', '1990-05-12'],
  ['followed by a comma and a word', 'CPR 120590-1234, tak', '1990-05-12'],
  // --- impossible dates
  ['day 32', '320126-1234', null],
  ['31 April', '310426-1234', null],
  ['29 Feb 1923 (digit7 1, not leap)', '290223-1234', null],
  ['29 Feb 2023 (digit7 4, not leap)', '290223-4123', null],
  ['29 Feb 1900 (not leap)', '290200-1234', null],
  ['29 Feb 1858 (not leap)', '290258-5123', null],
  ['day 00', '000126-1234', null],
  ['month 13', '011326-1234', null],
  ['month 00', '010026-1234', null],
  ['31 November', '311126-1234', null],
  // --- phone numbers
  ['phone +45 spaced', 'Ring på +45 97 64 80 00', null],
  ['phone spaced', '97 64 80 00', null],
  ['phone 4+4', '9764 8000', null],
  ['phone 8 digits', '97648000', null],
  ['phone Lægevagten', '70 15 03 00', null],
  ['phone +45 unspaced', '+4597648000', null],
  // --- prices
  ['price with thousands dots', '1.234.567 kr.', null],
  ['price with decimals', '2.495,00 kr.', null],
  ['price 1.234.567,00', 'Det kostede 1.234.567,00 kr.', null],
  // --- dates
  ['date dd.mm.yyyy', 'Mødet er 12.05.2026', null],
  ['date ISO', '2026-05-12', null],
  ['date dd/mm/yyyy', '12/05/2026', null],
  ['date 8 digits', '12052026', null],
  // --- order numbers and long runs
  ['order number, impossible date', 'ordre nr. 9912345678', null],
  ['order number with prefix', 'Ordre ORD-0101901234 er sendt', null],
  ['long digit run', '12345678901234', null],
  ['11 digits', '01019012345', null],
  ['5-digit serial', '010190-12345', null],
  ['7-digit head', '1010190-1234', null],
  ['glued to letters before', 'abc0101901234', null],
  ['glued to letters after', '0101901234kr', null],
  ['continued by a decimal', '0101901234,50', null],
  ['continued by "-5"', '010190-1234-5', null],
  ['part of a larger dotted number', '12.0101901234', null],
  ['file name', 'scan_0101901234.pdf', null],
  // --- URLs
  ['URL path', 'https://x.dk/0101901234', null],
  ['URL query', 'https://x.dk/side?id=0101901234', null],
  ['www URL query', 'www.x.dk/s?id=010190-1234', null],
  ['bare domain path', 'x.dk/0101901234', null],
  // --- space-separated digit groups
  ['part of spaced digit groups', 'Konto 1234 010190 1234 5678', null],
];

describe('findCprNumbers', () => {
  it('has a table of at least 40 shapes', () => {
    expect(SHAPES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(SHAPES)('%s: %j', (_label, text, birthDate) => {
    const found = findCprNumbers(text);
    if (birthDate === null) {
      expect(found).toEqual([]);
    } else {
      expect(found).toHaveLength(1);
      const m = found[0]!;
      expect(m.birthDate).toBe(birthDate);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.text).toMatch(/^\d{6}[-\u2013 \u00A0]?\d{4}$/);
    }
  });

  it('never requires modulus 11', () => {
    for (const n of ['0101652001', '0101651235', '0101902003']) {
      expect(mod11(n)).toBe(false);
      expect(findCprNumbers(`cpr ${n}`)).toHaveLength(1);
    }
  });

  it('finds several numbers with exact positions', () => {
    const text = 'Anna 010190-1234 og Bo 020290 1234.';
    const found = findCprNumbers(text);
    expect(found).toEqual([
      { start: 5, end: 16, text: '010190-1234', birthDate: '1990-01-01' },
      { start: 23, end: 34, text: '020290 1234', birthDate: '1990-02-02' },
    ]);
  });

  it('finds a number on its own line and after a line break', () => {
    const found = findCprNumbers('CPR:\n0101901234\n');
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(5);
  });

  it('is fast on long digit-heavy input', () => {
    const text = '1234567890 '.repeat(20000) + '0'.repeat(50000);
    expect(findCprNumbers(text)).toEqual([]);
  });
});

describe('cprCentury and isLeapYear', () => {
  it('follows the table in danish-facts §6.1', () => {
    expect(cprCentury(36, 4)).toBe(2000);
    expect(cprCentury(37, 4)).toBe(1900);
    expect(cprCentury(57, 5)).toBe(2000);
    expect(cprCentury(58, 8)).toBe(1800);
    expect(cprCentury(0, 0)).toBe(1900);
    expect(cprCentury(99, 3)).toBe(1900);
  });

  it('uses Gregorian leap years', () => {
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
  });
});

describe('mod11', () => {
  it('accepts a classic number and rejects a changed digit', () => {
    expect(mod11('070761-4285')).toBe(true);
    expect(mod11('0707614285')).toBe(true);
    expect(mod11('070761-4286')).toBe(false);
  });

  it('needs exactly 10 digits', () => {
    expect(mod11('070761428')).toBe(false);
    expect(mod11('07076142850')).toBe(false);
    expect(mod11('')).toBe(false);
  });
});

describe('findEcprNumbers (danish-facts §6.2)', () => {
  it.each([
    ['020329-1WQ3', '1929-03-02'],
    ['0203291WQ3', '1929-03-02'],
    ['020329 0AB2', '1929-03-02'],
    ['150612-7ÆØ1', '2012-06-15'],
    ['150612-6KL4', '2012-06-15'],
    ['150690-5KL4', '1890-06-15'],
  ])('finds %s', (text, birthDate) => {
    const found = findEcprNumbers(`Patient ${text}.`);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe(text);
    expect(found[0]!.birthDate).toBe(birthDate);
  });

  it.each([
    ['lower-case letters', '020329-1wq3'],
    ['impossible date', '320329-1WQ3'],
    ['glued to a word', 'ID020329-1WQ3'],
    ['longer code', '020329-1WQ34'],
    ['in a URL', 'https://x.dk/020329-1WQ3'],
  ])('ignores %s', (_label, text) => {
    expect(findEcprNumbers(text)).toEqual([]);
  });

  it('is not reported by findCprNumbers', () => {
    expect(findCprNumbers('020329-1WQ3')).toEqual([]);
  });
});
