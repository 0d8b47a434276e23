import { describe, it, expect } from 'vitest';
import { decodeSource, firstInvalidUtf8Byte } from '../../src/draft/source.js';
import { parseDraft } from '../../src/draft/draft.js';

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
/** Concatenate text (as UTF-8) and raw byte arrays. */
const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? utf8(p) : p)));

describe('firstInvalidUtf8Byte', () => {
  it('accepts empty input and ASCII', () => {
    expect(firstInvalidUtf8Byte(new Uint8Array())).toBe(-1);
    expect(firstInvalidUtf8Byte(bytes('Hej Nordjylland!\n'))).toBe(-1);
  });

  it('accepts Danish letters, emoji and every sequence length', () => {
    expect(firstInvalidUtf8Byte(bytes('æøå ÆØÅ é € 😀 𝄞'))).toBe(-1);
    // boundaries: U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF
    expect(firstInvalidUtf8Byte(bytes('\u0080\u07ff\u0800\ud7ff\ue000\uffff\u{10000}\u{10ffff}'))).toBe(-1);
  });

  it('rejects overlong encodings', () => {
    expect(firstInvalidUtf8Byte(bytes('ab', [0xc0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8Byte(bytes([0xc1, 0xbf]))).toBe(0);
    expect(firstInvalidUtf8Byte(bytes('x', [0xe0, 0x80, 0x80]))).toBe(1); // overlong 3-byte
    expect(firstInvalidUtf8Byte(bytes([0xe0, 0x9f, 0xbf]))).toBe(0);
    expect(firstInvalidUtf8Byte(bytes([0xf0, 0x8f, 0xbf, 0xbf]))).toBe(0); // overlong 4-byte
  });

  it('rejects UTF-16 surrogates', () => {
    expect(firstInvalidUtf8Byte(bytes('ok ', [0xed, 0xa0, 0x80]))).toBe(3);
    expect(firstInvalidUtf8Byte(bytes([0xed, 0xbf, 0xbf]))).toBe(0);
    expect(firstInvalidUtf8Byte(bytes([0xed, 0x9f, 0xbf]))).toBe(-1); // U+D7FF is fine
  });

  it('rejects code points above U+10FFFF and bytes F5–FF', () => {
    expect(firstInvalidUtf8Byte(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8Byte(bytes([0xf4, 0x8f, 0xbf, 0xbf]))).toBe(-1);
    for (const b of [0xf5, 0xf8, 0xfe, 0xff]) expect(firstInvalidUtf8Byte(bytes('a', [b, 0x80, 0x80, 0x80]))).toBe(1);
  });

  it('rejects sequences truncated at the end of the file', () => {
    expect(firstInvalidUtf8Byte(bytes('æ', [0xc3]))).toBe(2);
    expect(firstInvalidUtf8Byte(bytes('a', [0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8Byte(bytes('a', [0xf0, 0x9f, 0x98]))).toBe(1);
    expect(firstInvalidUtf8Byte(bytes([0xf0]))).toBe(0);
  });

  it('rejects sequences cut short by an ASCII byte', () => {
    expect(firstInvalidUtf8Byte(bytes([0xc3, 0x41]))).toBe(0);
    expect(firstInvalidUtf8Byte(bytes([0xe2, 0x82, 0x41]))).toBe(0);
    expect(firstInvalidUtf8Byte(bytes([0xf0, 0x9f, 0x98, 0x0a]))).toBe(0);
  });

  it('rejects lone continuation bytes', () => {
    expect(firstInvalidUtf8Byte(bytes([0x80]))).toBe(0);
    expect(firstInvalidUtf8Byte(bytes('abc', [0xbf], 'd'))).toBe(3);
    expect(firstInvalidUtf8Byte(bytes('æ', [0xa6]))).toBe(2); // one continuation too many
  });

  it('finds a Latin-1 ø (0xF8)', () => {
    expect(firstInvalidUtf8Byte(bytes('K', [0xf8], 'benhavn'))).toBe(1);
  });

  it('agrees with a fatal TextDecoder on what is valid', () => {
    const samples = [bytes('æøå'), bytes([0xc0, 0x80]), bytes([0xed, 0xa0, 0x80]), bytes([0xf4, 0x90, 0x80, 0x80]), bytes([0xe2, 0x82])];
    for (const sample of samples) {
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(sample);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8Byte(sample) === -1).toBe(valid);
    }
  });
});

describe('decodeSource', () => {
  it('decodes ASCII and Danish text', () => {
    expect(decodeSource(bytes('Hej'))).toEqual({ ok: true, text: 'Hej', bom: false });
    expect(decodeSource(bytes('Rødgrød med fløde på Ærø'))).toEqual({ ok: true, text: 'Rødgrød med fløde på Ærø', bom: false });
  });

  it('removes a UTF-8 BOM and says it was there', () => {
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf], 'Hej'))).toEqual({ ok: true, text: 'Hej', bom: true });
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf]))).toEqual({ ok: true, text: '', bom: true });
    // only one BOM is removed; a second is text
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'x'))).toEqual({ ok: true, text: '\ufeffx', bom: true });
  });

  it('keeps CRLF and lone CR line ends as they are', () => {
    expect(decodeSource(bytes('a\r\nb\rc\n'))).toEqual({ ok: true, text: 'a\r\nb\rc\n', bom: false });
  });

  it('decodes an empty file', () => {
    expect(decodeSource(new Uint8Array())).toEqual({ ok: true, text: '', bom: false });
  });

  it('reports a NUL byte as binary, before any UTF-8 problem', () => {
    expect(decodeSource(bytes('ab\ncd', [0x00]))).toEqual({ ok: false, reason: 'binary', line: 2, column: 3, byteOffset: 5 });
    expect(decodeSource(bytes([0xff], 'x', [0x00]))).toMatchObject({ ok: false, reason: 'binary', byteOffset: 2 });
    expect(decodeSource(bytes([0x00]))).toEqual({ ok: false, reason: 'binary', line: 1, column: 1, byteOffset: 0 });
  });

  it('gives the line and column of the first bad byte', () => {
    expect(decodeSource(bytes('Hej\nK', [0xf8], 'benhavn'))).toEqual({ ok: false, reason: 'invalid-utf8', line: 2, column: 2, byteOffset: 5 });
    expect(decodeSource(bytes([0xc0, 0x80]))).toEqual({ ok: false, reason: 'invalid-utf8', line: 1, column: 1, byteOffset: 0 });
  });

  it('counts columns in characters (UTF-16 units) of the valid prefix, not bytes', () => {
    // "æøå" is 6 bytes but 3 characters
    expect(decodeSource(bytes('linje\næøå', [0xff]))).toMatchObject({ line: 2, column: 4, byteOffset: 12 });
    // an emoji is two UTF-16 units, as an editor (and LineIndex) counts it
    expect(decodeSource(bytes('😀', [0xff]))).toMatchObject({ line: 1, column: 3, byteOffset: 4 });
  });

  it('counts CRLF and lone CR as one line end each, like LineIndex', () => {
    expect(decodeSource(bytes('a\r\nb\r\nc', [0xff]))).toMatchObject({ line: 3, column: 2 });
    expect(decodeSource(bytes('ab\rcd\r', [0xff]))).toMatchObject({ line: 3, column: 1 });
    expect(decodeSource(bytes('ab\rcd', [0xff]))).toMatchObject({ line: 2, column: 3 });
    expect(decodeSource(bytes('ab\r\n', [0xff]))).toMatchObject({ line: 2, column: 1 });
  });

  it('counts the BOM in byteOffset but not in the column', () => {
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf], 'æø\nå', [0xf8]))).toEqual({ ok: false, reason: 'invalid-utf8', line: 2, column: 2, byteOffset: 10 });
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf], 'ab', [0x00]))).toEqual({ ok: false, reason: 'binary', line: 1, column: 3, byteOffset: 5 });
  });

  it('reports a sequence truncated at the end of the file', () => {
    expect(decodeSource(bytes('Hej ', [0xe2, 0x82]))).toMatchObject({ ok: false, reason: 'invalid-utf8', line: 1, column: 5, byteOffset: 4 });
  });
});

