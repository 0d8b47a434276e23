import { describe, it, expect } from 'vitest';
import {
  checkPublishTime,
  DEFAULT_MONITORING_WINDOW,
  isValidTimeZone,
  parsePublish,
  type MonitoringWindow,
} from '../../src/checks/lib/monitoring.js';

const win: MonitoringWindow = { ...DEFAULT_MONITORING_WINDOW, days: [...DEFAULT_MONITORING_WINDOW.days] };
const everyDay: MonitoringWindow = { ...win, days: [1, 2, 3, 4, 5, 6, 7] };
const at = (iso: string) => new Date(iso);

describe('checkPublishTime (Mon–Fri 08–16 Europe/Copenhagen)', () => {
  it('a weekday inside the hours is ok', () => {
    expect(checkPublishTime(at('2026-12-01T09:30:00+01:00'), win)).toEqual({ ok: true });
    expect(checkPublishTime(at('2026-12-01T08:00:00+01:00'), win)).toEqual({ ok: true });
    expect(checkPublishTime(at('2026-12-01T15:59:00+01:00'), win)).toEqual({ ok: true });
  });
  it('16:00 exactly is outside (to is exclusive), and so is 07:59', () => {
    expect(checkPublishTime(at('2026-12-01T16:00:00+01:00'), win)).toEqual({
      ok: false,
      reason: 'hour',
      local: 'tirsdag 1. december 2026 kl. 16.00',
      localEn: 'Tuesday 1 December 2026 at 16:00',
    });
    expect(checkPublishTime(at('2026-12-01T07:59:00+01:00'), win)).toMatchObject({ ok: false, reason: 'hour' });
  });
  it('Saturday is outside with a Danish local description', () => {
    expect(checkPublishTime(at('2026-12-05T09:30:00Z'), win)).toEqual({
      ok: false,
      reason: 'day',
      local: 'lørdag 5. december 2026 kl. 10.30',
      localEn: 'Saturday 5 December 2026 at 10:30',
    });
  });
  it('a holiday on a weekday is outside, with the name', () => {
    expect(checkPublishTime(at('2026-12-24T10:00:00+01:00'), win)).toEqual({
      ok: false,
      reason: 'holiday',
      local: 'torsdag 24. december 2026 kl. 10.00',
      localEn: 'Thursday 24 December 2026 at 10:00',
      holiday: 'juleaftensdag',
    });
    expect(checkPublishTime(at('2026-05-14T10:00:00+02:00'), win)).toMatchObject({
      reason: 'holiday',
      holiday: 'Kristi himmelfartsdag',
    });
  });
  it('holidays: false monitors holidays like other days', () => {
    expect(checkPublishTime(at('2026-12-24T10:00:00+01:00'), { ...win, holidays: false })).toEqual({ ok: true });
  });
  it('uses the local date, not the UTC date, for day and holiday', () => {
    // 23:30 UTC on 24 Dec is 00:30 on 25 Dec in Copenhagen
    expect(checkPublishTime(at('2026-12-24T23:30:00Z'), everyDay)).toMatchObject({ holiday: 'juledag' });
    // 23:30 UTC on Friday is 00:30 Saturday in Copenhagen
    expect(checkPublishTime(at('2026-12-04T23:30:00Z'), win)).toMatchObject({ reason: 'day' });
  });
});

describe('checkPublishTime across DST (Europe/Copenhagen)', () => {
  // Summer time starts 2026-03-29 01:00 UTC (02:00 CET → 03:00 CEST) and ends 2026-10-25
  // 01:00 UTC (03:00 CEST → 02:00 CET). Both are Sundays, so these use an every-day window.
  it('2026-03-29: the offset is already +02:00 in the morning', () => {
    expect(checkPublishTime(at('2026-03-29T06:00:00Z'), everyDay)).toEqual({ ok: true }); // 08:00 CEST
    expect(checkPublishTime(at('2026-03-29T05:59:00Z'), everyDay)).toMatchObject({
      reason: 'hour',
      local: 'søndag 29. marts 2026 kl. 07.59',
    });
    expect(checkPublishTime(at('2026-03-29T07:00:00Z'), everyDay)).toEqual({ ok: true }); // 09:00
  });
  it('2026-10-25: the offset is back to +01:00 in the morning', () => {
    expect(checkPublishTime(at('2026-10-25T06:59:00Z'), everyDay)).toMatchObject({
      reason: 'hour',
      local: 'søndag 25. oktober 2026 kl. 07.59',
    });
    expect(checkPublishTime(at('2026-10-25T07:00:00Z'), everyDay)).toEqual({ ok: true }); // 08:00 CET
  });
  it('the same 06:30 UTC is outside in winter and inside in summer', () => {
    expect(checkPublishTime(at('2026-03-27T06:30:00Z'), win)).toMatchObject({ reason: 'hour' }); // Fri 07:30 CET
    expect(checkPublishTime(at('2026-03-30T06:30:00Z'), win)).toEqual({ ok: true }); // Mon 08:30 CEST
    expect(checkPublishTime(at('2026-10-23T06:30:00Z'), win)).toEqual({ ok: true }); // Fri 08:30 CEST
    expect(checkPublishTime(at('2026-10-26T06:30:00Z'), win)).toMatchObject({ reason: 'hour' }); // Mon 07:30 CET
  });
});

