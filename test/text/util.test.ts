import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstAtLeast, firstEndingAfter, firstIndex, firstStartingFrom, sortedIndex } from '../../src/text/sorted-index.js';
import { stripDot } from '../../src/text/strip-dot.js';

describe('sortedIndex', () => {
  const ranges = [
    { start: 0, end: 5 },
    { start: 6, end: 10 },
    { start: 12, end: 20 },
  ];
  it('finds the first range ending after an offset', () => {
    expect([0, 4, 5, 9, 10, 11, 19, 20, 99].map((o) => firstEndingAfter(ranges, o))).toEqual([0, 0, 1, 1, 2, 2, 2, 3, 3]);
    expect(firstEndingAfter([], 3)).toBe(0);
  });
  it('works with any key', () => {
    expect(sortedIndex([1, 3, 3, 7], 3, (n) => n)).toBe(3);
    expect(sortedIndex([1, 3, 3, 7], 0, (n) => n)).toBe(0);
  });
  it('finds the first key at or above a value, and the first range starting at an offset', () => {
    expect([0, 1, 2, 3, 4, 7, 8].map((v) => firstAtLeast([1, 3, 3, 7], v, (n) => n))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect([0, 1, 6, 7, 12, 13].map((o) => firstStartingFrom(ranges, o))).toEqual([0, 1, 1, 2, 2, 3]);
    expect(firstStartingFrom([], 3)).toBe(0);
  });
  it('searches a monotone test over an interval', () => {
    expect(firstIndex(0, 100, (i) => i * i >= 50)).toBe(8);
    expect(firstIndex(5, 10, () => true)).toBe(5);
    expect(firstIndex(5, 10, () => false)).toBe(10);
    expect(firstIndex(3, 3, () => true)).toBe(3);
  });
});

describe('stripDot', () => {
  it('drops one trailing full stop, never a lone one', () => {
    expect(['kl.', 'A.', 'bl.a.', 'samt', '.', '', 'f.eks..'].map(stripDot)).toEqual(['kl', 'A', 'bl.a', 'samt', '.', '', 'f.eks.']);
  });
});

describe('src/text is a leaf layer', () => {
  it('imports only its own modules and node built-ins', () => {
    const dir = fileURLToPath(new URL('../../src/text/', import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(dir + file, 'utf8');
      const specifiers = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+['"]([^'"]+)['"]/g), ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
        (m) => m[1]!,
      );
      for (const specifier of specifiers) {
        expect(specifier.startsWith('node:') || /^\.\/[\w-]+\.js$/.test(specifier), `${file} imports ${specifier}`).toBe(true);
      }
    }
  });
});
