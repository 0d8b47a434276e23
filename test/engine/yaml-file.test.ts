/** YAML in rules files: errors and warnings alike are problems with a position, never Node process warnings. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLexicon } from '../../src/engine/lexicon.js';
import { readPack } from '../../src/engine/pack-file.js';
import { parseYaml, YamlProblem } from '../../src/engine/yaml-file.js';
import { GOOD, tempProject } from '../support/cli.js';
import { cli } from '../support/in-process.js';

afterEach(() => {
  vi.restoreAllMocks();
});

function problemOf(text: string): string {
  try {
    parseYaml(text);
  } catch (error) {
    expect(error).toBeInstanceOf(YamlProblem);
    return (error as Error).message;
  }
  throw new Error('expected a YAML problem');
}

describe('parseYaml', () => {
  it('parses plain YAML', () => {
    expect(parseYaml('rules:\n  a/b:\n    severity: warn\n')).toEqual({ rules: { 'a/b': { severity: 'warn' } } });
  });

  it('turns an unknown tag (a warning to the parser) into a problem with its position, and prints no process warning', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    expect(problemOf('rules:\n  my/rule:\n    check: !!js/function "function(){}"\n')).toBe('3:12: Unresolved tag: tag:yaml.org,2002:js/function');
    expect(problemOf('message: !foo {da: x}\n')).toBe('1:10: Unresolved tag: !foo');
    expect(warn).not.toHaveBeenCalled();
  });

  it('gives errors the same line:column form, without the code frame', () => {
    expect(problemOf('a: 1\na: 2\n')).toBe('2:1: Map keys must be unique');
    expect(problemOf('a: [1\nb: 2\n')).toBe('2:1: Flow sequence in block collection must be sufficiently indented and end with a ]');
  });
});

describe('a user pack with a custom tag', () => {
  it('is a pack problem naming file, line and column', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rnsocial-yaml-'));
    const file = path.join(dir, 'pack.yml');
    writeFileSync(file, 'rules:\n  my/rule:\n    check: !!js/function "function(){}"\n    message: {da: x, en: x}\n');
    const problems: string[] = [];
    readPack(file, problems);
    expect(problems).toEqual([`${file}: 3:12: Unresolved tag: tag:yaml.org,2002:js/function`]);
  });

  it('a word list with one is a lexicon problem in the same form', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rnsocial-yaml-'));
    const file = path.join(dir, 'ord.yml');
    writeFileSync(file, 'entries:\n  - match: !regex "a+"\n');
    expect(() => loadLexicon(file)).toThrow(`${file}: 2:12: Unresolved tag: !regex`);
  });

  it('stops the CLI with exit 2 and that problem, and nothing from Node on stderr', async () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const dir = tempProject({
      'a.md': GOOD,
      '.rnsocialrc.json': JSON.stringify({ packs: ['pack.yml'] }),
      'pack.yml': 'rules:\n  my/rule:\n    check: existence\n    message: !foo {da: x, en: x}\n',
    });
    const run = await cli(['lint', 'a.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`pack.yml: 4:14: Unresolved tag: !foo`);
    expect(run.stderr).not.toMatch(/YAMLWarning|internal error/);
    expect(warn).not.toHaveBeenCalled();
  });
});
