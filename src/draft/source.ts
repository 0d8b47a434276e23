/**
 * Bytes → text. A draft must be UTF-8; anything else becomes a `draft/encoding` problem
 * with a position instead of a crash or a page of mojibake.
 */

export type DecodeResult =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; reason: 'binary' | 'invalid-utf8'; line: number; column: number; byteOffset: number }
  /** Saved in another Unicode encoding, which its byte order mark names. */
  | { ok: false; reason: 'other-encoding'; encoding: string; line: 1; column: 1; byteOffset: 0 };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** Byte order marks of the encodings editors save "Unicode" text in; UTF-32 before UTF-16 (FF FE 00 00 starts with FF FE). */
const OTHER_BOMS: ReadonlyArray<[string, readonly number[]]> = [
  ['UTF-32 LE', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32 BE', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16 LE', [0xff, 0xfe]],
  ['UTF-16 BE', [0xfe, 0xff]],
];

export function decodeSource(bytes: Uint8Array): DecodeResult {
  // A UTF-16 file is full of NUL bytes: name its encoding instead of calling it binary.
  const other = OTHER_BOMS.find(([, mark]) => mark.every((byte, i) => bytes[i] === byte));
  if (other) return { ok: false, reason: 'other-encoding', encoding: other[0], line: 1, column: 1, byteOffset: 0 };
  const bom = bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
  const body = bom ? bytes.subarray(3) : bytes;

  const nul = body.indexOf(0);
  if (nul !== -1) return { ok: false, reason: 'binary', ...bytePosition(body, nul), byteOffset: nul + (bom ? 3 : 0) };

  const invalid = firstInvalidUtf8Byte(body);
  if (invalid !== -1) {
    return { ok: false, reason: 'invalid-utf8', ...bytePosition(body, invalid), byteOffset: invalid + (bom ? 3 : 0) };
  }
  return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body), bom };
}

/**
 * 1-based line and column (in UTF-16 units of the valid prefix) of a byte offset. Lines end at
 * LF, CRLF or a lone CR, as in LineIndex, so the position matches what an editor shows.
 */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}

/**
 * Index of the first byte that does not start or continue a well-formed UTF-8 sequence
 * (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), or -1.
 * TextDecoder's fatal mode only says *that* a file is broken; editors need to know *where*.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f; // nothing above U+10FFFF
    } else {
      return i;
    }
    if (i + need >= n) return i; // truncated at end of file
    const second = bytes[i + 1];
    if (second === undefined || second < min || second > max) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
