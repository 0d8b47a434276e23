// Danish public holidays (helligdage) plus the days most public workplaces, the region's included,
// treat as days off. Used by the monitoring rule: posts should not go out when nobody watches.

export interface DanishHoliday {
  /** YYYY-MM-DD (calendar date in Denmark). */
  date: string;
  /** Danish name, lower-case as in running text (except "Kristi"). */
  name: string;
}

/**
 * Easter Sunday (Gregorian) by the anonymous algorithm (Meeus/Jones/Butcher).
 * Returns [month (1–12), day].
 */
export function easterSunday(year: number): [number, number] {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`Unsupported year: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

// Date arithmetic in UTC so no local time zone or DST can shift a day.
function plusDays(year: number, month: number, day: number, offset: number): string {
  const d = new Date(Date.UTC(year, month - 1, day + offset));
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** All Danish public holidays and customary days off in `year`, sorted by date. */
export function danishPublicHolidays(year: number): DanishHoliday[] {
  const [em, ed] = easterSunday(year);
  const easter = (offset: number): string => plusDays(year, em, ed, offset);
  const list: DanishHoliday[] = [
    { date: iso(year, 1, 1), name: 'nytårsdag' },
    { date: easter(-3), name: 'skærtorsdag' },
    { date: easter(-2), name: 'langfredag' },
    { date: easter(0), name: 'påskedag' },
    { date: easter(1), name: '2. påskedag' },
    { date: easter(39), name: 'Kristi himmelfartsdag' },
    { date: easter(49), name: 'pinsedag' },
    { date: easter(50), name: '2. pinsedag' },
    // Grundlovsdag is not a statutory helligdag, but a day off for most public workplaces.
    { date: iso(year, 6, 5), name: 'grundlovsdag' },
    // Juleaftensdag and nytårsaftensdag are customary days off, not statutory holidays.
    { date: iso(year, 12, 24), name: 'juleaftensdag' },
    { date: iso(year, 12, 25), name: 'juledag' },
    { date: iso(year, 12, 26), name: '2. juledag' },
    { date: iso(year, 12, 31), name: 'nytårsaftensdag' },
  ];
  // Store bededag (4th Friday after Easter) was abolished as a public holiday from 2024 on
  // (lov om afskaffelse af store bededag, passed February 2023), so only years up to 2023 have it.
  if (year <= 2023) list.push({ date: easter(26), name: 'store bededag' });
  return list.sort((x, y) => x.date.localeCompare(y.date));
}

const byYear = new Map<number, Map<string, string>>();

/** The holiday's Danish name when `isoDate` (YYYY-MM-DD…) is a Danish holiday, else null. */
export function isDanishHoliday(isoDate: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1583) return null;
  let map = byYear.get(year);
  if (!map) {
    map = new Map(danishPublicHolidays(year).map((h) => [h.date, h.name]));
    byYear.set(year, map);
  }
  return map.get(`${m[1]}-${m[2]}-${m[3]}`) ?? null;
}
