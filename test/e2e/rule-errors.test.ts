/** A pack typo through the real binary: exit 2 and the pack file named (the rest runs in-process: test/cli/rule-errors.test.ts). */
import { describe, expect, it } from 'vitest';
import { GOOD, rnsocial, tempProject } from '../support/cli.js';

describe('rule errors from the real binary', () => {
  it('a typo in a copied built-in pack names the pack file (the real binary)', () => {
    const dir = tempProject({
      'a.md': GOOD,
      '.rnsocialrc.json': JSON.stringify({ packs: ['instagram-ekstra.yml'] }),
      'instagram-ekstra.yml': 'platform: instagram\nrules:\n  hashtag/count:\n    options:\n      max: fem\n',
    });
    const run = rnsocial(['lint', 'a.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('instagram-ekstra.yml: rules.hashtag/count.options.max: must be integer');
    expect(run.stdout).toBe('');
  });
});
