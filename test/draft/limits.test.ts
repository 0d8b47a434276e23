/**
 * Bounded work per draft: draft/too-large (maxDraftBytes) before decoding, draft/too-complex
 * (src/draft/complexity.ts) before micromark, and tree walks that do not recurse. Linearity is
 * asserted by the guard triggering, never by time (speed is in bench/adversarial.mjs).
 */
import type { Blockquote, Paragraph, Root } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import { findComplexity, MAX_BRACKETS, MAX_EMPHASIS_MARKERS, MAX_NESTING, MAX_NESTING_TOTAL } from '../../src/draft/complexity.js';
import { parseDraft, parseText } from '../../src/draft/draft.js';
import { TextModel } from '../../src/draft/text-model.js';
import { lintText } from '../support/lint.js';

const FM = '---\nplatform: facebook\npage: Aalborg Universitetshospital\n---\n';
const messages = (text: string, config?: Record<string, unknown>): string[] =>
  lintText(text, config ? { config } : {}).messages.map((m) => `${m.ruleId} ${m.messageId} ${m.line}:${m.column}`);

// Loading the rules and word lists once takes longer than a test may.
beforeAll(() => void lintText(FM));

describe('draft/too-large', () => {
  it('a draft over maxDraftBytes gets draft/too-large and nothing else, not even a CPR check, and is never decoded', () => {
    const text = `${FM}Vedrørende CPR 010190-1234. ${'Hej. '.repeat(100)}\n`;
    const bytes = new TextEncoder().encode(text);
    expect(messages(text, { maxDraftBytes: bytes.length - 1 })).toEqual(['draft/too-large default 1:1']);
    // At the limit exactly: linted as usual.
    expect(messages(text, { maxDraftBytes: bytes.length })).toContain('case-handling/cpr-number default 5:16');
    // Not decoded: invalid UTF-8 over the limit is still only too large.
    const draft = parseDraft(new Uint8Array([0xff, 0xfe, 0xfd, 0xc3]), 'x.md', { maxBytes: 3 });
    expect(draft.problems.map((p) => [p.kind, p.data])).toEqual([['tooLarge', { size: 1, limit: 1 }]]);
    expect(draft.readable).toBe(false);
  });

  it('the default limit is 256 KB, and the message gives both sizes in KB', () => {
    const big = `${FM}${'Hej med dig. '.repeat(21_000)}\n`; // 273 KB
    const result = lintText(big);
    expect(result.messages.map((m) => m.ruleId)).toEqual(['draft/too-large']);
    expect(result.messages[0]!.message).toBe(
      'Filen er 267 KB, over grænsen på 256 KB, så den er ikke tjekket – heller ikke for CPR-numre. Intet opslag er så langt: er det den rigtige fil? Grænsen sættes med maxDraftBytes i konfigurationen.',
    );
  });
});

describe('findComplexity', () => {
  it('passes real posts: a few emphasis markers, links, lists and quotes', () => {
    const post = `${FM}**Blodbussen** kommer!\n\n> Citat\n> > svar\n\n- punkt\n  - underpunkt\n    1. tal\n\n[Læs mere](https://rn.dk/a_b) _kursiv_ #Sundhed\n`;
    expect(findComplexity(post.repeat(20))).toBeUndefined();
  });

  it('trips at the first marker over the limit, on its line, and counts them all', () => {
    const lines = `${FM}Hej\n${'*_'.repeat(MAX_EMPHASIS_MARKERS / 2)}\nmere *_*_\n`;
    expect(findComplexity(lines)).toEqual({ kind: 'emphasis', line: 7, count: MAX_EMPHASIS_MARKERS + 4, limit: MAX_EMPHASIS_MARKERS });
    expect(findComplexity('*'.repeat(MAX_EMPHASIS_MARKERS))).toBeUndefined();
    expect(findComplexity(`x\n${'[a]('.repeat(MAX_BRACKETS / 2)}\n[`)).toEqual({ kind: 'brackets', line: 3, count: MAX_BRACKETS + 1, limit: MAX_BRACKETS });
  });

  it('measures nesting as the container prefix of a line: >, list markers, ordered markers, indentation', () => {
    expect(findComplexity(`a\n${'>'.repeat(MAX_NESTING)} x`)).toBeUndefined();
    expect(findComplexity(`a\n${'>'.repeat(MAX_NESTING + 1)} x`)).toEqual({ kind: 'nesting', line: 2, count: MAX_NESTING + 1, limit: MAX_NESTING });
    expect(findComplexity(`${'- '.repeat(17)}x`)?.kind).toBe('nesting');
    expect(findComplexity(`${'1. '.repeat(11)}x`)?.kind).toBe('nesting');
    expect(findComplexity(`${' '.repeat(31)}- x`)?.kind).toBe('nesting');
    expect(findComplexity(`${'> - '.repeat(9)}x`)?.kind).toBe('nesting');
    // Markers without a following space do not nest: a rule of dashes, a run of digits; nor does
    // indentation with no marker after it.
    expect(findComplexity(`${'-'.repeat(500)}\n${'1'.repeat(500)}.x\n${' '.repeat(200)}digt`)).toBeUndefined();
  });

  it('sums the nesting over all lines: many moderately deep lines trip it too, on the line that goes over', () => {
    const line = `${'>'.repeat(10)} - ${'>'.repeat(7)} x\n`; // 20 characters of nesting: the space after the last marker is the text's
    expect(findComplexity(line.repeat(MAX_NESTING_TOTAL / 20))).toBeUndefined();
    expect(findComplexity(`a\n${line.repeat(MAX_NESTING_TOTAL / 20 + 1)}`)).toEqual({ kind: 'nestingTotal', line: MAX_NESTING_TOTAL / 20 + 2, count: MAX_NESTING_TOTAL + 20, limit: MAX_NESTING_TOTAL });
    // A long real list is far below: 300 items of "- ".
    expect(findComplexity('- punkt\n'.repeat(300))).toBeUndefined();
  });

  it('counts lone CR and CRLF as line ends', () => {
    expect(findComplexity(`a\r\nb\rc\n${'['.repeat(MAX_BRACKETS + 1)}`)).toMatchObject({ kind: 'brackets', line: 4 });
  });
});

