/**
 * --cache across processes, where an in-process run cannot stand in: word lists are read once
 * per process, so a word list changed between two runs is only seen by a new process. The rest
 * of --cache is tested in-process in test/cli/cache.test.ts.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownWordsPack, rnsocial, tempProject } from '../support/cli.js';

const hits = (stderr: string): number => Number(/cache: (\d+) of \d+ result\(s\) from the cache/.exec(stderr)?.[1] ?? NaN);

const DRAFT = `---
platform: facebook
page: Aalborg Universitetshospital
---
Husk madpakke. Vi har gratis parkering.
`;

describe('--cache', () => {
  it('a changed word list in a user pack is a new key', () => {
    const dir = tempProject({
      'a.md': DRAFT,
      '.rnsocialrc.json': JSON.stringify({ packs: ['pakke/egen.yml'] }),
      'pakke/egen.yml': ownWordsPack(),
      'pakke/ord.yml': 'words:\n  - frokost\n',
    });
    const first = rnsocial(['lint', '.', '--format', 'json', '--cache'], { cwd: dir });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    writeFileSync(path.join(dir, 'pakke/ord.yml'), 'words:\n  - madpakke\n');
    const cached = rnsocial(['lint', '.', '--format', 'json', '--cache', '--debug'], { cwd: dir });
    expect(hits(cached.stderr)).toBe(0);
    expect(cached.code).toBe(1);
    const [result] = JSON.parse(cached.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number }> }>;
    expect(result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['5:6 egen/ord']);
    expect(hits(rnsocial(['lint', '.', '--cache', '--debug'], { cwd: dir }).stderr)).toBe(1);
  });
});
