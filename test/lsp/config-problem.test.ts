/** An invalid config is one diagnostic on the config file, at the key the message names. */
import { describe, expect, it } from 'vitest';
import { configProblemRange } from '../../src/lsp/config-problem.js';

const FILE = '/p/.rnsocialrc.json';

describe('configProblemRange', () => {
  it('points at the JSON key of the first problem', () => {
    const json = '{\n  "lang": "da",\n  "rules": {\n    "tone/officialese": "of"\n  }\n}\n';
    const message = `invalid config ${FILE}: rules.tone/officialese: must be one of error, warn, off, not "of"`;
    expect(configProblemRange(json, message, FILE)).toEqual({ start: { line: 3, character: 4 }, end: { line: 3, character: 22 } });
  });

  it('takes the first problem it can find among several, in YAML too', () => {
    const yaml = 'platform: facebook\nlang: dk\n';
    const message = `invalid config ${FILE} (2 problems):\n  overrides[0].files: must be a list\n  lang: must be one of da, en`;
    expect(configProblemRange(yaml, message, FILE)).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
  });

  it('the start of the file when no key is found (a problem in a pack file)', () => {
    const message = 'invalid rules (1 problem):\n  /p/pack.yml: rules.x: a rule id is category/name in kebab-case';
    expect(configProblemRange('{"packs": ["pack.yml"]}', message, FILE)).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });
});
