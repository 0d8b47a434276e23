import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { getCheckKind } from '../../src/checks/index.js';
import { validateAgainst } from '../../src/config/validate.js';
import { PLATFORMS } from '../../src/draft/types.js';
import { BUILTIN_RULES_DIR, loadPack, PackError, RuleCatalogue } from '../../src/engine/packs.js';
import { mergeOptions, renderMessage } from '../../src/engine/rule.js';

const MSG = 'message: { da: "besked", en: "message" }';

/** A temp folder with these files; returns its path. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rnsocial-packs-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const packFile = (text: string): string => path.join(folder({ 'pack.yml': text }), 'pack.yml');

/** A built-in rules folder: common.yml plus one pack per platform (empty unless given). */
function builtins(common: string, platformPacks: Partial<Record<(typeof PLATFORMS)[number], string>> = {}): string {
  const files: Record<string, string> = { 'common.yml': common };
  for (const p of PLATFORMS) files[`${p}.yml`] = platformPacks[p] ?? 'extends: common\nrules: {}\n';
  return folder(files);
}

describe('loadPack', () => {
  it('reads rules, extends and platform', () => {
    const file = packFile(`extends: common\nplatform: [facebook, x]\nrules:\n  test/a:\n    check: existence\n    ${MSG}\n`);
    const pack = loadPack(file);
    expect(pack).toEqual({
      file,
      extends: 'common',
      platforms: ['facebook', 'twitter'], // x is twitter
      rules: { 'test/a': { check: 'existence', message: { da: 'besked', en: 'message' } } },
    });
  });

  it('accepts a single platform', () => {
    expect(loadPack(packFile('platform: linkedin\nrules: {}\n')).platforms).toEqual(['linkedin']);
  });

  it.each([
    ['no rules mapping', 'foo: bar\n', /a pack needs a "rules" mapping/],
    ['rules that are a list', 'rules: [a]\n', /a pack needs a "rules" mapping/],
    ['an empty file', '', /a pack needs a "rules" mapping/],
    ['a bad rule id', 'rules:\n  Tone/Officialese:\n    check: existence\n', /rule id "Tone\/Officialese" is not category\/name in kebab-case/],
    ['an id without category', 'rules:\n  officialese:\n    check: existence\n', /rule id "officialese"/],
    ['a rule that is not a mapping', 'rules:\n  test/a: warn\n', /rule test\/a must be a mapping/],
    ['a bad severity', 'rules:\n  test/a:\n    check: existence\n    severity: warning\n', /rule test\/a: severity must be one of error, warn, off/],
    ['an unknown platform', 'platform: myspace\nrules: {}\n', /platform "myspace" is not one of/],
    ['invalid YAML', 'rules: [\n', /pack\.yml: /],
  ])('rejects %s', (_, text, message) => {
    const file = packFile(text);
    expect(() => loadPack(file)).toThrow(PackError);
    expect(() => loadPack(file)).toThrow(message);
    expect(() => loadPack(file)).toThrow(file);
  });

  it('rejects a missing file', () => {
    expect(() => loadPack('/findes/ikke.yml')).toThrow(/\/findes\/ikke\.yml: .*ENOENT/);
  });
});

