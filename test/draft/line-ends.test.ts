/**
 * Every reported position inside its line (CRLF, lone CR), and frontmatter values quoted as written.
 * Regressions for the reliability review's CO-2, CO-4 and CO-7.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintMessage } from '../../src/core/results.js';
import { lintText } from '../support/lint.js';

const lineLengths = (text: string): number[] => text.split(/\r\n|\r|\n/).map((l) => l.length);

/** Every position on an existing line, at most one past its last character, end not before start. */
function expectInsideLines(text: string, messages: readonly LintMessage[]): void {
  const lengths = lineLengths(text);
  for (const m of messages) {
    const where = `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
    expect(m.column, where).toBeLessThanOrEqual(lengths[m.line - 1]! + 1);
    expect(m.endColumn, where).toBeLessThanOrEqual(lengths[m.endLine - 1]! + 1);
    expect(m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column), where).toBe(true);
  }
}

beforeAll(() => void lintText('x'));

describe('positions inside their line', () => {
  it('a YAML error at the end of a CRLF line ends on that line, not on its \\n (CO-2)', () => {
    const text = '---\r\npage: "x\r\n---\r\nHej\r\n';
    const { messages } = lintText(text);
    const yaml = messages.find((m) => m.ruleId === 'draft/frontmatter')!;
    expect(yaml.line).toBe(2);
    expect(yaml.endColumn).toBeLessThanOrEqual('page: "x'.length + 1);
    expectInsideLines(text, messages);
  });

  it('the same draft with LF, CRLF and CR line ends: the same positions', () => {
    const lf = '---\nplatform: facebook\npage: Aalborg Universitetshospital\ntype: bogus\n---\nVedrørende blodbussen: kig forbi.\n\nHEJ MED JER ALLESAMMEN!!!\n';
    const positions = (text: string): string[] => lintText(text).messages.map((m) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
    const expected = positions(lf);
    expect(expected).toContain('draft/frontmatter 4:7-4:12');
    expect(expected).toContain('tone/officialese 6:1-6:11');
    for (const eol of ['\r\n', '\r']) {
      const text = lf.replace(/\n/g, eol);
      expect(positions(text), JSON.stringify(eol)).toEqual(expected);
      expectInsideLines(text, lintText(text).messages);
    }
  });

  it('CR-only frontmatter is read as lines, like the rest of the draft (CO-7)', () => {
    const text = '---\rplatform: facebook\rpage: Aalborg Universitetshospital\r---\rBlodbussen kommer i dag.\r';
    const ids = lintText(text).messages.map((m) => m.ruleId);
    expect(ids.filter((id) => id.startsWith('draft/'))).toEqual([]);
  });
});

describe('frontmatter values quoted as written (CO-4)', () => {
  it('numbers are quoted from the source, not as JavaScript prints them', () => {
    const text = '---\nplatform: facebook\npage: Aalborg Universitetshospital\ntype: 99999999999999999999999999999999\nmedia:\n  - src: a.jpg\n    alt: Foto\n    people: 1e400\n---\nHej.\n';
    const messages = lintText(text).messages.filter((m) => m.ruleId === 'draft/frontmatter').map((m) => m.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('»99999999999999999999999999999999«');
    expect(messages[1]).toContain('»1e400«');
    expect(messages.join(' ')).not.toMatch(/Infinity|e\+/);
  });

  it('a numeric page name and an unknown numeric key keep their spelling', () => {
    const text = '---\nplatform: facebook\npage: 1e400\n0x1F: a\n---\nHej.\n';
    const messages = lintText(text).messages.map((m) => m.message).join('\n');
    expect(messages).toContain('0x1F');
    expect(messages).not.toContain('Infinity');
    expect(messages).not.toMatch(/\b31\b/);
  });
});
