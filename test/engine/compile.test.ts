/** The rule compiler: packs and rule settings in, an immutable rule set or every problem out. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCheckKind } from '../../src/checks/index.js';
import { mergeOptions } from '../../src/core/plain.js';
import { PLATFORMS, type Platform } from '../../src/core/platform.js';
import { BUILTIN_RULES_DIR, compileRules, RuleCompileError, type CompileInput } from '../../src/engine/compile.js';
import { placeholders, renderMessage } from '../../src/engine/message.js';

const MSG = 'message: { da: "besked {match}", en: "message {match}" }';
const META = 'source: "3 Tone"\n    description: { da: "b", en: "d" }';

/** A temp folder with these files; returns its path. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rnsocial-compile-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** A built-in rules folder: common.yml plus one pack per platform (empty unless given). */
function builtins(common: string, platformPacks: Partial<Record<Platform, string>> = {}, extra: Record<string, string> = {}): string {
  const files: Record<string, string> = { 'common.yml': common, ...extra };
  for (const p of PLATFORMS) files[`${p}.yml`] = platformPacks[p] ?? 'extends: common\nrules: {}\n';
  return folder(files);
}

/** The problems compiling gives, or [] when it compiles. */
function problems(input: CompileInput): string[] {
  try {
    compileRules(input);
    return [];
  } catch (error) {
    if (error instanceof RuleCompileError) return [...error.problems];
    throw error;
  }
}

const COMMON = `rules:
  draft/encoding:
    check: draft
    severity: error
    ${META}
    options: { of: encoding }
    messages:
      binary: { da: "binær {line}", en: "binary {line}" }
      invalidUtf8: { da: "ugyldig", en: "invalid" }
      otherEncoding: { da: "gemt som {encoding}", en: "saved as {encoding}" }
      unreadable: { da: "ulæselig {code}", en: "unreadable {code}" }
  test/a:
    check: metric
    severity: warn
    ${META}
    messages:
      default: { da: "{value} over {max}", en: "{value} above {max}" }
      tooLow: { da: "for lav", en: "too low" }
    options:
      metric: words
      max: 10
`;

describe('compileRules: merging packs', () => {
  it('a platform pack extends common and deep-merges options; severity and messages come from the last pack', () => {
    const dir = builtins(COMMON, {
      facebook: `extends: common\nrules:\n  test/a:\n    severity: error\n    messages:\n      default: { da: "fb {max}", en: "fb {max}" }\n    options:\n      min: 2\n`,
    });
    const ruleSet = compileRules({ builtinDir: dir });
    const fb = ruleSet.rule('test/a', 'facebook')!;
    expect(fb).toMatchObject({ check: 'metric', severity: 'error', source: '3 Tone', options: { metric: 'words', max: 10, min: 2 } });
    expect(fb.messages.default).toEqual({ da: 'fb {max}', en: 'fb {max}' });
    expect(fb.messages.tooLow).toEqual({ da: 'for lav', en: 'too low' }); // kept from common
    expect(ruleSet.rule('test/a', 'linkedin')).toMatchObject({ severity: 'warn', options: { metric: 'words', max: 10 } });
    expect(Object.isFrozen(fb)).toBe(true);
  });

  it('rules(undefined) has only the draft/* rules; ids are sorted', () => {
    const ruleSet = compileRules({ builtinDir: builtins(COMMON) });
    expect(ruleSet.rules(undefined).map((r) => r.id)).toEqual(['draft/encoding']);
    expect(ruleSet.ids).toEqual(['draft/encoding', 'test/a']);
    expect(ruleSet.rule('nope/nope')).toBeUndefined();
  });

  it('user packs apply last, restricted by their platform; word lists are relative to the pack that names them', () => {
    const userDir = folder({
      'mine.yml': `platform: x\nrules:\n  test/a:\n    severity: off\n  user/mine:\n    check: existence\n    ${META}\n    ${MSG}\n    options:\n      lexicon: ord.yml\n`,
      'ord.yml': 'words: [samt]\n',
    });
    const ruleSet = compileRules({ builtinDir: builtins(COMMON), packs: [path.join(userDir, 'mine.yml')] });
    expect(ruleSet.rules('twitter').map((r) => [r.id, r.severity])).toEqual([
      ['draft/encoding', 'error'],
      ['test/a', 'off'],
      ['user/mine', 'warn'],
    ]);
    expect(ruleSet.rules('facebook').map((r) => r.id)).toEqual(['draft/encoding', 'test/a']);
    expect(ruleSet.rule('user/mine', 'twitter')!.baseDir).toBe(userDir);
  });
});

