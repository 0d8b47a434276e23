import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { resolvePlatforms } from '../../src/draft/platform.js';
import { toPlatform } from '../../src/core/platform.js';
import { parseText } from '../../src/draft/draft.js';
import { lintText } from '../support/lint.js';

const ROOT = path.resolve('/srv/opslag');
const file = (...parts: string[]) => path.join(ROOT, ...parts);
const fm = (...values: string[]) => ({ values, valueRanges: values.map((_, i) => ({ start: i * 10, end: i * 10 + 5 })) });

describe('toPlatform', () => {
  it('knows the platforms, x as twitter, in any case', () => {
    expect(toPlatform('facebook')).toBe('facebook');
    expect(toPlatform(' LinkedIn ')).toBe('linkedin');
    expect(toPlatform('X')).toBe('twitter');
    expect(toPlatform('tiktok')).toBeUndefined();
  });
});

describe('resolvePlatforms precedence', () => {
  const all = {
    filePath: file('linkedin', 'opslag.instagram.md'),
    cli: ['twitter'] as const,
    frontmatter: fm('facebook'),
    override: ['instagram'],
    config: ['linkedin'],
  };

  it('--platform wins over everything', () => {
    expect(resolvePlatforms({ ...all, cli: ['twitter'] })).toEqual({ platforms: ['twitter'], from: 'cli', problems: [] });
  });

  it('then frontmatter', () => {
    const { cli: _, ...rest } = all;
    expect(resolvePlatforms(rest)).toEqual({ platforms: ['facebook'], from: 'frontmatter', problems: [] });
  });

  it('then config overrides', () => {
    expect(resolvePlatforms({ filePath: all.filePath, override: ['instagram'], config: ['linkedin'] })).toMatchObject({ platforms: ['instagram'], from: 'override' });
  });

  it('then the nearest folder named after a platform', () => {
    expect(resolvePlatforms({ filePath: file('twitter', 'linkedin', 'a.facebook.md'), config: ['instagram'] })).toMatchObject({
      platforms: ['linkedin'],
      from: 'folder',
    });
  });

  it('a folder named x means twitter', () => {
    expect(resolvePlatforms({ filePath: file('x', 'opslag.md') })).toMatchObject({ platforms: ['twitter'], from: 'folder' });
    expect(resolvePlatforms({ filePath: file('Facebook', 'opslag.md') })).toMatchObject({ platforms: ['facebook'], from: 'folder' });
  });

  it('then a name.<platform>.md suffix', () => {
    expect(resolvePlatforms({ filePath: file('udkast', 'opslag.instagram.md'), config: ['linkedin'] })).toMatchObject({ platforms: ['instagram'], from: 'suffix' });
    expect(resolvePlatforms({ filePath: file('udkast', 'opslag.x.markdown') })).toMatchObject({ platforms: ['twitter'], from: 'suffix' });
    expect(resolvePlatforms({ filePath: file('udkast', 'opslag.tiktok.md'), config: ['linkedin'] })).toMatchObject({ from: 'config' });
  });

  it('then config platform', () => {
    expect(resolvePlatforms({ filePath: file('udkast', 'opslag.md'), config: ['linkedin', 'x'] })).toEqual({ platforms: ['linkedin', 'twitter'], from: 'config', problems: [] });
  });

  it('reports missing when nothing names a platform', () => {
    const resolution = resolvePlatforms({ filePath: file('udkast', 'opslag.md') });
    expect(resolution.platforms).toEqual([]);
    expect(resolution.from).toBe('none');
    expect(resolution.problems).toEqual([
      { kind: 'platform', code: 'missing', data: { known: 'facebook, linkedin, twitter, instagram' }, start: 0, end: 0 },
    ]);
  });

  it('removes duplicates, also through aliases', () => {
    expect(resolvePlatforms({ filePath: file('a.md'), frontmatter: fm('twitter', 'x', 'Twitter') }).platforms).toEqual(['twitter']);
    expect(resolvePlatforms({ filePath: file('a.md'), cli: ['facebook', 'facebook'] }).platforms).toEqual(['facebook']);
  });
});

describe('unknown platform values', () => {
  it('suggests the closest platform, at the value', () => {
    const resolution = resolvePlatforms({ filePath: file('a.md'), frontmatter: fm('facebok') });
    expect(resolution).toEqual({
      platforms: [],
      from: 'frontmatter',
      problems: [
        {
          kind: 'platform',
          code: 'unknownSuggestion',
          data: { value: 'facebok', suggestion: 'facebook', known: 'facebook, linkedin, twitter, instagram' },
          start: 0,
          end: 5,
        },
      ],
    });
  });

  it('lists the known platforms when nothing is close', () => {
    const resolution = resolvePlatforms({ filePath: file('a.md'), frontmatter: fm('facebook', 'myspace') });
    expect(resolution.platforms).toEqual(['facebook']);
    expect(resolution.problems).toHaveLength(1);
    expect(resolution.problems[0]).toMatchObject({ code: 'unknown', data: { value: 'myspace' }, start: 10, end: 15 });
    expect(resolution.problems[0]!.data).not.toHaveProperty('suggestion');
  });

  it('an unknown frontmatter value does not fall through to lower sources', () => {
    const resolution = resolvePlatforms({ filePath: file('x', 'a.md'), frontmatter: fm('tiktok'), config: ['facebook'] });
    expect(resolution.platforms).toEqual([]);
    expect(resolution.from).toBe('frontmatter');
    expect(resolution.problems.map((p) => p.code)).toEqual(['unknown']);
  });

  it('ignores unknown override and config values', () => {
    expect(resolvePlatforms({ filePath: file('a.md'), override: ['tiktok'], config: ['myspace', 'linkedin'] })).toMatchObject({ platforms: ['linkedin'], from: 'config' });
  });
});

describe('through a draft', () => {
  it('the frontmatter value ranges point at each value', () => {
    const text = '---\nplatform: [facebok, linkedin]\n---\nHej.\n';
    const draft = parseText(text, file('a.md'));
    const resolution = resolvePlatforms({ filePath: draft.filePath, frontmatter: draft.frontmatter.platform! });
    expect(resolution.platforms).toEqual(['linkedin']);
    expect(resolution.problems.map((p) => text.slice(p.start, p.end))).toEqual(['facebok']);
  });

  it('lint reports draft/platform at the value with a suggestion', () => {
    const result = lintText('---\nplatform: twiter\npage: Region Nordjylland\n---\nHej alle sammen.\n');
    const messages = result.messages.filter((m) => m.ruleId === 'draft/platform');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ messageId: 'unknownSuggestion', line: 2, column: 11, endLine: 2, endColumn: 17, severity: 2 });
    expect(messages[0]!.message).toContain('twitter');
  });

  it('lint reports a missing platform once', () => {
    const result = lintText('Hej alle sammen.\n', { filePath: 'udkast/opslag.md' });
    expect(result.platforms).toEqual([]);
    expect(result.messages.filter((m) => m.ruleId === 'draft/platform').map((m) => m.messageId)).toEqual(['missing']);
  });

  it('the file name suffix sets the platform of a lint', () => {
    expect(lintText('Hej alle sammen.\n', { filePath: 'udkast/opslag.instagram.md' }).platforms).toEqual(['instagram']);
  });
});
