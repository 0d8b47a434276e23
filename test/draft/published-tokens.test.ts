/**
 * `model.publishedStream` is the draft's own token stream where the published text is the prose as
 * written; its tokens of the published text must equal tokenizing the published text, and what
 * stands around it only white space, on every fixture, every evaluation draft
 * (run through, never read) and the drafts that pin its edges.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/draft/draft.js';
import { tokenize } from '../../src/text/tokenize.js';
import { ROOT } from '../support/lint.js';

function draftsUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(md|markdown)$/.test(e.name))
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8').replace(/^\ufeff/, ''));
}

function agrees(text: string): void {
  const { model } = parseText(text, 'x.md');
  const { published } = model;
  const stream = model.publishedStream;
  const end = stream.offset + published.text.length;
  const what = JSON.stringify(text.slice(0, 120));
  expect(stream.text.slice(stream.offset, end), what).toBe(published.text);
  expect(stream.text.slice(0, stream.offset).trim() + stream.text.slice(end).trim(), what).toBe('');
  const inside = stream.tokens.filter((t) => t.start >= stream.offset && t.end <= end).map((t) => ({ ...t, start: t.start - stream.offset, end: t.end - stream.offset }));
  expect(inside.length, what).toBe(stream.tokens.length);
  expect(inside, what).toEqual(tokenize(published.text));
}

describe('published tokens', () => {
  it('equal a tokenizer pass over the published text on every fixture', () => {
    const drafts = draftsUnder(path.join(ROOT, 'fixtures'));
    expect(drafts.length).toBeGreaterThan(100);
    for (const text of drafts) agrees(text);
  });

  it.skipIf(!existsSync(path.join(ROOT, 'eval')))('equal it on every evaluation draft', () => {
    for (const text of draftsUnder(path.join(ROOT, 'eval'))) agrees(text);
  });

  it('equal it at the edges: comments, markup, quotes, no frontmatter, a trailing separator, CR LF', () => {
    const cases = [
      'Hej med dig',
      '---\nplatform: x\n---\nSe rn.dk/job kl. 14.30 – j.nr. 2026-212-0015 🇩🇰\n',
      '---\nplatform: x\n---\n<!-- note -->\nsagsnr: 26/1234\n',
      '---\nplatform: x\n---\nsagsnr: 26/1234\n<!-- note -->\n',
      '---\nplatform: x\n---\nDel 1\n\n---\n\nDel 2 j.nr. 12\n',
      '---\nplatform: x\n---\n**Fed** tekst og `kode j.nr. 5` her\n',
      '> citat\n> fortsat 12 34 56 78\n',
      'Linje et\r\nlinje to, ring 96 31 00 00\r\n',
      '---\nplatform: x\n---\n   \n  Indrykket 250 kr.\n',
      'Skriv til anne.holm@rn.dk eller @regionnordjylland.',
    ];
    for (const text of cases) agrees(text);
  });
});
