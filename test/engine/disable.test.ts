import { describe, it, expect } from 'vitest';
import { parseText } from '../../src/draft/draft.js';
import { createSuppressor, parseDirectives } from '../../src/engine/disable.js';
import { lintText } from '../support/lint.js';

const FM = '---\nplatform: facebook\npage: Region Nordjylland\n---\n';
const OFFICIALESE = 'tone/officialese';
const EMOJI = 'tone/emoji';

/** The messages of the given rules as "line ruleId", for a body after the frontmatter (line 5 on). */
function hits(body: string, rules: string[] = [OFFICIALESE, EMOJI]): string[] {
  return lintText(FM + body)
    .messages.filter((m) => rules.includes(m.ruleId))
    .map((m) => `${m.line} ${m.ruleId}`);
}

describe('parseDirectives', () => {
  const directives = (text: string) => parseDirectives(parseText(text, 'x.md'));

  it('reads kind, rules, offset and the line the comment ends on', () => {
    const text = 'Tekst.\n\n<!-- rnsocial-disable tone/officialese -->\n\n<!--\nrnsocial-enable\n-->\n';
    expect(directives(text)).toEqual([
      { kind: 'disable', rules: [OFFICIALESE], offset: text.indexOf('<!-- rnsocial-disable'), line: 3 },
      { kind: 'enable', rules: [], offset: text.lastIndexOf('<!--'), line: 7 },
    ]);
  });

  it('reads several ids, separated by commas or spaces, and drops the reason', () => {
    const [d] = directives('<!-- rnsocial-disable-next-line tone/officialese, tone/emoji tone/x -- fordi tone/y er ok -->\n');
    expect(d).toMatchObject({ kind: 'disable-next-line', rules: [OFFICIALESE, EMOJI, 'tone/x'] });
  });

  it('reads a reason without ids as all rules', () => {
    expect(directives('<!-- rnsocial-disable-next-line -- citat fra borger -->\n')[0]).toMatchObject({ rules: [] });
  });

  it('ignores other comments, unknown directives and comments in code', () => {
    expect(directives('<!-- note -->\n\n<!-- rnsocial-disabled x -->\n\n<!-- eslint-disable -->\n\n```\n<!-- rnsocial-disable -->\n```\n')).toEqual([]);
  });
});

describe('createSuppressor', () => {
  const at = (kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line', rules: string[], offset: number, line: number) => ({ kind, rules, offset, line });

  it('suppresses nothing without directives', () => {
    expect(createSuppressor([])('a/b', 0, 1)).toBe(false);
  });

  it('disable and enable make a range, per rule', () => {
    const suppressed = createSuppressor([at('disable', ['a/b'], 10, 2), at('enable', ['a/b'], 50, 5)]);
    expect(suppressed('a/b', 5, 1)).toBe(false);
    expect(suppressed('a/b', 20, 3)).toBe(true);
    expect(suppressed('a/c', 20, 3)).toBe(false);
    expect(suppressed('a/b', 60, 6)).toBe(false);
  });

  it('an enable for another rule does not end a disable', () => {
    const suppressed = createSuppressor([at('disable', [], 10, 2), at('enable', ['a/c'], 50, 5)]);
    expect(suppressed('a/b', 60, 6)).toBe(true);
    expect(suppressed('a/c', 60, 6)).toBe(false);
  });

  it('disable-next-line and disable-line work by line', () => {
    const suppressed = createSuppressor([at('disable-next-line', ['a/b'], 10, 2), at('disable-line', [], 80, 7)]);
    expect(suppressed('a/b', 999, 3)).toBe(true);
    expect(suppressed('a/b', 999, 4)).toBe(false);
    expect(suppressed('x/y', 999, 7)).toBe(true);
    expect(suppressed('x/y', 999, 8)).toBe(false);
  });
});

describe('disable comments in a draft', () => {
  it('the rules fire without comments', () => {
    expect(hits('Vedrørende mødet.\n\nSåfremt du kommer 🎉🎉🎉🎉.\n')).toEqual(['5 tone/officialese', '7 tone/officialese', '7 tone/emoji']);
  });

  it('disable … enable switches one rule off in between', () => {
    const body = 'Vedrørende mødet.\n\n<!-- rnsocial-disable tone/officialese -->\n\nSåfremt du kommer 🎉🎉🎉🎉.\n\n<!-- rnsocial-enable tone/officialese -->\n\nDersom det regner.\n';
    expect(hits(body)).toEqual(['5 tone/officialese', '9 tone/emoji', '13 tone/officialese']);
  });

  it('disable without enable lasts to the end of the file', () => {
    expect(hits('Vedrørende mødet.\n\n<!-- rnsocial-disable tone/officialese -->\n\nSåfremt.\n\nDersom.\n')).toEqual(['5 tone/officialese']);
  });

  it('disable without ids switches every rule off', () => {
    expect(hits('<!-- rnsocial-disable -->\n\nVedrørende mødet 🎉🎉🎉🎉.\n')).toEqual([]);
  });

  it('disable-next-line with a reason switches off the next line only', () => {
    const body = '<!-- rnsocial-disable-next-line tone/officialese -- citat fra borgeren -->\nVedrørende mødet.\nSåfremt du kommer.\n';
    expect(hits(body)).toEqual(['7 tone/officialese']);
  });

  it('disable-next-line without ids covers every rule on the next line', () => {
    expect(hits('<!-- rnsocial-disable-next-line -->\nVedrørende mødet 🎉🎉🎉🎉.\n')).toEqual([]);
  });

  it('disable-next-line with several ids', () => {
    const body = '<!-- rnsocial-disable-next-line tone/officialese, tone/emoji -->\nVedrørende 🎉🎉🎉🎉.\n\nSåfremt.\n';
    expect(hits(body)).toEqual(['8 tone/officialese']);
    expect(hits(body.replace(', ', ' '))).toEqual(['8 tone/officialese']);
  });

  it('disable-line inline covers its own line', () => {
    expect(hits('Vedrørende mødet <!-- rnsocial-disable-line tone/officialese --> og såfremt.\nDersom.\n')).toEqual(['6 tone/officialese']);
  });

  it('a directive for another rule changes nothing', () => {
    expect(hits('<!-- rnsocial-disable-next-line tone/emoji -->\nVedrørende mødet.\n')).toEqual(['6 tone/officialese']);
  });

  it('a directive in a code block is not a directive', () => {
    expect(hits('```\n<!-- rnsocial-disable -->\n```\n\nVedrørende mødet.\n')).toEqual(['9 tone/officialese']);
  });

  it('directive comments are not published text', () => {
    const result = lintText(`${FM}<!-- rnsocial-disable tone/emoji -->\n`);
    expect(result.messages.map((m) => m.ruleId)).toContain('draft/empty');
  });
});
