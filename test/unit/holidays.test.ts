import { describe, it, expect } from 'vitest';
import { danishPublicHolidays, easterSunday, isDanishHoliday } from '../../src/checks/lib/holidays.js';

const easterOf = (year: number) => danishPublicHolidays(year).find((h) => h.name === 'påskedag')?.date;

describe('Easter Sunday (Meeus/Jones/Butcher)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    // extremes of the Gregorian range of Easter dates
    [2285, '2285-03-22'],
    [2038, '2038-04-25'],
  ])('%i → %s', (year, date) => {
    expect(easterOf(year)).toBe(date);
    const [m, d] = easterSunday(year);
    expect(`${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`).toBe(date);
  });
  it('rejects years before the Gregorian calendar and non-integers', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('danishPublicHolidays', () => {
  it('lists all holidays of 2026 in date order', () => {
    expect(danishPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'nytårsdag' },
      { date: '2026-04-02', name: 'skærtorsdag' },
      { date: '2026-04-03', name: 'langfredag' },
      { date: '2026-04-05', name: 'påskedag' },
      { date: '2026-04-06', name: '2. påskedag' },
      { date: '2026-05-14', name: 'Kristi himmelfartsdag' },
      { date: '2026-05-24', name: 'pinsedag' },
      { date: '2026-05-25', name: '2. pinsedag' },
      { date: '2026-06-05', name: 'grundlovsdag' },
      { date: '2026-12-24', name: 'juleaftensdag' },
      { date: '2026-12-25', name: 'juledag' },
      { date: '2026-12-26', name: '2. juledag' },
      { date: '2026-12-31', name: 'nytårsaftensdag' },
    ]);
  });
  it('includes store bededag only up to 2023 (abolished from 2024)', () => {
    expect(danishPublicHolidays(2023)).toContainEqual({ date: '2023-05-05', name: 'store bededag' });
    expect(danishPublicHolidays(2022)).toContainEqual({ date: '2022-05-13', name: 'store bededag' });
    for (const year of [2024, 2025, 2026, 2030]) {
      expect(danishPublicHolidays(year).map((h) => h.name)).not.toContain('store bededag');
    }
    expect(danishPublicHolidays(2023)).toHaveLength(14);
    expect(danishPublicHolidays(2024)).toHaveLength(13);
  });
  it('keeps dates inside the right month across month ends', () => {
    // 2024: Easter 31 March, so 2. påskedag is 1 April; Ascension 9 May, Whit Monday 20 May
    const h2024 = Object.fromEntries(danishPublicHolidays(2024).map((h) => [h.name, h.date]));
    expect(h2024['2. påskedag']).toBe('2024-04-01');
    expect(h2024['Kristi himmelfartsdag']).toBe('2024-05-09');
    expect(h2024['2. pinsedag']).toBe('2024-05-20');
  });
});

describe('isDanishHoliday', () => {
  it('returns the Danish name or null', () => {
    expect(isDanishHoliday('2026-12-25')).toBe('juledag');
    expect(isDanishHoliday('2026-06-05')).toBe('grundlovsdag');
    expect(isDanishHoliday('2026-04-03')).toBe('langfredag');
    expect(isDanishHoliday('2026-12-01')).toBeNull();
    expect(isDanishHoliday('2023-05-05')).toBe('store bededag');
    expect(isDanishHoliday('2024-04-26')).toBeNull(); // would have been store bededag
  });
  it('accepts a longer ISO string and rejects garbage', () => {
    expect(isDanishHoliday('2026-01-01T10:00:00+01:00')).toBe('nytårsdag');
    expect(isDanishHoliday('1. januar')).toBeNull();
    expect(isDanishHoliday('1200-01-01')).toBeNull();
  });
});
