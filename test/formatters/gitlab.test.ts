/** gitlab: Code Quality JSON with the fields GitLab reads and a fingerprint that includes the location. */
import { describe, expect, it } from 'vitest';
import { gitlab } from '../../src/formatters/gitlab.js';
import { context, message, result } from './support.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

describe('gitlab', () => {
  it('description, check_name, severity, location.path and location.lines.begin for every message', () => {
    const text = gitlab(
      [result('udkast/a.md', [message(), message({ severity: 2, ruleId: 'draft/frontmatter', message: 'Ukendt nøgle.', line: 3, endLine: 4 })]), result('udkast/b.md')],
      context(),
    );
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const issues = JSON.parse(text) as Issue[];
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({
      description: 'Skriv »Om« i stedet for »Vedrørende«.',
      check_name: 'tone/officialese',
      severity: 'minor',
      location: { path: 'udkast/a.md', lines: { begin: 5, end: 5 } },
    });
    expect(issues[1]).toMatchObject({ check_name: 'draft/frontmatter', severity: 'major', location: { path: 'udkast/a.md', lines: { begin: 3, end: 4 } } });
    for (const issue of issues) expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('the same message at two places has two fingerprints, and the same place always the same one', () => {
    const run = () => JSON.parse(gitlab([result('a.md', [message({ line: 5 }), message({ line: 6 })]), result('b.md', [message({ line: 5 })])], context())) as Issue[];
    const fingerprints = run().map((i) => i.fingerprint);
    expect(new Set(fingerprints).size).toBe(3);
    expect(run().map((i) => i.fingerprint)).toEqual(fingerprints);
  });

  it('no messages: an empty array', () => {
    expect(JSON.parse(gitlab([result('a.md')], context()))).toEqual([]);
  });
});
