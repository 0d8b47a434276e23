import { describe, expect, it } from 'vitest';
import { lintText } from '../support/lint.js';

const RULE = 'monitoring/outside-hours';
const post = (publish: string) => `---\nplatform: facebook\npage: Region Nordjylland\npublish: ${publish}\n---\nVi har åbent hus i Brønderslev på lørdag.\n`;
const hits = (publish: string, config?: Record<string, unknown>, lang: 'da' | 'en' = 'da') =>
  lintText(post(publish), { ...(config ? { config } : {}), lang }).messages.filter((m) => m.ruleId === RULE);

describe('monitoring (monitoring/outside-hours)', () => {
  it('a weekday inside 08–16 Copenhagen time is fine (with or without an offset)', () => {
    expect(hits('2026-12-01T09:30+01:00')).toEqual([]);
    expect(hits('2026-12-01T08:00')).toEqual([]);
    expect(hits('2026-12-01T15:59:00')).toEqual([]);
    expect(hits('2026-12-01T14:59:00Z')).toEqual([]); // 15:59 in Copenhagen
  });

  it('outside the hours: reported at the publish value with the local time', () => {
    const [m] = hits('2026-12-01T16:00+01:00');
    expect(m).toMatchObject({ messageId: 'hour', severity: 1, line: 4, column: 10, endColumn: 32 });
    expect(m!.message).toBe(
      'Opslaget udkommer tirsdag 1. december 2026 kl. 16.00, uden for overvågningstiden kl. 08.00–16.00. Flyt det ind i tidsrummet, så nogen kan svare på kommentarerne, eller aftal, hvem der holder øje med siden.',
    );
    expect(hits('2026-12-01T07:59')[0]!.messageId).toBe('hour');
  });

  it('an offset is converted to Copenhagen time, summer time included', () => {
    expect(hits('2026-12-01T15:30:00Z')[0]!.message).toContain('kl. 16.30'); // CET, UTC+1
    expect(hits('2026-07-01T14:30:00Z')[0]!.message).toContain('kl. 16.30'); // CEST, UTC+2
    expect(hits('2026-07-01T13:30:00Z')).toEqual([]); // 15:30 CEST
    expect(hits('2026-03-30T06:30:00Z')).toEqual([]); // Monday after the switch: 08:30 CEST
  });

  it('weekends and Danish public holidays', () => {
    expect(hits('2026-12-05T10:00')[0]).toMatchObject({ messageId: 'day' });
    expect(hits('2026-12-05T10:00')[0]!.message).toContain('siden overvåges kun mandag–fredag kl. 08.00–16.00');
    const [holiday] = hits('2026-12-24T10:00');
    expect(holiday).toMatchObject({ messageId: 'holiday' });
    expect(holiday!.message).toContain('som er juleaftensdag');
    expect(hits('2027-03-25T10:00')[0]!.message).toContain('skærtorsdag');
  });

  it('the config sets days, hours, time zone and holidays', () => {
    expect(hits('2026-12-05T10:00', { monitoring: { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] } })).toEqual([]);
    expect(hits('2026-12-01T17:00', { monitoring: { to: '18:00' } })).toEqual([]);
    expect(hits('2026-12-24T10:00', { monitoring: { holidays: false } })).toEqual([]);
    // 09:30 without an offset is Nuuk time here; in Copenhagen it is 13:30.
    expect(hits('2026-12-01T09:30', { monitoring: { timezone: 'America/Nuuk', from: '10:00' } })[0]!.message).toContain('kl. 09.30');
    expect(hits('2026-12-05T10:00', { monitoring: { days: ['mon', 'wed', 'fri'] } })[0]!.message).toContain('mandag, onsdag og fredag');
  });

  it('a date without a time says nothing about the hour; no publish, no message', () => {
    expect(hits('2026-12-05')).toEqual([]);
    expect(lintText('---\nplatform: facebook\npage: Region Nordjylland\n---\nHej.\n').messages.filter((m) => m.ruleId === RULE)).toEqual([]);
  });

  it('English', () => {
    expect(hits('2026-12-05T10:30', undefined, 'en')[0]!.message).toBe(
      'The post goes out Saturday 5 December 2026 at 10:30, but the page is monitored only Monday–Friday 08:00–16:00. Move it to a monitored day so someone can answer comments, or agree who will watch the page.',
    );
  });
});