describe('RuleCatalogue', () => {
  const COMMON = `rules:
  draft/encoding:
    check: draft
    severity: error
    ${MSG}
  test/a:
    check: metric
    severity: warn
    fixable: true
    source: "3 Tone"
    description: { da: "beskrivelse", en: "description" }
    messages:
      default: { da: "standard", en: "default" }
      tooLow: { da: "for lav", en: "too low" }
    options:
      metric: words
      nested: { a: 1, b: 2 }
      list: [1, 2]
`;

  it('a platform pack extends common and deep-merges options', () => {
    const dir = builtins(COMMON, {
      facebook: `extends: common\nrules:\n  test/a:\n    severity: error\n    message: { da: "fb", en: "fb" }\n    options:\n      nested: { b: 3 }\n      list: [9]\n`,
    });
    const catalogue = new RuleCatalogue(dir);
    const fb = catalogue.rules('facebook').find((r) => r.id === 'test/a')!;
    expect(fb).toMatchObject({
      check: 'metric',
      severity: 'error',
      fixable: true,
      source: '3 Tone',
      description: { da: 'beskrivelse', en: 'description' },
      options: { metric: 'words', nested: { a: 1, b: 3 }, list: [9] },
    });
    expect(fb.messages.default).toEqual({ da: 'fb', en: 'fb' });
    expect(fb.messages.tooLow).toEqual({ da: 'for lav', en: 'too low' }); // kept from common
    const li = catalogue.rules('linkedin').find((r) => r.id === 'test/a')!;
    expect(li.options).toEqual({ metric: 'words', nested: { a: 1, b: 2 }, list: [1, 2] });
    expect(li.severity).toBe('warn');
  });

  it('a platform pack can add its own rules', () => {
    const dir = builtins(COMMON, { twitter: `extends: common\nrules:\n  platform/only-x:\n    check: existence\n    ${MSG}\n` });
    const catalogue = new RuleCatalogue(dir);
    expect(catalogue.rules('twitter').map((r) => r.id)).toContain('platform/only-x');
    expect(catalogue.rules('facebook').map((r) => r.id)).not.toContain('platform/only-x');
    expect(catalogue.ids).toEqual(['draft/encoding', 'platform/only-x', 'test/a']);
    expect(catalogue.find('platform/only-x')?.check).toBe('existence');
    expect(catalogue.find('nope/nope')).toBeUndefined();
  });

  it('defaults severity to warn and fixable to false', () => {
    const dir = builtins(`rules:\n  test/b:\n    check: existence\n    ${MSG}\n`);
    expect(new RuleCatalogue(dir).rules('facebook')[0]).toMatchObject({ severity: 'warn', fixable: false, source: '', options: {} });
  });

  it('rules(undefined) has only the draft/* rules', () => {
    const catalogue = new RuleCatalogue(builtins(COMMON));
    expect(catalogue.rules(undefined).map((r) => r.id)).toEqual(['draft/encoding']);
  });

  it('rejects a rule without check, unless an earlier pack defines it', () => {
    expect(() => new RuleCatalogue(builtins(`rules:\n  test/a:\n    ${MSG}\n`))).toThrow(/rule test\/a has no "check"/);
    expect(() => new RuleCatalogue(builtins(COMMON, { linkedin: `rules:\n  test/new:\n    ${MSG}\n` }))).toThrow(/linkedin\.yml: rule test\/new has no "check"/);
  });

  it('rejects a rule without a message', () => {
    expect(() => new RuleCatalogue(builtins('rules:\n  test/a:\n    check: existence\n'))).toThrow(/rule test\/a has no message/);
  });

  it('rejects extends other than common', () => {
    expect(() => new RuleCatalogue(builtins(COMMON, { instagram: 'extends: facebook\nrules: {}\n' }))).toThrow(/only "extends: common" is supported/);
  });

  it('user packs apply last, restricted by their platform', () => {
    const dir = builtins(COMMON);
    const user = loadPack(packFile(`platform: x\nrules:\n  test/a:\n    severity: off\n  user/mine:\n    check: existence\n    ${MSG}\n    options:\n      words: [samt]\n`));
    const all = loadPack(packFile(`rules:\n  user/all:\n    check: existence\n    ${MSG}\n`));
    const catalogue = new RuleCatalogue(dir, [user, all]);
    expect(catalogue.rules('twitter').map((r) => [r.id, r.severity])).toEqual([
      ['draft/encoding', 'error'],
      ['test/a', 'off'],
      ['user/mine', 'warn'],
      ['user/all', 'warn'],
    ]);
    expect(catalogue.rules('facebook').map((r) => [r.id, r.severity])).toEqual([
      ['draft/encoding', 'error'],
      ['test/a', 'warn'],
      ['user/all', 'warn'],
    ]);
    expect(catalogue.rules(undefined).map((r) => r.id)).toEqual(['draft/encoding']);
  });

  it('lexicon paths are relative to the pack that names them', () => {
    const dir = builtins(COMMON);
    const userFile = packFile(`rules:\n  user/words:\n    check: existence\n    ${MSG}\n    options:\n      lexicon: words.yml\n  test/a:\n    options:\n      max: 3\n`);
    const catalogue = new RuleCatalogue(dir, [loadPack(userFile)]);
    const rules = catalogue.rules('facebook');
    expect(rules.find((r) => r.id === 'user/words')!.baseDir).toBe(path.dirname(userFile));
    expect(rules.find((r) => r.id === 'test/a')!.baseDir).toBe(dir); // options without lexicon keep the base
  });
});

