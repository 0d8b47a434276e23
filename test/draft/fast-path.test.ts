/**
 * The plain-text fast path (src/draft/fast-path.ts) must build exactly the tree the full remark
 * parse builds, or decline: checked over every fixture, the evaluation drafts (programmatically
 * only), the benchmark's generator style and random drafts; and the lint output of every fixture
 * is byte-identical with the fast path on and off.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMarkdownFast } from '../../src/draft/fast-path.js';
import { parseMarkdownFull, useFastPath } from '../../src/draft/markdown.js';
import { projectFor, ROOT } from '../support/lint.js';

const NUM_RUNS = Number(process.env.RNSOCIAL_PROPERTY_RUNS ?? 2000);
const SEED = Number(process.env.RNSOCIAL_PROPERTY_SEED ?? 20_261_201);

function draftsUnder(dir: string): Array<{ name: string; text: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(md|markdown)$/.test(e.name))
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return { name: path.relative(ROOT, file), text: readFileSync(file, 'utf8').replace(/^\ufeff/, '') };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Same tree, same key order (the model walks it; JSON makes any difference visible). */
function agrees(text: string): 'fast' | 'full' {
  const fast = parseMarkdownFast(text);
  if (fast === undefined) return 'full';
  expect(JSON.stringify(fast), JSON.stringify(text.slice(0, 200))).toBe(JSON.stringify(parseMarkdownFull(text)));
  return 'fast';
}

const fixtures = draftsUnder(path.join(ROOT, 'fixtures'));

describe('fast path = full parse', () => {
  it('on every fixture (and most of them take the fast path)', () => {
    const taken = fixtures.filter((f) => agrees(f.text) === 'fast').length;
    expect(fixtures.length).toBeGreaterThan(100);
    expect(taken).toBeGreaterThan(fixtures.length / 2);
  });

  it.skipIf(!existsSync(path.join(ROOT, 'eval')))('on every evaluation draft (run through, never read)', () => {
    const drafts = draftsUnder(path.join(ROOT, 'eval'));
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) agrees(d.text);
  });

  it('on the examples that pin its edges', () => {
    const cases = [
      '', '\n', '\n\n\n', 'Hej', 'Hej\n', 'Hej\ndu\n\nnæste', '---', '---\n', '---\n---', '---\n---\n', '---\na: 1\n---\nx', '---\na: 1\n---',
      '---\na: 1\n', '---\na: 1\n---  \nx', '---\n----\n---\nx', 'a\n---\nb', 'a\n\n---\nb', 'a\n\n---\n\n---\n', '#tag og #mere', '# Overskrift',
      '#', '#\n', '##x', '1. januar', '2026 blev', '12) x', 'a  \nb', 'a \nb', ' a', 'a&b', 'a &amp; b', 'a&#38;', 'x_y', 'https://rn.dk/a?b=1&c=2',
      'a\u00a0\nb', '\u00a0a', 'é\u0301', '😀 🇩🇰', 'a!b', '====', 'a\n===', '+ x', '> x', '- x', '~~~', '```', '<!-- x -->', '[a]', 'a]', 'a\\',
      'a\r\nb', 'a\tb', '---\r\na: 1\r\n---\r\nx', '\ufeffa', 'a\u2028b', 'a\u0085b', 'a\n\n\n\nb', '---\n\n---\n\nx\n',
    ];
    const taken = cases.filter((c) => agrees(c) === 'fast').length;
    expect(taken).toBeGreaterThan(20);
  });

  it('on random drafts', () => {
    const plain = fc.constantFrom('Hej', 'Aalborg', 'sygehus', 'æøå', 'ÆØÅ', '#sundhed', '@RegionNord', 'https://rn.dk/job?id=1&x=2', 'kl.', '14.30', '1.', '2)', '😀', '👩‍⚕️', '🇩🇰', '!', '?', ',', '.', '\u00a0', '\u2028');
    const markup = fc.constantFrom('-', '#', '# ', '---', '=', '~', '>', '+', '&', '&amp;', '*', '_', '`', '<', '[', ']', '\\', '|', '\t', '\r', '\u0000', '\ufeff');
    const word = fc.oneof({ weight: 30, arbitrary: plain }, { weight: 1, arbitrary: markup });
    const line = fc.oneof(
      { weight: 6, arbitrary: fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')) },
      { weight: 2, arbitrary: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join('')) },
      { weight: 2, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: fc.constantFrom('---', ' ', '  x', 'x ', '    kode', '   ---', '----') },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    );
    const frontmatter = fc.option(fc.array(fc.constantFrom('platform: facebook', 'page: Region Nordjylland', 'x: "---"', '  - a', '', '--- ', 'a: *b'), { maxLength: 4 }), { nil: undefined });
    const draft = fc.tuple(frontmatter, fc.array(line, { maxLength: 14 }), fc.boolean()).map(([fm, lines, eol]) => `${fm ? `---\n${fm.join('\n')}${fm.length ? '\n' : ''}---\n` : ''}${lines.join('\n')}${eol ? '\n' : ''}`);
    let taken = 0;
    fc.assert(fc.property(draft, (text) => void (agrees(text) === 'fast' && taken++)), { numRuns: NUM_RUNS, seed: SEED });
    // The generator must exercise the fast path, or the comparison proves nothing.
    expect(taken).toBeGreaterThan(NUM_RUNS / 10);
  });
});

describe('lint output with and without the fast path', () => {
  afterAll(() => useFastPath(true));

  it('is byte-identical on every fixture', () => {
    const project = projectFor();
    const lintAll = () => fixtures.map((f) => JSON.stringify(project.lintBytes(new TextEncoder().encode(f.text), path.join(ROOT, f.name)).result));
    useFastPath(false);
    const full = lintAll();
    useFastPath(true);
    const fast = lintAll();
    expect(fast).toEqual(full);
    expect(full.some((r) => r.includes('"messages":[{'))).toBe(true);
  }, 120_000);
});