describe('compileRules: every problem at once, with file and key path', () => {
  const pack = (rules: string, extra: Record<string, string> = {}): string[] => problems({ builtinDir: builtins(COMMON, { instagram: `extends: common\nrules:\n${rules}` }, extra) });

  it.each([
    ['a misspelt option (maks)', '  test/a:\n    options: { maks: 3 }\n', /instagram\.yml: rules\.test\/a\.options\.maks: unknown key \(did you mean "max"\?\)/],
    ['an option of the wrong type (max: fem)', '  test/a:\n    options: { max: fem }\n', /instagram\.yml: rules\.test\/a\.options\.max: must be number/],
    ['an unknown check kind', `  test/b:\n    check: link-in-captoin\n    ${META}\n    ${MSG}\n`, /rules\.test\/b\.check: unknown check kind "link-in-captoin" \(did you mean "link-in-caption"\?\)/],
    ['a message as a plain string', `  test/b:\n    check: existence\n    ${META}\n    message: "Undgå {match}"\n`, /rules\.test\/b\.message: expected a text in each language \(da, en\)/],
    ['a message in one language only', `  test/b:\n    check: existence\n    ${META}\n    message: { da: "Undgå {match}" }\n`, /rules\.test\/b\.message\.en: expected a text/],
    ['an unknown message id', `  test/a:\n    messages:\n      tooHigh: { da: "x", en: "x" }\n`, /rules\.test\/a\.messages\.tooHigh: the check kind "metric" has no message "tooHigh"/],
    ['an unknown placeholder', `  test/a:\n    messages:\n      default: { da: "{value} over {maks}", en: "{value} above {max}" }\n`, /rules\.test\/a\.messages\.default\.da: unknown placeholder \{maks\} \(did you mean \{max\}\?\)/],
    ['a missing message', `  test/b:\n    check: existence\n    ${META}\n`, /rules\.test\/b\.messages\.default: missing \(the check kind "existence" reports it with \{match\}/],
    ['a missing word list', `  test/b:\n    check: existence\n    ${META}\n    ${MSG}\n    options: { lexicon: lexicon/findes-ikke.yml }\n`, /rules\.test\/b\.options\.lexicon: no word list at lexicon\/findes-ikke\.yml/],
    ['a missing group', `  test/b:\n    check: existence\n    ${META}\n    ${MSG}\n    options: { lexicon: ord.yml, group: partier }\n`, /options: no group "partier" in .*ord\.yml \(did you mean "parter"\?\)/],
    ['a misspelt key in a word list', `  test/b:\n    check: existence\n    ${META}\n    ${MSG}\n    options: { lexicon: fejl.yml }\n`, /fejl\.yml: entries\[0\]\.replacment: unknown key \(did you mean "replacement"\?\)/],
    ['a missing source', `  test/b:\n    check: existence\n    ${MSG}\n`, /rules\.test\/b\.source: missing/],
    ['a bad severity', '  test/a:\n    severity: warning\n', /rules\.test\/a\.severity: expected one of error, warn, off \(did you mean "warn"\?\)/],
    ['an unknown rule key', '  test/a:\n    severty: error\n', /rules\.test\/a\.severty: unknown key \(did you mean "severity"\?\)/],
    ['a bad rule id', '  Tone/Officialese:\n    check: existence\n', /rules\.Tone\/Officialese: a rule id is category\/name in kebab-case/],
    ['a rule without check', `  test/new:\n    ${MSG}\n`, /rules\.test\/new: no "check"/],
    ['fixable on a kind without fixes', '  test/a:\n    fixable: true\n', /rules\.test\/a\.fixable: the check kind "metric" offers no fixes/],
  ])('%s', (_, rules, expected) => {
    const found = pack(rules, { 'ord.yml': 'groups:\n  parter: [S, V]\n', 'fejl.yml': 'entries:\n  - match: vedrørende\n    replacment: om\n' });
    expect(found.join('\n')).toMatch(expected);
  });

  it('reports all problems of a run at once, not the first only', () => {
    const found = pack('  test/a:\n    options: { maks: 3 }\n  test/b:\n    check: nope\n    source: x\n    description: { da: b, en: d }\n');
    expect(found).toHaveLength(2);
  });

  it('a rule switched off on a platform needs no options there, until a setting turns it on', () => {
    const dir = builtins(COMMON.replace('      metric: words\n', ''));
    expect(problems({ builtinDir: dir }).join('\n')).toMatch(/rules\.test\/a\.options: must have required property 'metric'/);
    const off = builtins(COMMON.replace('    severity: warn\n', '    severity: off\n').replace('      metric: words\n', ''));
    expect(problems({ builtinDir: off })).toEqual([]);
    expect(problems({ builtinDir: off, settings: [{ where: 'rc', rules: { 'test/a': { severity: 'warn' } } }] }).join('\n')).toMatch(/^rc: rules\.test\/a\.options: must have required property 'metric'/m);
  });

  it('checks rule settings: unknown ids with "did you mean", options against the kind', () => {
    const dir = builtins(COMMON);
    const found = problems({
      builtinDir: dir,
      settings: [
        { where: '.rnsocialrc.json', rules: { 'test/b': { severity: 'off' }, 'test/a': { severity: 'warn', options: { maks: 3 } } } },
        { where: '--rule', rules: { 'tast/a': { severity: 'off' } } },
      ],
    });
    expect(found).toEqual([
      '.rnsocialrc.json: rules.test/b: unknown rule (did you mean "test/a"?)',
      '.rnsocialrc.json: rules.test/a.options.maks: unknown key (did you mean "max"?)',
      '--rule: rules.tast/a: unknown rule (did you mean "test/a"?)',
    ]);
  });
});

describe('the built-in packs', () => {
  const ruleSet = compileRules({ builtinDir: BUILTIN_RULES_DIR });
  const everyRule = [...PLATFORMS, undefined].flatMap((platform) => ruleSet.rules(platform).map((rule) => ({ platform: platform ?? 'none', rule })));

  it('compile, with the draft/* rules for drafts without a platform', () => {
    expect(ruleSet.rules(undefined).map((r) => r.id).sort()).toEqual(['draft/directive', 'draft/empty', 'draft/encoding', 'draft/frontmatter', 'draft/not-writable', 'draft/platform', 'draft/too-complex', 'draft/too-large']);
    for (const platform of PLATFORMS) expect(ruleSet.rules(platform).length).toBeGreaterThan(30);
  });

  it.each(everyRule.map(({ platform, rule }) => [`${platform}: ${rule.id}`, rule] as const))('%s: every declared message renders with no placeholder left', (_, rule) => {
    const kind = getCheckKind(rule.check)!;
    for (const [id, text] of Object.entries(rule.messages)) {
      const fills = kind.meta.messages[id]!;
      const data = Object.fromEntries(fills.map((name) => [name, 'X']));
      for (const lang of ['da', 'en'] as const) {
        expect(renderMessage(text[lang], data, lang)).not.toMatch(/\{[A-Za-z][\w-]*\}/);
        expect(placeholders(text[lang]).every((p) => fills.includes(p))).toBe(true);
      }
    }
  });
});

describe('Danish messages agree in number', () => {
  const ruleSet = compileRules({ builtinDir: BUILTIN_RULES_DIR });
  const all = [...PLATFORMS, undefined].flatMap((platform) => ruleSet.rules(platform));
  // Plural nouns that must not follow a "1" (the messages' numbers are counts, lengths and limits).
  const PLURAL_AFTER_ONE = /\b1 (hashtags|emojis|linjer|sætninger|advarsler|rettelser|filer|problemer|afsnit er)\b/;

  it.each([...new Set(all.map((r) => r.id))])('%s: with every number 1, and with 4', (id) => {
    for (const rule of all.filter((r) => r.id === id)) {
      const kind = getCheckKind(rule.check)!;
      for (const [messageId, text] of Object.entries(rule.messages)) {
        const fills = kind.meta.messages[messageId]!;
        for (const n of [1, 4]) {
          const rendered = renderMessage(text.da, Object.fromEntries(fills.map((name) => [name, n])), 'da');
          expect(rendered, `${id} ${messageId}`).not.toMatch(PLURAL_AFTER_ONE);
          expect(rendered).not.toMatch(/\{/);
        }
      }
    }
  });

  it('a number can carry its noun in both forms', () => {
    expect(renderMessage('{count|hashtag|hashtags} er for mange', { count: 1 })).toBe('1 hashtag er for mange');
    expect(renderMessage('{count|hashtag|hashtags} er for mange', { count: 4 })).toBe('4 hashtags er for mange');
    expect(placeholders('{count|hashtag|hashtags} af {max}')).toEqual(['count', 'max']);
  });
});

describe('messages', () => {
  it('renderMessage fills placeholders, per language when the value is localized, and leaves unknown ones visible', () => {
    expect(renderMessage('{count} af {max} {unknown}!', { count: 4, max: 3 })).toBe('4 af 3 {unknown}!');
    expect(renderMessage('mangler {steps}', { steps: { da: '1 og 2', en: '1 and 2' } }, 'en')).toBe('mangler 1 and 2');
    expect(renderMessage('{a-b} {a_b}', { 'a-b': 'x', a_b: 'y' })).toBe('x y');
  });

  it('mergeOptions deep-merges objects and replaces arrays and scalars, without mutating', () => {
    const base = { a: { b: 1, c: 2 }, d: [1], e: 1 };
    expect(mergeOptions(base, { a: { c: 3 }, d: [2], f: 'x' })).toEqual({ a: { b: 1, c: 3 }, d: [2], e: 1, f: 'x' });
    expect(base).toEqual({ a: { b: 1, c: 2 }, d: [1], e: 1 });
  });
});
