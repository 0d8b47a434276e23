/**
 * The folders of src/ are layers that import one way only (CONTRIBUTING.md, "Where things live"):
 *
 *   core ← text ← draft ← checks ← engine ← cli        config ← cli      formatters ← cli
 *   engine, config ← lsp ← cli (the language server: the engine without the command line)
 *   engine ← preview ← cli (how a draft looks when posted; formatters see only its data in core)
 *
 * `core` holds the shared vocabulary and imports nothing; `text` (Danish language) only core;
 * formatters see results (core) only; `build` holds build steps and may use anything.
 * A test, so that a new import that points upward (or closes a cycle) fails CI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/lint.js';

const SRC = path.join(ROOT, 'src');

/** What each folder may import besides itself. */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  text: ['core'],
  draft: ['core', 'text'],
  checks: ['core', 'text', 'draft'],
  engine: ['core', 'text', 'draft', 'checks'],
  config: ['core'],
  formatters: ['core'],
  lsp: ['core', 'text', 'draft', 'engine', 'config'],
  preview: ['core', 'text', 'draft', 'checks', 'engine'],
  cli: ['core', 'text', 'draft', 'checks', 'engine', 'config', 'formatters', 'lsp', 'preview'],
  build: ['core', 'text', 'draft', 'checks', 'engine', 'config', 'formatters', 'lsp', 'preview', 'cli'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(file) : entry.name.endsWith('.ts') ? [file] : [];
  });
}

/** Relative imports of a file (static, type-only and dynamic), as folders of src/. */
function importedFolders(file: string): Array<{ folder: string; specifier: string }> {
  const text = readFileSync(file, 'utf8');
  const out: Array<{ folder: string; specifier: string }> = [];
  for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g)) {
    const target = path.resolve(path.dirname(file), m[2]!);
    const relative = path.relative(SRC, target);
    if (relative.startsWith('..')) continue; // package.json, schema/: data, not code
    out.push({ folder: relative.split(path.sep)[0]!, specifier: m[2]! });
  }
  return out;
}

const files = sourceFiles(SRC);
const folderOf = (file: string): string => path.relative(SRC, file).split(path.sep)[0]!;

describe('src/ layers', () => {
  it('every folder of src/ has a place in the layer table', () => {
    const folders = new Set(files.map(folderOf).filter((f) => !f.endsWith('.ts')));
    expect([...folders].filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it('no file imports a folder above its own', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      for (const { folder, specifier } of importedFolders(file)) {
        if (folder !== from && !(ALLOWED[from] ?? []).includes(folder)) upward.push(`${path.relative(ROOT, file)} imports ${specifier} (${from} → ${folder})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('the folders import each other without a cycle', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of files) {
      const from = folderOf(file);
      for (const { folder } of importedFolders(file)) if (folder !== from) (edges.get(from) ?? edges.set(from, new Set()).get(from)!).add(folder);
    }
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]): void => {
      if (trail.includes(node)) {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
        return;
      }
      for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    };
    for (const node of edges.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('the table itself has no cycle, so the check above can fail only on the code', () => {
    for (const [folder, allowed] of Object.entries(ALLOWED)) for (const other of allowed) expect(ALLOWED[other], `${folder} → ${other}`).not.toContain(folder);
  });
});