describe('parseDraft with bytes that are not UTF-8', () => {
  it('makes an unreadable draft with one draft/encoding problem at the bad byte', () => {
    const draft = parseDraft(bytes('---\nplatform: facebook\n---\nK', [0xf8], 'benhavn\n'), 'x.md');
    expect(draft.readable).toBe(false);
    expect(draft.text).toBe('');
    expect(draft.problems).toEqual([
      { kind: 'encoding', code: 'invalidUtf8', data: { line: 4, column: 2, byte: 28 }, start: 0, end: 0, position: { line: 4, column: 2 } },
    ]);
  });

  it('uses the binary message for NUL bytes', () => {
    const draft = parseDraft(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'x.md');
    expect(draft.problems[0]).toMatchObject({ kind: 'encoding', code: 'binary' });
  });

  it('names UTF-16 and UTF-32 by their byte order mark instead of calling the file binary', () => {
    const text = '---\nplatform: facebook\n---\nVi har åbent i dag.\n';
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf16be = Buffer.from(utf16le.subarray(2)).swap16();
    expect(parseDraft(utf16le, 'x.md').problems).toEqual([
      { kind: 'encoding', code: 'otherEncoding', data: { encoding: 'UTF-16 LE' }, start: 0, end: 0, position: { line: 1, column: 1 } },
    ]);
    expect(parseDraft(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]), 'x.md').problems[0]).toMatchObject({ code: 'otherEncoding', data: { encoding: 'UTF-16 BE' } });
    expect(parseDraft(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x48, 0, 0, 0]), 'x.md').problems[0]).toMatchObject({ data: { encoding: 'UTF-32 LE' } });
    expect(parseDraft(new Uint8Array([0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x48]), 'x.md').problems[0]).toMatchObject({ data: { encoding: 'UTF-32 BE' } });
  });

  it('keeps the BOM flag of a readable draft', () => {
    const draft = parseDraft(bytes([0xef, 0xbb, 0xbf], '---\nplatform: facebook\n---\nHej\n'), 'x.md');
    expect(draft.readable).toBe(true);
    expect(draft.bom).toBe(true);
    expect(draft.text.startsWith('---')).toBe(true);
  });
});
