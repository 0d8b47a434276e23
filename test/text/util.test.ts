import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/text/escape.js';
import { firstEndingAfter, sortedIndex } from '../../src/text/sorted-index.js';

describe('escapeRegExp', () => {
  it('makes a literal match itself', () => {
    const literal = 'kr. (inkl. moms) [ca.] 1+1=2? a|b ^$ \\ /';
    expect(new RegExp(escapeRegExp(literal), 'u').exec(`pris: ${literal}!`)?.[0]).toBe(literal);
    expect(escapeRegExp('hjerte-kar')).toBe('hjerte-kar');
  });
});

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