describe('draft/too-complex', () => {
  it('checks the text as plain text: CPR numbers and words are still found, frontmatter still read', () => {
    const text = `${FM}Vedrørende CPR 010190-1234.\n${'*_'.repeat(5_000)}\n`;
    const found = messages(text);
    expect(found).toContain('draft/too-complex emphasis 6:1');
    expect(found).toContain('case-handling/cpr-number default 5:16');
    expect(found).toContain('tone/officialese default 5:1');
    expect(found.some((m) => m.startsWith('draft/platform'))).toBe(false);
    expect(found.some((m) => m.startsWith('sender/'))).toBe(false);
  });

  it('the reported cases: 10,000 nested > and long runs of -, 1., * and "> - " on one line give draft/too-complex, no crash', () => {
    for (const body of ['>'.repeat(10_000), '- '.repeat(1_000), '1. '.repeat(1_000), `${'*'.repeat(1_000)}Hej${'*'.repeat(1_000)}`, '> - '.repeat(1_000)]) {
      const ids = messages(`${FM}${body} Hej\n`).filter((m) => m.startsWith('draft/'));
      expect(ids).toEqual([expect.stringMatching(/^draft\/too-complex (nesting|emphasis) 5:1$/)]);
    }
  });

  it('the message names the count, the limit and the line (Danish and English)', () => {
    const text = `${FM}${'['.repeat(1_200)}\n`;
    const da = lintText(text).messages.find((m) => m.ruleId === 'draft/too-complex')!;
    expect(da.message).toBe(
      'Udkastet har 1200 klammer [ og ] (grænsen er 1000; linje 5 går over), så Markdown er ikke læst: teksten er tjekket som ren tekst, CPR-numre også. Er der indsat noget ved en fejl?',
    );
    expect([da.line, da.column, da.endLine, da.endColumn]).toEqual([5, 1, 5, 1_201]);
    const en = lintText(text, { lang: 'en' }).messages.find((m) => m.ruleId === 'draft/too-complex')!;
    expect(en.message).toContain('1200 [ and ] brackets (the limit is 1000; line 5 goes over)');
  });

  it('a too-complex draft without frontmatter, or with an unclosed one, is plain text from the start', () => {
    const noFm = parseText(`Hej ${'_'.repeat(2_000)}\n`, 'x.md');
    expect(noFm.model.paragraphs).toEqual([{ start: 0, end: 2_004 }]);
    const unclosed = parseText(`---\nplatform: x\n${'['.repeat(2_000)}`, 'x.md');
    expect(unclosed.problems.map((p) => `${p.kind}/${p.code}`)).toEqual(['tooComplex/brackets', 'frontmatter/unclosed']);
  });
});

describe('tree walks do not recurse', () => {
  it('a 20,000-deep tree (deeper than any call stack) is walked in document order', () => {
    const depth = 20_000;
    const source = `${'>'.repeat(depth)}Hej`;
    const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
    let node: Blockquote | Paragraph = { type: 'paragraph', children: [{ type: 'text', value: 'Hej', position: { start: at(depth), end: at(depth + 3) } }], position: { start: at(depth), end: at(depth + 3) } };
    for (let d = depth - 1; d >= 0; d--) node = { type: 'blockquote', children: [node as Paragraph], position: { start: at(d), end: at(depth + 3) } };
    const root: Root = { type: 'root', children: [node], position: { start: at(0), end: at(depth + 3) } };
    const model = new TextModel(source, root);
    expect(model.prose).toBe(`${' '.repeat(depth)}Hej`);
    expect(model.syntax.filter((s) => s.kind === 'blockquote')).toHaveLength(depth);
    expect(model.syntax[0]).toEqual({ kind: 'blockquote', start: 0, end: depth + 3 });
    expect(model.paragraphs).toEqual([{ start: depth, end: depth + 3 }]);
  });
});
