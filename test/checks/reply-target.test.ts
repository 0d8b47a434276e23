import { describe, expect, it } from 'vitest';
import { isUrlOfPage, matchesHostPath, parsePageUrl } from '../../src/checks/lib/page-urls.js';
import { lintText } from '../support/lint.js';

const RULE = 'sender/own-pages-only';
const reply = (inReplyTo: string | undefined, type = 'reply', platform = 'facebook'): string =>
  `---\nplatform: ${platform}\npage: Region Nordjylland\ntype: ${type}\n${inReplyTo === undefined ? '' : `in-reply-to: ${inReplyTo}\n`}---\nHej. Ja, der er gratis parkering i weekenden.\n\n/Anne, Region Nordjylland\n`;
const hits = (text: string, config: Record<string, unknown> = {}) => lintText(text, { config }).messages.filter((m) => m.ruleId === RULE);

const REGISTRY = {
  pages: [
    { name: 'Region Nordjylland', platforms: ['facebook', 'linkedin'], urls: ['https://www.facebook.com/RegionNordjylland', 'https://www.linkedin.com/company/region-nordjylland/'] },
    { name: 'Aalborg Universitetshospital', platforms: ['facebook'], urls: ['https://www.facebook.com/profile.php?id=100064123456789'] },
  ],
};

describe('reply-target without a registry', () => {
  it.each([
    'https://www.facebook.com/RegionNordjylland/posts/734615290384712',
    'https://m.facebook.com/aalborguh/posts/1',
    'facebook.com/aalborguh/posts/1',
    'https://www.instagram.com/p/C9xYz12AbCd/',
    'https://x.com/RegionNord/status/1790000000000000000',
    'https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000000/',
    'https://rn.dk/nyheder/2026/ny-scanner',
  ])('accepts %j', (url) => {
    expect(hits(reply(url))).toEqual([]);
  });

  it.each([
    ['https://www.facebook.com/profile.php?id=100081234567890', 'personal'],
    ['https://www.facebook.com/people/Hans-Jensen/100081234567890/', 'personal'],
    ['https://dk.linkedin.com/in/mette-jensen-12345', 'personal'],
    ['https://www.facebook.com/groups/hjoerringby/posts/1', 'group'],
    ['https://nordjyske.dk/nyheder/aalborg/lang-ventetid/5512345', 'news'],
    ['https://www.dr.dk/nyheder/regionale/nordjylland/x', 'news'],
    ['https://www.aalborg.dk/borger/sundhed', 'foreign'],
    ['kommentar fra Hans under opslaget', 'notUrl'],
    ['mailto:hans@example.com', 'notUrl'],
  ])('reports %j (%s) at the value', (url, messageId) => {
    const [m] = hits(reply(url));
    expect(m).toMatchObject({ messageId, severity: 2, line: 5, column: 14 });
  });

  it('reports a reply without in-reply-to at the frontmatter', () => {
    expect(hits(reply(undefined))[0]).toMatchObject({ messageId: 'missing', line: 1, column: 1 });
  });

  it('only checks replies', () => {
    expect(hits(reply(undefined, 'post'))).toEqual([]);
    expect(hits(reply('https://nordjyske.dk/x', 'post'))).toEqual([]);
  });
});

describe('reply-target with a registry', () => {
  it.each([
    'https://www.facebook.com/RegionNordjylland/posts/734615290384712',
    'https://www.facebook.com/regionnordjylland/posts/1',
    'https://m.facebook.com/RegionNordjylland/photos/a.1/2/',
    'https://www.linkedin.com/company/region-nordjylland/posts/',
    'https://www.facebook.com/permalink.php?story_fbid=123&id=100064123456789',
    'https://www.facebook.com/profile.php?id=100064123456789',
  ])('accepts %j', (url) => {
    expect(hits(reply(url), REGISTRY)).toEqual([]);
  });

  it.each([
    ['https://www.facebook.com/RegionNordjyllandFans/posts/1', 'unregistered'],
    ['https://www.facebook.com/aalborguh/posts/1', 'unregistered'],
    ['https://www.facebook.com/profile.php?id=100081234567890', 'personal'],
    ['https://nordjyske.dk/nyheder/x', 'news'],
    ['https://www.rn.dk/nyheder', 'unregistered'],
  ])('reports %j (%s)', (url, messageId) => {
    expect(hits(reply(url), REGISTRY)[0]).toMatchObject({ messageId });
  });
});

describe('page-urls', () => {
  it('normalises host and path', () => {
    const url = parsePageUrl('HTTPS://M.Facebook.com/AalborgUH/Posts/1?ref=x')!;
    expect(url.host).toBe('facebook.com');
    expect(url.segments).toEqual(['aalborguh', 'posts', '1']);
    expect(url.query.get('ref')).toBe('x');
  });

  it('matches whole path segments only', () => {
    const page = parsePageUrl('https://www.facebook.com/aalborguh')!;
    expect(isUrlOfPage(parsePageUrl('https://facebook.com/aalborguh/posts/1')!, page)).toBe(true);
    expect(isUrlOfPage(parsePageUrl('https://facebook.com/aalborguhx/posts/1')!, page)).toBe(false);
    expect(isUrlOfPage(parsePageUrl('https://facebook.com.evil.dk/aalborguh')!, page)).toBe(false);
  });

  it('treats x.com as twitter.com', () => {
    const page = parsePageUrl('https://twitter.com/RegionNord')!;
    expect(isUrlOfPage(parsePageUrl('https://x.com/RegionNord/status/1')!, page)).toBe(true);
    expect(isUrlOfPage(parsePageUrl('https://mobile.twitter.com/regionnord/status/1')!, page)).toBe(true);
  });

  it('reads host/path list entries', () => {
    const url = parsePageUrl('https://dk.linkedin.com/in/x')!;
    expect(matchesHostPath(url, 'linkedin.com/in')).toBe(true);
    expect(matchesHostPath(url, 'linkedin.com/company')).toBe(false);
  });
});
