/**
 * Text from outside (a file name, a value quoted from a draft) made safe for a terminal: control
 * characters are shown as escapes instead of acting. A file named `a\x1b[2Jb.md` would otherwise
 * clear the screen, and a bidi override (U+202E) would show the rest of the line backwards.
 * Only for human-readable output: machine formats (JSON, SARIF …) keep the real name.
 */

/** C0 controls, DEL, C1 controls, and the bidi embeddings, overrides (U+202A–202E) and isolates (U+2066–2069). */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One line of text for a terminal: each unsafe character as `\n`, `\t`, `\xHH` or `\uHHHH`. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
  });
}

/** Several lines for a terminal: the line breaks stay, everything else unsafe in each line is escaped. */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n');
}

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}
