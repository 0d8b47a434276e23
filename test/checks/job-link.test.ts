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

  it('any link to the ad is enough: URL, bare domain, Markdown link', () => {
    expect(hits(draft(`${ad} Søg på https://job.rn.dk/akut-hjoerring`, fm('job')))).toEqual([]);
    expect(hits(draft(`${ad} Søg på job.rn.dk/akut`, fm('job')))).toEqual([]);
    expect(hits(draft(`${ad} [Søg her](https://job.rn.dk/akut)`, fm('job')))).toEqual([]);
  });

  it('only job posts, only on LinkedIn; a link in an editor note does not count', () => {
    expect(hits(draft(ad, fm('post')))).toEqual([]);
    expect(hits(draft(ad, fm('job', 'facebook')))).toEqual([]);
    expect(hits(draft(`${ad}\n\n<!-- https://job.rn.dk/akut -->`, fm('job')))).toHaveLength(1);
  });
});
