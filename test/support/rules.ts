/** The built-in packs read as data (rules/*.yml), without the engine: rule ids and their entries. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './lint.js';

/** One pack's entry for a rule: a definition (with `check`) or a platform pack's change. */
export type PackEntry = Record<string, unknown> & { check?: string; source?: string };

/** Every rule id the built-in packs define or change, with the entries of each pack (file name → entry). */
export function packRules(): Map<string, Map<string, PackEntry>> {
  const rules = new Map<string, Map<string, PackEntry>>();
  const dir = path.join(ROOT, 'rules');
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const pack = parse(readFileSync(path.join(dir, file), 'utf8')) as { rules?: Record<string, PackEntry | null> } | null;
    for (const [id, entry] of Object.entries(pack?.rules ?? {})) {
      if (!rules.has(id)) rules.set(id, new Map());
      rules.get(id)!.set(file, entry ?? {});
    }
  }
  return rules;
}

/**
 * Rules about the file on disk that only `--fix` meets (a read-only or hard-linked draft, one
 * changed while it was fixed): no text triggers them, so they have no fixtures and their doc
 * examples are not linted; test/cli/safe-write.test.ts and test/e2e/safe-write.test.ts cover them.
 */
export const FILE_SYSTEM_RULES: readonly string[] = ['draft/not-writable'];

/** Every rule id of the built-in packs, sorted. */
export function packRuleIds(): string[] {
  return [...packRules().keys()].sort();
}
