import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'platform/job-link';
const fm = (type: string, platform = 'linkedin') => ({ platform, page: 'Region Nordjylland', type });
const hits = (text: string) => lintText(text).messages.filter((m) => m.ruleId === RULE);
const ad = 'Vi søger en sygeplejerske til akutmodtagelsen i Hjørring.';

describe('job-link (platform/job-link)', () => {
  it('a LinkedIn job post without a link is reported at its type', () => {
    const [m] = hits(draft(ad, fm('job')));
    expect(m).toMatchObject({ severity: 1, line: 4, column: 7, endColumn: 10, platforms: ['linkedin'] });
  });

  it('a link to the ad is enough: URL, bare domain, Markdown link', () => {
    expect(hits(draft(`${ad} Søg på https://job.rn.dk/akut-hjoerring`, fm('job')))).toEqual([]);
    expect(hits(draft(`${ad} Søg på job.rn.dk/akut`, fm('job')))).toEqual([]);
    expect(hits(draft(`${ad} [Søg her](https://job.rn.dk/akut)`, fm('job')))).toEqual([]);
  });

  it.each([
    'https://rn.dk/job/ledige-stillinger/sygeplejerske-akut',
    'https://job.jobnet.dk/CV/FindWork/Details/5912345',
    'https://www.jobindex.dk/vis-job/r123456',
    'www.ofir.dk/job/sygeplejerske-123',
    'https://www.sundhedsjobs.dk/job/12345',
    'https://www.stepstone.dk/stillinger/sygeplejerske--123',
    'https://www.linkedin.com/jobs/view/3912345678',
    'https://dk.linkedin.com/jobs/view/3912345678',
  ])('the default jobDomains accept %s', (url) => {
    expect(hits(draft(`${ad} Søg her: ${url}`, fm('job')))).toEqual([]);
  });

  it('links, but none to a job ad, get their own message at the first link', () => {
    const text = draft(`${ad} Læs om afdelingen på https://rhnordjylland.rn.dk/akut og se filmen på https://www.youtube.com/watch?v=abc`, fm('job'));
    const found = hits(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ messageId: 'notJobAd', severity: 1, line: 6 });
    expect(found[0]!.message).toContain('job.rn.dk, rn.dk/job, jobnet.dk, …');
    // A path prefix needs whole segments: rn.dk/jobs or rn.dk/jobcenter is not rn.dk/job.
    expect(hits(draft(`${ad} Se https://rn.dk/jobcenter-samarbejde`, fm('job')))).toHaveLength(1);
    expect(hits(draft(`${ad} Se https://www.linkedin.com/company/region-nordjylland`, fm('job')))).toHaveLength(1);
  });

  it('reads jobDomains from the config; an empty list lets any link count', () => {
    const text = draft(`${ad} Søg på https://region-nordjylland.emply.net/recruitment/vacancy/123`, fm('job'));
    expect(lintText(text).messages.filter((m) => m.ruleId === RULE)).toHaveLength(1);
    expect(lintText(text, { config: { jobDomains: ['emply.net/recruitment'] } }).messages.filter((m) => m.ruleId === RULE)).toEqual([]);
    expect(lintText(text, { config: { jobDomains: [] } }).messages.filter((m) => m.ruleId === RULE)).toEqual([]);
    // Without any link the default message stays.
    expect(lintText(draft(ad, fm('job')), { config: { jobDomains: [] } }).messages.filter((m) => m.ruleId === RULE)).toMatchObject([{ messageId: 'default' }]);
  });

  it('only job posts, only on LinkedIn; a link in an editor note does not count', () => {
    expect(hits(draft(ad, fm('post')))).toEqual([]);
    expect(hits(draft(ad, fm('job', 'facebook')))).toEqual([]);
    expect(hits(draft(`${ad}\n\n<!-- https://job.rn.dk/akut -->`, fm('job')))).toHaveLength(1);
  });
});
