import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { isValidTimeZone, loadConfig, resolveConfig, toRuleSettings } from '../../src/config/load.js';
import { parseCliRules } from '../../src/cli/rule-option.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';

const FILE = '/srv/rc/.rnsocialrc.json';
const resolve = (raw: unknown) => resolveConfig(raw, FILE, '/srv/rc');

/** The UsageError message resolveConfig throws for a raw config. */
function problem(raw: unknown): string {
  try {
    resolve(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

const tempDir = (): string => mkdtempSync(path.join(tmpdir(), 'rnsocial-config-'));

describe('resolveConfig', () => {
  it('gives defaults for an empty config', () => {
    const config = resolveConfig({}, undefined, '/srv/rc');
    expect(config).toEqual({ dir: '/srv/rc', platform: [], settings: DEFAULT_SETTINGS, rules: {}, overrides: [], ignores: [], packs: [], inlineConfig: { enabled: true, reportUnused: 'warn' }, maxDraftBytes: 262_144 });
  });

  it('reads every setting', () => {
    const config = resolve({
      lang: 'en',
      platform: 'x',
      pages: [{ name: 'Region Nordjylland', platforms: ['facebook', 'x'], urls: ['https://facebook.com/rn'], kind: 'virksomhedsside' }],
      localHashtags: ['#Aalborg', 'Nordjylland'],
      hashtags: { preferred: ['#RegionNordjylland'] },
      vocabulary: { accept: ['AAUH'], reject: ['borgerservice'] },
      monitoring: { days: ['mon', 'sat'], from: '07:30', to: '15:00', timezone: 'Europe/Copenhagen', holidays: false },
      ownDomains: ['rn.dk', 'aauh.dk'],
      units: ['Akutafdelingen'],
      jobDomains: ['job.rn.dk', 'emply.net/rn'],
      rules: { 'tone/officialese': 'off', 'tone/emoji': ['error', { max: 1 }] },
      overrides: [{ files: 'kampagner/**', platform: 'instagram', rules: { 'tone/emoji': 'off' } }],
      ignores: ['arkiv/**'],
    });
    expect(config.file).toBe(FILE);
    expect(config.lang).toBe('en');
    expect(config.platform).toEqual(['x']);
    expect(config.settings).toEqual({
      pages: [{ name: 'Region Nordjylland', platforms: ['facebook', 'twitter'], urls: ['https://facebook.com/rn'], kind: 'virksomhedsside' }],
      localHashtags: ['Aalborg', 'Nordjylland'],
      preferredHashtags: ['RegionNordjylland'],
      vocabulary: { accept: ['AAUH'], reject: ['borgerservice'] },
      monitoring: { days: [1, 6], from: '07:30', to: '15:00', timezone: 'Europe/Copenhagen', holidays: false },
      ownDomains: ['rn.dk', 'aauh.dk'],
      units: ['Akutafdelingen'],
      jobDomains: ['job.rn.dk', 'emply.net/rn'],
    });
    expect(config.rules).toEqual({ 'tone/officialese': { severity: 'off' }, 'tone/emoji': { severity: 'error', options: { max: 1 } } });
    expect(config.overrides).toEqual([{ files: ['kampagner/**'], platform: ['instagram'], rules: { 'tone/emoji': { severity: 'off' } } }]);
    expect(config.ignores).toEqual(['arkiv/**']);
  });

  it.each([
    [{ rules: { 'tone/officialese': 'warning' } }, 'rules.tone/officialese: must be one of error, warn, off'],
    [{ rules: { 'tone/officialese': ['warning'] } }, 'rules.tone/officialese[0]: must be one of error, warn, off'],
    [{ rules: { 'Tone/Officialese': 'warn' } }, 'rules.Tone/Officialese: key must match pattern'],
    [{ monitoring: { from: '8:00' } }, 'monitoring.from: must be a time as HH:MM, not "8:00" (expected "08:00")'],
    [{ monitoring: { days: ['man'] } }, 'monitoring.days[0]: must be one of mon, tue, wed, thu, fri, sat, sun'],
    [{ monitoring: { holidays: 'ja' } }, 'monitoring.holidays: must be boolean'],
    [{ pages: [{ name: 'x', platforms: 'myspace' }] }, 'pages[0].platforms: must be one of facebook, linkedin, twitter, x, instagram'],
    [{ pages: [{ name: 'x', platforms: ['facebook', 'tiktok'] }] }, 'pages[0].platforms[1]: must be one of'],
    [{ pages: [{ name: 'x' }] }, "pages[0]: must have required property 'platforms'"],
    [{ pages: [{ name: 'x', platforms: 'facebook', urls: ['facebook.com/x'] }] }, 'pages[0].urls[0]: must match pattern'],
    [{ overrides: [{ files: [] }] }, 'overrides[0].files'],
    [{ overrides: [{ files: 'a', rules: { 'tone/x': 'warning' } }] }, 'overrides[0].rules.tone/x: must be one of error, warn, off'],
    [{ lang: 'de' }, 'lang: must be one of da, en'],
    [{ localHashtags: ['to ord'] }, 'localHashtags[0]: must match pattern'],
    [{ ownDomains: ['RN.DK'] }, 'ownDomains[0]: must match pattern'],
    [{ jobDomains: ['https://job.rn.dk'] }, 'jobDomains[0]: must match pattern'],
    [{ foo: 1 }, 'foo: unknown key'],
    [{ monitoring: { foo: 1 } }, 'monitoring.foo: unknown key'],
    [{ vocabulary: { accepted: [] } }, 'vocabulary.accepted: unknown key'],
    [[], '(top level): must be object'],
    [null, '(top level): must be object'],
    ['platform: facebook', '(top level): must be object'],
  ])('rejects %j with the key path', (raw, expected) => {
    const message = problem(raw);
    expect(message.startsWith(`invalid config ${FILE}: `)).toBe(true);
    expect(message).toContain(expected);
  });

  it('rejects a time zone that is not IANA', () => {
    expect(problem({ monitoring: { timezone: 'Europe/Aalborg' } })).toBe(
      `invalid config ${FILE}: monitoring.timezone: "Europe/Aalborg" is not an IANA time zone (fx Europe/Copenhagen)`,
    );
  });

  it('accepts 24:00 as the only hour-24 time', () => {
    expect(() => resolveConfig({ monitoring: { from: '08:00', to: '24:00' } }, undefined, '/srv')).not.toThrow();
    expect(() => resolveConfig({ monitoring: { from: '08:00', to: '24:01' } }, undefined, '/srv')).toThrow(/monitoring\.to/);
  });

  it('rejects monitoring hours that end before they start', () => {
    expect(problem({ monitoring: { from: '17:00' } })).toBe(`invalid config ${FILE}: monitoring.from must be before monitoring.to`);
    expect(problem({ monitoring: { from: '10:00', to: '10:00' } })).toContain('monitoring.from must be before monitoring.to');
  });

  it('names the config "config" without a file', () => {
    expect(() => resolveConfig({ foo: 1 }, undefined, '/srv')).toThrow('invalid config config: foo: unknown key');
  });

  it('resolves packs relative to the config folder (the engine reads and compiles them)', () => {
    expect(resolveConfig({ packs: ['pack.yml', 'sub/more.yml'] }, undefined, '/srv/udkast').packs).toEqual(['/srv/udkast/pack.yml', '/srv/udkast/sub/more.yml']);
  });
});

describe('toRuleSettings', () => {
  it('turns severities and [severity, options] into settings', () => {
    expect(toRuleSettings({ 'a/b': 'off', 'a/c': ['warn'], 'a/d': ['error', { max: 2 }] })).toEqual({
      'a/b': { severity: 'off' },
      'a/c': { severity: 'warn' },
      'a/d': { severity: 'error', options: { max: 2 } },
    });
    expect(toRuleSettings(undefined)).toEqual({});
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones', () => {
    expect(isValidTimeZone('Europe/Copenhagen')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Aalborg')).toBe(false);
    expect(isValidTimeZone('CEST+1')).toBe(false);
  });
});

describe('parseCliRules', () => {
  it('parses repeated and comma-separated values', () => {
    expect(parseCliRules(['tone/officialese:off', 'tone/emoji:error, draft/empty : warn'])).toEqual({
      'tone/officialese': { severity: 'off' },
      'tone/emoji': { severity: 'error' },
      'draft/empty': { severity: 'warn' },
    });
    expect(parseCliRules([])).toEqual({});
  });

  it.each(['tone/officialese', 'tone/officialese:warning', ':off', 'tone/officialese:OFF', 'a b:off', 'tone/officialese=off'])('rejects %s', (value) => {
    expect(() => parseCliRules([value])).toThrow(UsageError);
    expect(() => parseCliRules([value])).toThrow(/expected rule-id:severity, with severity error, warn, off/);
  });
});

describe('loadConfig', () => {
  it('runs on defaults with noConfig', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.rnsocialrc.json'), '{"lang": "en"}');
    const config = await loadConfig({ cwd: dir, noConfig: true });
    expect(config.file).toBeUndefined();
    expect(config.lang).toBeUndefined();
    expect(config.dir).toBe(dir);
  });

  it('finds .rnsocialrc.json', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.rnsocialrc.json'), JSON.stringify({ lang: 'en', platform: 'facebook' }));
    const config = await loadConfig({ cwd: dir });
    expect(config.file).toBe(path.join(dir, '.rnsocialrc.json'));
    expect(config.lang).toBe('en');
    expect(config.platform).toEqual(['facebook']);
    expect(config.dir).toBe(dir);
  });

  it('finds .rnsocialrc.yaml from a sub-folder', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.rnsocialrc.yaml'), 'lang: en\nrules:\n  tone/emoji: off\n');
    const sub = path.join(dir, 'opslag', 'facebook');
    mkdirSync(sub, { recursive: true });
    const config = await loadConfig({ cwd: sub });
    expect(config.file).toBe(path.join(dir, '.rnsocialrc.yaml'));
    expect(config.dir).toBe(dir);
    expect(config.rules).toEqual({ 'tone/emoji': { severity: 'off' } });
  });

  it('reads package.json#rnsocial', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'opslag', rnsocial: { platform: ['linkedin'] } }));
    const config = await loadConfig({ cwd: dir });
    expect(config.file).toBe(path.join(dir, 'package.json'));
    expect(config.platform).toEqual(['linkedin']);
  });

  it('ignores a package.json without rnsocial', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'opslag' }));
    const config = await loadConfig({ cwd: dir });
    expect(config.platform).toEqual([]);
    expect(config.lang).toBeUndefined();
  });

  it('loads an explicit config file relative to cwd', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.rnsocialrc.json'), '{"lang": "da"}');
    writeFileSync(path.join(dir, 'andet.yml'), 'lang: en\n');
    const config = await loadConfig({ cwd: dir, configFile: 'andet.yml' });
    expect(config.file).toBe(path.join(dir, 'andet.yml'));
    expect(config.lang).toBe('en');
  });

  it('reports a missing explicit config file', async () => {
    await expect(loadConfig({ cwd: tempDir(), configFile: 'findes-ikke.json' })).rejects.toThrow('config file not found: findes-ikke.json');
  });

  it('reports invalid JSON with file, line and column', async () => {
    const dir = tempDir();
    const file = path.join(dir, '.rnsocialrc.json');
    writeFileSync(file, '{\n  "lang": "en",\n  "rules": {,}\n}\n');
    const error = await loadConfig({ cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(new RegExp(`^invalid config ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:13: `));
    expect((error as Error).message).not.toContain('\n');
  });

  it('reports invalid YAML with file, line and column', async () => {
    const dir = tempDir();
    const file = path.join(dir, '.rnsocialrc.yaml');
    writeFileSync(file, 'lang: en\nrules:\n  - a\n  b: c\n');
    const error = await loadConfig({ cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(`invalid config ${file}:4:`);
  });

  it('validates what it loads', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.rnsocialrc.json'), JSON.stringify({ monitoring: { from: '8' } }));
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(`invalid config ${path.join(dir, '.rnsocialrc.json')}: monitoring.from: must be a time as HH:MM, not "8" (expected "08:00")`);
  });

  it('accepts an empty config file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.rnsocialrc.yaml'), '');
    const config = await loadConfig({ cwd: dir });
    expect(config.settings).toEqual(DEFAULT_SETTINGS);
  });
});
