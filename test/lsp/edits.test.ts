/** Fix, disable-comment and fix-all edits, applied with vscode-languageserver-textdocument as an editor would. */
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/draft/draft.js';
import { disableComment, fixEdit, lineBreakOf, minimalEdit } from '../../src/lsp/edits.js';
import { bomShift } from '../../src/lsp/positions.js';

const apply = (text: string, edit: { range: import('vscode-languageserver').Range; newText: string }): string =>
  TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), [edit]);

describe('fixEdit', () => {
  it.each([
    ['LF', '---\nplatform: facebook\n---\nÆ😀 Vedrørende p.\n'],
    ['CRLF', '---\r\nplatform: facebook\r\n---\r\nÆ😀 Vedrørende p.\r\n'],
    ['BOM, first line', '\uFEFFÆ😀 Vedrørende p.\n'],
  ])('replaces exactly the fixed range (%s)', (_, editorText) => {
    const text = editorText.replace(/^\uFEFF/, '');
    const draft = parseText(text, '/x.md', editorText !== text);
    const start = text.indexOf('Vedrørende');
    const edit = fixEdit({ range: [start, start + 'Vedrørende'.length], text: 'Om' }, draft.lines, bomShift(editorText));
    expect(apply(editorText, edit)).toBe(editorText.replace('Vedrørende', 'Om'));
  });
});

describe('disableComment', () => {
  it('goes above the line, indented like it, with the draft’s line break', () => {
    const text = '---\r\nplatform: facebook\r\n---\r\n- punkt\r\n  Vedrørende p.\r\n';
    const draft = parseText(text, '/x.md');
    const comment = disableComment(text, draft.lines, 5, 'tone/officialese', 0);
    expect(apply(text, comment)).toBe('---\r\nplatform: facebook\r\n---\r\n- punkt\r\n  <!-- rnsocial-disable-next-line tone/officialese -- -->\r\n  Vedrørende p.\r\n');
    expect(comment.snippet).toBe('  <!-- rnsocial-disable-next-line tone/officialese -- $0 -->\r\n');
  });

  it('on the first line of a file with a BOM, after the BOM', () => {
    const editorText = '\uFEFFVedrørende p.\n';
    const text = editorText.slice(1);
    const comment = disableComment(text, parseText(text, '/x.md', true).lines, 1, 'tone/officialese', 1);
    expect(apply(editorText, comment)).toBe('\uFEFF<!-- rnsocial-disable-next-line tone/officialese -- -->\nVedrørende p.\n');
  });

  it('a line break is the first one the draft uses, LF without one', () => {
    expect(lineBreakOf('a\rb\nc')).toBe('\r');
    expect(lineBreakOf('abc')).toBe('\n');
  });
});

describe('minimalEdit', () => {
  it('replaces only what changed', () => {
    expect(minimalEdit('a\nVedrørende b\n', 'a\nOm b\n')).toEqual({ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 10 } }, newText: 'Om' });
    expect(minimalEdit('same', 'same')).toBeUndefined();
  });

  it('never cuts a surrogate pair or a CRLF in half', () => {
    // 😀 (D83D DE00) → 😁 (D83D DE01): the common high surrogate stays in the edit.
    expect(minimalEdit('x😀y', 'x😁y')).toEqual({ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, newText: '😁' });
    expect(minimalEdit('a\r\nb', 'a\rb')!.range.start).toEqual({ line: 0, character: 1 });
  });

  it('applied by an editor, turns any text into any other', () => {
    const alphabet = fc.constantFrom('a', 'æ', ' ', '\n', '\r', '\r\n', '😀', '😁', '\uFEFF');
    const text = fc.array(alphabet, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edit = minimalEdit(before, after);
        expect(edit ? apply(before, edit) : before).toBe(after);
      }),
      { seed: 13, numRuns: 200 },
    );
  });
});
