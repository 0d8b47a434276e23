/**
 * Our 1-based UTF-16 line/columns (BOM excluded) → LSP's 0-based positions in the editor's text,
 * checked against vscode-languageserver-textdocument's own count on the editor's text.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintMessage } from '../../src/core/results.js';
import type { Project } from '../../src/engine/project.js';
import { parseText } from '../../src/draft/draft.js';
import { bomShift, messageRange, offsetRange, rangesTouch, toLspPosition } from '../../src/lsp/positions.js';
import { projectFor } from '../support/lint.js';

const FRONTMATTER = '---\nplatform: facebook\npage: Aalborg Universitetshospital\n---\n';
const BODY = 'Blåbær, øl og æbler 😀👍🏽 – Vedrørende parkering: kom i god tid.\n';

let project: Project;
beforeAll(() => {
  project = projectFor({}, 'da', 'facebook'); // compiling the rules takes a while: not in a test's time
});

/** The officialese message on »Vedrørende« and the range the editor should show for it. */
function officialese(editorText: string): { message: LintMessage; expected: { start: unknown; end: unknown } } {
  const { result } = project.lintBytes(new TextEncoder().encode(editorText), '/tmp/opslag.md');
  const message = result.messages.find((m) => m.ruleId === 'tone/officialese');
  expect(message, JSON.stringify(result.messages)).toBeDefined();
  const doc = TextDocument.create('file:///tmp/opslag.md', 'markdown', 1, editorText);
  const at = editorText.indexOf('Vedrørende');
  return { message: message!, expected: { start: doc.positionAt(at), end: doc.positionAt(at + 'Vedrørende'.length) } };
}

describe('positions', () => {
  it.each([
    ['LF', FRONTMATTER + BODY],
    ['CRLF', (FRONTMATTER + BODY).replace(/\n/g, '\r\n')],
    ['lone CR', (FRONTMATTER + BODY).replace(/\n/g, '\r')],
    ['BOM', `\uFEFF${FRONTMATTER}${BODY}`],
    ['BOM on the message line', `\uFEFF${BODY}`],
    ['BOM and CRLF on the message line', `\uFEFF${BODY}x\r\n`],
  ])('a message after æøå and emoji (%s) lands on the same UTF-16 range as the editor counts', (_, text) => {
    const { message, expected } = officialese(text);
    expect(messageRange(message, bomShift(text))).toEqual(expected);
  });

  it('counts an emoji as two code units and æ as one', () => {
    const { message } = officialese(FRONTMATTER + BODY);
    // »Blåbær, øl og æbler « is 20 units, 😀 2, 👍🏽 4, » – « 3: »Vedrørende« starts at 29.
    expect(messageRange(message, 0)).toEqual({ start: { line: 4, character: 29 }, end: { line: 4, character: 39 } });
  });

  it('a BOM moves only the first line', () => {
    expect(toLspPosition(1, 1, 1)).toEqual({ line: 0, character: 1 });
    expect(toLspPosition(2, 1, 1)).toEqual({ line: 1, character: 0 });
    expect(bomShift('\uFEFFx')).toBe(1);
    expect(bomShift('x\uFEFF')).toBe(0);
  });

  it('offsets into the draft text map like the editor maps offsets into its own text', () => {
    const text = 'æ😀\r\nø\rå\n👍🏽x';
    const draft = parseText(text, '/tmp/x.md', true);
    const doc = TextDocument.create('file:///tmp/x.md', 'markdown', 1, `\uFEFF${text}`);
    for (let start = 0; start <= text.length; start++) {
      if (text.slice(start - 1, start + 1) === '\r\n') continue; // no offset of ours points between CR and LF
      expect(offsetRange(draft.lines, start, text.length, 1)).toEqual({ start: doc.positionAt(start + 1), end: doc.positionAt(text.length + 1) });
    }
  });

  it('ranges touch when they share a position', () => {
    const r = (a: number, b: number) => ({ start: { line: 0, character: a }, end: { line: 0, character: b } });
    expect(rangesTouch(r(0, 5), r(5, 5))).toBe(true);
    expect(rangesTouch(r(0, 5), r(6, 8))).toBe(false);
    expect(rangesTouch(r(3, 3), r(0, 10))).toBe(true);
  });
});
