/** stylish and the `rnsocial:` lines show control characters in file names and quoted text as escapes; JSON keeps the real name. */
import { describe, expect, it } from 'vitest';
import { terminalLines, terminalText } from '../../src/core/terminal-text.js';
import { json } from '../../src/formatters/json.js';
import { stylish } from '../../src/formatters/stylish.js';
import { context, message, result } from './support.js';

describe('terminalText', () => {
  it('escapes C0 controls, DEL, C1 controls and bidi overrides and isolates', () => {
    expect(terminalText('a\u001b[2Jb')).toBe('a\\x1B[2Jb');
    expect(terminalText('\u0000\u0007\u007f\u0085\u009b')).toBe('\\x00\\x07\\x7F\\x85\\x9B');
    expect(terminalText('x\n\r\ty')).toBe('x\\n\\r\\ty');
    expect(terminalText('\u202a\u202e\u2066\u2069')).toBe('\\u202A\\u202E\\u2066\\u2069');
  });

  it('leaves ordinary text alone: Danish letters, emoji, right-to-left scripts, joiners, backslashes', () => {
    const text = 'Æbleø å 👩‍⚕️ مرحبا שלום \u200d\u200f C:\\drafts\\a.md';
    expect(terminalText(text)).toBe(text);
  });

  it('keeps the line breaks of several lines', () => {
    expect(terminalLines('invalid config (2 problems):\n  a\u001b: x\n  b')).toBe('invalid config (2 problems):\n  a\\x1B: x\n  b');
  });
});

describe('stylish and control characters', () => {
  const ESC_NAME = 'udkast/a\u001b[31mrød\u202e.md';

  it('escapes them in the file name and in the message, in Danish and English', () => {
    const results = [result(ESC_NAME, [message({ message: 'Skriv »Om« i stedet for »Ved\u001b]0;x\u0007rørende«.' })])];
    for (const lang of ['da', 'en'] as const) {
      const out = stylish(results, context({ lang }));
      expect(out).toContain('\nudkast/a\\x1B[31mrød\\u202E.md\n');
      expect(out).toContain('Skriv »Om« i stedet for »Ved\\x1B]0;x\\x07rørende«.');
      expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
    }
  });

  it('JSON keeps the real name (it escapes by itself)', () => {
    const out = json([result(ESC_NAME, [message()])], context());
    expect((JSON.parse(out) as Array<{ filePath: string }>)[0]!.filePath.endsWith('a\u001b[31mrød\u202e.md')).toBe(true);
    expect(out).not.toMatch(/\u001b/);
  });
});
