import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'hashtag/duplicate';
const fm = (platform: string) => ({ platform, page: 'Region Nordjylland' });
const hits = (body: string, platform = 'facebook') => lintText(draft(body, fm(platform))).messages.filter((m) => m.ruleId === RULE);

describe('hashtag-duplicate (hashtag/duplicate)', () => {
  it('the second occurrence is reported, naming the first', () => {
    const [m] = hits('Vi ses i #Aalborg på lørdag.\n\n#sundhed #aalborg');
    expect(m).toMatchObject({ severity: 1, line: 7, column: 10, endColumn: 18 });
    expect(m!.message).toContain('første gang som »#Aalborg« i linje 5');
  });

  it('case and æ/ae spellings are the same tag', () => {
    expect(hits('#Hjørring #hjoerring #HJØRRING')).toHaveLength(2);
  });

  it('different tags are fine', () => {
    expect(hits('#Aalborg #Aalborgs #AalborgUH')).toEqual([]);
  });

  it('on X each post of a thread may repeat a tag', () => {
    expect(hits('Første #nythospital\n\n---\n\nAnden #nythospital', 'twitter')).toEqual([]);
    expect(hits('Første #nythospital og #nythospital', 'twitter')).toHaveLength(1);
    expect(hits('Første #nythospital\n\n---\n\nAnden #nythospital', 'facebook')).toHaveLength(1);
  });
});
