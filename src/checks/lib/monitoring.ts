// Is a planned publish time inside the hours when someone monitors the page? (Strategy section 8:
// a post must not go out when nobody can answer the comments.) All time-zone conversion goes
// through Intl.DateTimeFormat, so DST and zone rules come from the runtime's tz database.
import { isDanishHoliday } from './holidays.js';

export interface MonitoringWindow {
  /** Monitored weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** Start of the monitored hours, "HH:MM" (inclusive). */
  from: string;
  /** End of the monitored hours, "HH:MM" (exclusive: "16:00" is outside). "24:00" = end of day. */
  to: string;
  /** IANA time zone, e.g. Europe/Copenhagen. */
  timezone: string;
  /** true = Danish public holidays are not monitored. */
  holidays: boolean;
}

export const DEFAULT_MONITORING_WINDOW: Readonly<MonitoringWindow> = Object.freeze({
  days: [1, 2, 3, 4, 5],
  from: '08:00',
  to: '16:00',
  timezone: 'Europe/Copenhagen',
  holidays: true,
});

export type PublishCheck =
  | { ok: true }
  | {
      ok: false;
      reason: 'day' | 'hour' | 'holiday';
      /** e.g. "lørdag 5. december 2026 kl. 10.30" (local time in the window's zone). */
      local: string;
      /** e.g. "Saturday 5 December 2026 at 10:30". */
      localEn: string;
      /** The holiday's Danish name when the local date is a holiday (and holidays count). */
      holiday?: string;
    };

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US with numeric fields gives plain ASCII digits; h23 avoids "24" at midnight.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows `timeZone` as an IANA zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `timeZone` at instant `ms`. Throws RangeError for an unknown zone. */
function wallTimeAt(ms: number, timeZone: string): WallTime {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const hour = get('hour');
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: hour === 24 ? 0 : hour, // defensive: some older ICU builds still emit 24
    minute: get('minute'),
    second: get('second'),
  };
}

// Offset of `timeZone` from UTC at instant `ms`, in milliseconds (whole seconds).
function offsetAt(ms: number, timeZone: string): number {
  const w = wallTimeAt(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows the given time. Ambiguous and skipped
 * times follow the usual "compatible" rule (as in Temporal and most calendars): in the autumn
 * overlap the earlier instant (summer time) wins; a time in the spring gap is moved forward by the
 * gap (02:30 on the last Sunday of March in Copenhagen → 03:30 CEST).
 */
function zonedToInstant(w: WallTime, ms: number, timeZone: string): number {
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, ms);
  const DAY = 86_400_000;
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const valid = [...new Set([before, after])]
    .map((o) => wall - o)
    .filter((t) => offsetAt(t, timeZone) === wall - t);
  if (valid.length > 0) return Math.min(...valid);
  return wall - before; // in the gap
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A publish time from frontmatter. Accepts a Date (yaml may already have made one) or an ISO 8601
 * date-time with or without seconds, with "T" or a space, with an offset ("2026-12-01T09:30+01:00",
 * "2026-12-01T09:30:00Z") or without one, in which case it is wall-clock time in `timeZone`
 * (DST-aware). A date without a time returns null: it says nothing about the hour.
 * Throws RangeError for an unknown `timeZone`.
 */
export function parsePublish(value: string | Date, timeZone = DEFAULT_MONITORING_WINDOW.timezone): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : new Date(value.getTime());
  if (typeof value !== 'string') return null;
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0')); // no float rounding
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offset = m[8];
  if (offset !== undefined) {
    let offsetMinutes = 0;
    if (offset !== 'Z' && offset !== 'z') {
      const sign = offset.startsWith('-') ? -1 : 1;
      const digits = offset.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2));
      const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
      if (oh > 23 || om > 59) return null;
      offsetMinutes = sign * (oh * 60 + om);
    }
    return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000);
  }
  return new Date(zonedToInstant({ year, month, day, hour, minute, second }, ms, timeZone));
}

function parseClock(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) throw new RangeError(`Invalid time "${hhmm}" (expected HH:MM)`);
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (Number(m[2]) > 59 || minutes > 24 * 60) throw new RangeError(`Invalid time "${hhmm}"`);
  return minutes;
}

const DA_WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DA_MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// 1 = Monday … 7 = Sunday, from the calendar date (no locale data needed).
function isoWeekday(w: WallTime): number {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  return d === 0 ? 7 : d;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Checks a publish instant against the monitoring window, in the window's time zone. `from` is
 * inclusive and `to` exclusive; a window with from > to wraps past midnight (e.g. 22:00–06:00,
 * judged by the day the post goes out). Order of reasons: day, then holiday, then hour.
 * Names are built from fixed tables, not locale data, so output is the same on small-ICU builds.
 */
export function checkPublishTime(publish: Date, window: MonitoringWindow): PublishCheck {
  if (Number.isNaN(publish.getTime())) throw new RangeError('Invalid publish date');
  const w = wallTimeAt(publish.getTime(), window.timezone);
  const weekday = isoWeekday(w);
  const minutes = w.hour * 60 + w.minute;
  const from = parseClock(window.from);
  const to = parseClock(window.to);
  const inHours = from <= to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
  const date = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  const holiday = window.holidays ? isDanishHoliday(date) : null;

  let reason: 'day' | 'hour' | 'holiday' | null = null;
  if (!window.days.includes(weekday)) reason = 'day';
  else if (holiday) reason = 'holiday';
  else if (!inHours) reason = 'hour';
  if (reason === null) return { ok: true };

  const local = `${DA_WEEKDAYS[weekday - 1]} ${w.day}. ${DA_MONTHS[w.month - 1]} ${w.year} kl. ${pad(w.hour)}.${pad(w.minute)}`;
  const localEn = `${EN_WEEKDAYS[weekday - 1]} ${w.day} ${EN_MONTHS[w.month - 1]} ${w.year} at ${pad(w.hour)}:${pad(w.minute)}`;
  return holiday ? { ok: false, reason, local, localEn, holiday } : { ok: false, reason, local, localEn };
}
