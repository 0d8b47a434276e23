/**
 * A --cache run whose every draft is a hit never compiles the rules, so it cannot hand a formatter
 * `rules` unless the format is listed in DESCRIBES_RULES (src/cli/lint.ts). The list must be
 * exactly the formats that read them: one left out would fail on a cached run.
 */
import { describe, expect, it } from 'vitest';
import { DESCRIBES_RULES } from '../../src/cli/lint.js';
import { FORMAT_NAMES, loadFormatter } from '../../src/formatters/index.js';
import { lintText } from '../support/lint.js';

describe('formats that read the rules', () => {
  it('are exactly DESCRIBES_RULES', async () => {
    const result = { ...lintText('---\nplatform: facebook\n---\nVedrørende din tid.\n'), filePath: '/tmp/x.md' };
    const reading: string[] = [];
    for (const name of FORMAT_NAMES) {
      const formatter = (await loadFormatter(name))!;
      let read = false;
      formatter([result], {
        cwd: '/tmp',
        lang: 'da',
        color: false,
        get rules() {
          read = true;
          return [];
        },
        version: '0.0.0',
      });
      if (read) reading.push(name);
    }
    expect(reading.sort()).toEqual([...DESCRIBES_RULES].sort());
  });
});
