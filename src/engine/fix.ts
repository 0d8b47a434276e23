/**
 * Apply fixes to a text: sorted by position, and a fix that overlaps one already taken waits
 * for the next pass (as in ESLint), so no two edits ever fight over the same characters.
 */
import type { Fix } from '../core/results.js';

export function applyFixes(text: string, fixes: readonly Fix[]): { output: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let at = 0;
  let applied = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < at || end < start || end > text.length) continue;
    output += text.slice(at, start) + fix.text;
    at = end;
    applied++;
  }
  return { output: output + text.slice(at), applied };
}
