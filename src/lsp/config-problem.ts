/** Where in a config file an invalid-config message points: the key it names, else the file's start. */
import type { Range } from 'vscode-languageserver';
import { LineIndex } from '../draft/positions.js';

/**
 * The range of the first key the message names (`rules.tone/officialese: must be …` → the
 * `"tone/officialese"` key), found as a JSON or YAML key in the file's text; else 0:0.
 */
export function configProblemRange(configText: string, message: string, configFile: string | undefined): Range {
  const lines = message.split('\n');
  const problems = lines.length > 1 ? lines.slice(1).map((l) => l.trim()) : [configFile && lines[0]!.startsWith(`invalid config ${configFile}: `) ? lines[0]!.slice(`invalid config ${configFile}: `.length) : lines[0]!];
  const index = new LineIndex(configText);
  for (const problem of problems) {
    const keyPath = problem.split(': ')[0]!;
    if (keyPath.includes(' ') || /\.(?:ya?ml|json|m?js)$/.test(keyPath)) continue; // a sentence or another file, not a key
    const key = keyPath.replace(/\[\d+\]/g, '').split('.').filter(Boolean).at(-1);
    if (!key) continue;
    const found = new RegExp(`(["']?)${key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\1[ \\t]*:`).exec(configText);
    if (!found) continue;
    const start = index.position(found.index);
    const end = index.position(found.index + found[1]!.length * 2 + key.length);
    return { start: { line: start.line - 1, character: start.column - 1 }, end: { line: end.line - 1, character: end.column - 1 } };
  }
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
