import { describe, it, expect } from 'vitest';
import { parseText } from '../../src/draft/draft.js';
import { parseDirectives, Suppressor, type Directive } from '../../src/engine/disable.js';
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

  it('reads kind, rules, place and the line the comment ends on', () => {
    const text = 'Tekst.\n\n<!-- rnsocial-disable tone/officialese -->\n\n<!--\nrnsocial-enable\n-->\n';
    const first = text.indexOf('<!-- rnsocial-disable');
    const last = text.lastIndexOf('<!--');
    expect(directives(text)).toEqual([
      { kind: 'disable', rules: [OFFICIALESE], start: first, end: text.indexOf('-->') + 3, line: 3 },
      { kind: 'enable', rules: [], start: last, end: text.length - 1, line: 7 },
    ]);
  });

  it('reads several ids, separated by commas or spaces, and the reason after --', () => {
    const [d] = directives('<!-- rnsocial-disable-next-line tone/officialese, tone/emoji tone/x -- fordi tone/y er ok -->\n');
    expect(d).toMatchObject({ kind: 'disable-next-line', rules: [OFFICIALESE, EMOJI, 'tone/x'], justification: 'fordi tone/y er ok' });
  });

  it('reads a reason without ids as all rules', () => {
    expect(directives('<!-- rnsocial-disable-next-line -- citat fra borger -->\n')[0]).toMatchObject({ rules: [], justification: 'citat fra borger' });
  });

  it('ignores other comments, unknown directives and comments in code', () => {
    expect(directives('<!-- note -->\n\n<!-- rnsocial-disabled x -->\n\n<!-- eslint-disable -->\n\n```\n<!-- rnsocial-disable -->\n```\n')).toEqual([]);
  });
});

describe('Suppressor', () => {
  const at = (kind: Directive['kind'], rules: string[], start: number, line: number, justification?: string): Directive => ({ kind, rules, start, end: start + 5, line, ...(justification ? { justification } : {}) });
  const off = (s: Suppressor, rule: string, offset: number, line: number, policy: true | false | 'reason' = true): boolean => s.suppress(rule, policy, offset, line) !== undefined;

  it('suppresses nothing without directives', () => {
    expect(off(new Suppressor([]), 'a/b', 0, 1)).toBe(false);
  });

  it('disable and enable make a range, per rule', () => {
    const s = new Suppressor([at('disable', ['a/b'], 10, 2), at('enable', ['a/b'], 50, 5)]);
    expect(off(s, 'a/b', 5, 1)).toBe(false);
    expect(off(s, 'a/b', 20, 3)).toBe(true);
    expect(off(s, 'a/c', 20, 3)).toBe(false);
    expect(off(s, 'a/b', 60, 6)).toBe(false);
  });

  it('an enable for another rule does not end a disable', () => {
    const s = new Suppressor([at('disable', [], 10, 2), at('enable', ['a/c'], 50, 5)]);
    expect(off(s, 'a/b', 60, 6)).toBe(true);
    expect(off(s, 'a/c', 60, 6)).toBe(false);
  });

  it('disable-next-line and disable-line work by line', () => {
    const s = new Suppressor([at('disable-next-line', ['a/b'], 10, 2), at('disable-line', [], 80, 7)]);
    expect(off(s, 'a/b', 999, 3)).toBe(true);
    expect(off(s, 'a/b', 999, 4)).toBe(false);
    expect(off(s, 'x/y', 999, 7)).toBe(true);
    expect(off(s, 'x/y', 999, 8)).toBe(false);
  });

  it('a rule that refuses comments is never switched off; one that wants a reason only with one', () => {
    const blanket = at('disable', [], 0, 1);
    const s = new Suppressor([blanket]);
    expect(off(s, 'case-handling/cpr-number', 10, 2, false)).toBe(false);
    expect(off(s, 'consent/alt-text', 10, 2, 'reason')).toBe(false);
    expect([...s.refused.get(blanket)!]).toEqual(['case-handling/cpr-number', 'consent/alt-text']);
    expect(s.used.has(blanket)).toBe(false);
    expect(off(new Suppressor([at('disable', [], 0, 1, 'skriftligt samtykke, j.nr. i arkivet')]), 'consent/alt-text', 10, 2, 'reason')).toBe(true);
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

  it('a blanket disable above a CPR number still fails: the CPR message stays, the comment is reported', () => {
    const reply = `---
platform: facebook
page: Region Nordjylland
---
<!-- rnsocial-disable -->
Vi har noteret dit CPR-nummer 010190-1234, og du bedes ringe til os.
`;
    const result = lintText(reply);
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.messageId}`)).toEqual([
      '5:1 draft/directive notAllowed',
      '6:31 case-handling/cpr-number default',
    ]);
    expect(result.errorCount).toBe(2);
    // What the comment did switch off is kept for an audit, with ESLint's shape.
    expect(result.suppressedMessages?.map((m) => [m.ruleId, m.suppressions])).toEqual([
      ['tone/reader-address', [{ kind: 'directive', justification: '' }]],
    ]);
  });

  it('case handling and consent need a reason after --', () => {
    const body = (comment: string) => `---\nplatform: facebook\npage: Region Nordjylland\n---\n${comment}\nSkriv til mette.hansen72@gmail.com for at få svar.\n`;
    const ids = (text: string) => lintText(text).messages.map((m) => `${m.ruleId} ${m.messageId}`);
    expect(ids(body('<!-- rnsocial-disable-next-line case-handling/identifiers -->'))).toEqual(['draft/directive needsReason', 'case-handling/identifiers email']);
    expect(ids(body('<!-- rnsocial-disable-next-line case-handling/identifiers -- borgerens egen offentlige adresse -->'))).toEqual([]);
  });

  it('a misspelt rule id is reported with a suggestion; a comment that switches nothing off is a warning', () => {
    const result = lintText(`${FM}<!-- rnsocial-disable-next-line tone/oficialese -->\nVedrørende mødet.\n\n<!-- rnsocial-disable-next-line tone/emoji -->\nHej.\n`);
    expect(result.messages.map((m) => `${m.line} ${m.ruleId} ${m.messageId} ${m.severity}`)).toEqual([
      '5 draft/directive unknownRuleSuggestion 2',
      '6 tone/officialese default 1',
      '8 draft/directive unused 1',
    ]);
    expect(result.messages[0]!.message).toBe('Kommentaren nævner reglen »tone/oficialese«, som ikke findes. Mente du »tone/officialese«?');
  });
});