describe('the built-in packs', () => {
  const catalogue = new RuleCatalogue(BUILTIN_RULES_DIR);
  const everyRule = [...PLATFORMS, undefined].flatMap((platform) => catalogue.rules(platform).map((rule) => ({ platform: platform ?? 'none', rule })));

  it('load, with the draft/* rules for drafts without a platform', () => {
    expect(catalogue.rules(undefined).map((r) => r.id).sort()).toEqual(['draft/empty', 'draft/encoding', 'draft/frontmatter', 'draft/platform']);
    for (const platform of PLATFORMS) expect(catalogue.rules(platform).length).toBeGreaterThan(4);
  });

  it.each(everyRule.map(({ platform, rule }) => [`${platform}: ${rule.id}`, rule] as const))('%s has a known check kind and valid options', (_, rule) => {
    const kind = getCheckKind(rule.check);
    expect(kind, `unknown check kind "${rule.check}"`).toBeDefined();
    // A rule a platform pack switches off is never compiled there (twitter's platform/fold has no
    // maxCharacters); its options are checked where it is on.
    if (rule.severity === 'off') return;
    expect(validateAgainst(kind!.optionsSchema, rule.options, `${rule.id}.options`)).toBeUndefined();
  });

  it.each(everyRule.map(({ platform, rule }) => [`${platform}: ${rule.id}`, rule] as const))('%s has Danish and English messages and a description', (_, rule) => {
    expect(rule.messages.default).toBeDefined();
    for (const message of Object.values(rule.messages)) {
      expect(message.da.trim()).not.toBe('');
      expect(message.en.trim()).not.toBe('');
    }
    expect(rule.description.da.trim()).not.toBe('');
    expect(rule.description.en.trim()).not.toBe('');
    expect(['error', 'warn', 'off']).toContain(rule.severity);
  });
});

describe('rule helpers', () => {
  it('mergeOptions deep-merges objects and replaces arrays and scalars', () => {
    expect(mergeOptions({ a: { b: 1, c: 2 }, d: [1], e: 1 }, { a: { c: 3 }, d: [2], f: 'x' })).toEqual({ a: { b: 1, c: 3 }, d: [2], e: 1, f: 'x' });
    expect(mergeOptions({ a: 1 }, undefined)).toEqual({ a: 1 });
    const base = { a: { b: 1 } };
    mergeOptions(base, { a: { b: 2 } });
    expect(base).toEqual({ a: { b: 1 } }); // not mutated
  });

  it('renderMessage fills placeholders and blanks unknown ones', () => {
    expect(renderMessage('{count} af {max} {unknown}!', { count: 4, max: 3 })).toBe('4 af 3 !');
    expect(renderMessage('{a-b} {a_b}', { 'a-b': 'x', a_b: 'y' })).toBe('x y');
    expect(renderMessage('{ikke en pladsholder}')).toBe('{ikke en pladsholder}');
  });
});
