import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draft, lintText, projectFor, ROOT } from '../support/lint.js';

const RULE = 'hashtag/preferred-case';
const fm = { platform: 'facebook', page: 'Region Nordjylland' };
const hits = (body: string, config?: Record<string, unknown>) =>
  lintText(draft(body, fm), config ? { config } : {}).messages.filter((m) => m.ruleId === RULE);

describe('hashtag-case (hashtag/preferred-case)', () => {
  it('#regionnordjylland → #RegionNordjylland, with a fix that replaces the letters only', () => {
    const text = draft('Tak fra #regionnordjylland', fm);
    const [m] = lintText(text).messages.filter((x) => x.ruleId === RULE);
    expect(m).toMatchObject({ severity: 1, messageId: 'default', line: 5, column: 9, endColumn: 27 });
    expect(m!.message).toBe('Skriv »#RegionNordjylland« i stedet for »#regionnordjylland«: store bogstaver i hvert ord gør hashtagget lettere at læse, også for skærmlæsere.');
    const [start, end] = m!.fix!.range;
    expect(text.slice(start, end)).toBe('regionnordjylland');
    expect(m!.fix!.text).toBe('RegionNordjylland');
  });

  it('the preferred form itself is fine; other tags are left alone', () => {
    expect(hits('#RegionNordjylland #sundhed #Aalborg')).toEqual([]);
  });

  it('config hashtags.preferred adds forms, case- and æ/ae-insensitively', () => {
    const config = { hashtags: { preferred: ['#AalborgUH', 'Hjørring'] } };
    expect(hits('#aalborguh og #AALBORGUH og #hjoerring', config).map((m) => [m.messageId, m.message.match(/»(#\w+|#\S+)«/u)?.[1]])).toEqual([
      ['default', '#AalborgUH'],
      ['default', '#AalborgUH'],
      ['spelling', '#Hjørring'],
    ]);
  });

  it('--fix writes the preferred form, and a second run changes nothing', () => {
    const project = projectFor({ hashtags: { preferred: ['AalborgUH'] } });
    const file = path.join(ROOT, 'draft.md');
    const text = draft('Nyt fra #aalborguh og #regionnordjylland, #regionNordjylland.', fm);
    const first = project.lintBytes(new TextEncoder().encode(text), file, true);
    expect(first.output).toBe(draft('Nyt fra #AalborgUH og #RegionNordjylland, #RegionNordjylland.', fm));
    const second = project.lintBytes(new TextEncoder().encode(first.output!), file, true);
    expect(second.output).toBeUndefined();
    expect(second.result.messages.filter((m) => m.ruleId === RULE)).toEqual([]);
  });
});
