/**
 * The simple-frontmatter reader (src/draft/frontmatter-fast.ts) must give exactly what the YAML
 * parser gives, or decline: checked on every fixture, every evaluation draft (run through, never
 * read) and random frontmatter built from the characters and words that change YAML's reading.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/draft/frontmatter.js';
import { simpleFrontmatter } from '../../src/draft/frontmatter-fast.js';
import { useFastPath } from '../../src/draft/markdown.js';
import { ROOT } from '../support/lint.js';

const NUM_RUNS = Number(process.env.RNSOCIAL_PROPERTY_RUNS ?? 2000);

/** The frontmatter's content (between the fences) of a draft, if it has one. */
function frontmatterOf(text: string): string | undefined {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.replace(/^\ufeff/, ''));
  return m?.[1];
}

function draftsUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(md|markdown)$/.test(e.name))
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'));
}

/** Whether the fast reader took it, after checking both readings agree. */
function agrees(yaml: string): boolean {
  useFastPath(false);
  const full = parseFrontmatter(yaml, 4);
  useFastPath(true);
  const fast = parseFrontmatter(yaml, 4);
  expect(JSON.stringify(fast), JSON.stringify(yaml)).toBe(JSON.stringify(full));
  return simpleFrontmatter(yaml) !== undefined;
}

describe('simple frontmatter = the YAML parser', () => {
  afterAll(() => useFastPath(true));

  it('on every fixture (and most of them are read without the parser)', () => {
    const yamls = draftsUnder(path.join(ROOT, 'fixtures')).flatMap((t) => frontmatterOf(t) ?? []);
    expect(yamls.length).toBeGreaterThan(100);
    expect(yamls.filter(agrees).length).toBeGreaterThan(yamls.length / 2);
  });

  it.skipIf(!existsSync(path.join(ROOT, 'eval')))('on every evaluation draft', () => {
    for (const text of draftsUnder(path.join(ROOT, 'eval'))) {
      const yaml = frontmatterOf(text);
      if (yaml !== undefined) agrees(yaml);
    }
  });

  it('on the lines that pin its edges', () => {
    const cases = [
      'platform: facebook', 'platform: [facebook, instagram]', 'platform: [facebook,instagram]', 'platform: [ facebook ,  x ]', 'platform: []',
      'platform: [a, , b]', 'platform: [a, b,]', 'platform: [2026]', 'platform: 2026', 'page: 2026', 'page: 1e400', 'page: 0x1F', 'page: 0o17',
      'page: true', 'page: True', 'page: null', 'page: ~', 'page: yes', 'page: Aalborg UH: Akut', 'page: Aalborg #UH', 'page: Aalborg UH ',
      'page: Region Nordjylland:', 'page: Region Nordjylland, Psykiatrien', "page: Nordjyllands' sygehuse", 'page: "Citeret"', 'page: -x',
      'publish: 2026-12-03T10:00', 'publish: 2026-12-03T10:00+01:00', 'publish: 2026-12-03 10:00', 'type: post', 'type: pst', 'typo: post',
      'page: a\npage: b', 'page:', 'page:  dobbelt', ' page: x', 'page: x\n\ntype: post\n', 'page: x\n  y', 'media: [a.jpg]',
      'in-reply-to: https://facebook.com/x', 'in-reply-to: facebook.com/x', 'Page: x', 'page: Ærø', 'page: e\u0301', 'page: x\ttab',
      'media:\n  - src: a.jpg\n    alt: To sygeplejersker\n    people: none\n  - src: b.jpg\npage: UH',
      'media:\n  - src: a.jpg\n    alt: x\n\npage: UH\n', 'media:\n  - src: a.jpg\n    src: b.jpg', 'media:\n  - src: a.jpg\n   alt: x',
      'media:\n  - a.jpg', 'media:\n- src: a.jpg', 'media:\n    alt: x', 'media:\n  - src: a.jpg\n    people: [a]', 'media:', 'media:\npage: x',
      'page: x\nmedia:\n  - src: a.jpg\n    consent: j.nr. 2026-212-0015', 'media:\n  - src: a.jpg\n      alt: x',
    ];
    expect(cases.filter(agrees).length).toBeGreaterThan(10);
  });

  it('on random frontmatter', () => {
    const keys = fc.constantFrom('platform', 'page', 'type', 'publish', 'in-reply-to', 'media', 'pag', 'Page', 'platform ');
    const piece = fc.constantFrom(
      'facebook', 'instagram', 'post', 'Aalborg', 'UH', 'æøå', '2026', '12:30', '2026-12-03T10:00', ':', ': ', ' #x', '#', "'", '"', '[', ']',
      ', ', ',', ' ', '  ', '-', '*', '&', '!', '|', '>', '%', '@', '`', '?', '{', '}', 'true', 'null', '~', '1e5', '0x1F', '.5', '+1', '\t', 'e\u0301',
    );
    const value = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
    const line = fc.tuple(keys, fc.constantFrom(': ', ':', ':  '), value, fc.boolean()).map(([k, sep, v, list]) => `${k}${sep}${list ? `[${v}]` : v}`);
    const mediaKeys = fc.constantFrom('src', 'alt', 'people', 'consent', 'sr c', 'alt ');
    const mediaLine = fc.tuple(fc.constantFrom('  - ', '    ', '   ', '      ', '  -', '- '), mediaKeys, fc.constantFrom(': ', ':'), value).map(([indent, k, sep, v]) => `${indent}${k}${sep}${v}`);
    const media = fc.array(mediaLine, { minLength: 0, maxLength: 5 }).map((ls) => ['media:', ...ls].join('\n'));
    fc.assert(
      fc.property(fc.array(fc.oneof(line, media), { minLength: 1, maxLength: 5 }), fc.boolean(), fc.boolean(), (lines, blank, newline) => {
        agrees(lines.join(blank ? '\n\n' : '\n') + (newline ? '\n' : ''));
      }),
      { numRuns: NUM_RUNS, seed: 20_261_201 },
    );
  });
});