describe('checkPublishTime in other time zones and windows', () => {
  it('judges the hours in the window’s zone', () => {
    const ny: MonitoringWindow = { ...win, timezone: 'America/New_York', holidays: false };
    // 14:00 UTC on Tue 1 Dec = 09:00 EST
    expect(checkPublishTime(at('2026-12-01T14:00:00Z'), ny)).toEqual({ ok: true });
    // 12:59 UTC = 07:59 EST: outside, although it is 13:59 in Copenhagen
    expect(checkPublishTime(at('2026-12-01T12:59:00Z'), ny)).toMatchObject({
      reason: 'hour',
      localEn: 'Tuesday 1 December 2026 at 07:59',
    });
    const utc: MonitoringWindow = { ...win, timezone: 'UTC' };
    expect(checkPublishTime(at('2026-07-01T15:30:00Z'), utc)).toEqual({ ok: true });
    expect(checkPublishTime(at('2026-07-01T15:30:00Z'), win)).toMatchObject({ reason: 'hour' }); // 17:30 CEST
  });
  it('supports a window that wraps midnight', () => {
    const night: MonitoringWindow = { ...everyDay, from: '22:00', to: '06:00', holidays: false };
    expect(checkPublishTime(at('2026-12-01T22:30:00+01:00'), night)).toEqual({ ok: true });
    expect(checkPublishTime(at('2026-12-01T05:59:00+01:00'), night)).toEqual({ ok: true });
    expect(checkPublishTime(at('2026-12-01T06:00:00+01:00'), night)).toMatchObject({ reason: 'hour' });
  });
  it('rejects a malformed window time and knows valid zones', () => {
    expect(() => checkPublishTime(at('2026-12-01T10:00:00Z'), { ...win, from: '8' })).toThrow(RangeError);
    expect(isValidTimeZone('Europe/Copenhagen')).toBe(true);
    expect(isValidTimeZone('Europe/Nowhere')).toBe(false);
  });
});

describe('parsePublish', () => {
  it('accepts ISO 8601 with an offset, with or without seconds', () => {
    expect(parsePublish('2026-12-01T09:30+01:00')?.toISOString()).toBe('2026-12-01T08:30:00.000Z');
    expect(parsePublish('2026-12-01T09:30:00Z')?.toISOString()).toBe('2026-12-01T09:30:00.000Z');
    expect(parsePublish('2026-12-01T09:30:15.250-05:00')?.toISOString()).toBe('2026-12-01T14:30:15.250Z');
    expect(parsePublish('2026-12-01T09:30:00.57Z')?.toISOString()).toBe('2026-12-01T09:30:00.570Z');
    expect(parsePublish('2026-12-01 09:30 +0100')?.toISOString()).toBe('2026-12-01T08:30:00.000Z');
  });
  it('reads a value without offset as wall-clock time in the zone (DST-aware)', () => {
    expect(parsePublish('2026-12-01T09:30')?.toISOString()).toBe('2026-12-01T08:30:00.000Z'); // CET
    expect(parsePublish('2026-07-01T09:30:00')?.toISOString()).toBe('2026-07-01T07:30:00.000Z'); // CEST
    expect(parsePublish('2026-03-29T01:30')?.toISOString()).toBe('2026-03-29T00:30:00.000Z'); // before the switch
    expect(parsePublish('2026-03-29T03:30')?.toISOString()).toBe('2026-03-29T01:30:00.000Z'); // after it
    expect(parsePublish('2026-12-01T09:30', 'America/New_York')?.toISOString()).toBe('2026-12-01T14:30:00.000Z');
    expect(parsePublish('2026-12-01T09:30', 'UTC')?.toISOString()).toBe('2026-12-01T09:30:00.000Z');
  });
  it('resolves the spring gap forward and the autumn overlap to the earlier instant', () => {
    // 02:30 does not exist on 2026-03-29 in Copenhagen: it becomes 03:30 CEST
    expect(parsePublish('2026-03-29T02:30')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 2026-10-25: the first one (CEST) is used
    expect(parsePublish('2026-10-25T02:30')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(parsePublish('2026-10-25T03:30')?.toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });
  it('passes a Date through and rejects invalid values', () => {
    const d = new Date('2026-12-01T08:30:00Z');
    expect(parsePublish(d)?.getTime()).toBe(d.getTime());
    expect(parsePublish(new Date('nonsense'))).toBeNull();
    for (const bad of ['2026-12-01', '2026-02-30T10:00', '2026-12-01T24:00', '2026-12-01T09:60', 'i morgen kl. 10', '']) {
      expect(parsePublish(bad)).toBeNull();
    }
  });
  it('round-trips through checkPublishTime', () => {
    const p = parsePublish('2026-12-05T10:30');
    expect(p && checkPublishTime(p, win)).toMatchObject({ reason: 'day', local: 'lørdag 5. december 2026 kl. 10.30' });
  });
});
