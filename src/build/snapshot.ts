/**
 * Build step: parse every built-in YAML file under rules/ once and store the result with its
 * hash in dist/rules.snapshot.json (see src/engine/yaml-file.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { BUILTIN_RULES_DIR } from '../engine/compile.js';
import { sha1, SNAPSHOT_FILE, snapshotKey, type Snapshot } from '../engine/yaml-file.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

const snapshot: Snapshot = { files: {} };
for (const file of yamlFiles(BUILTIN_RULES_DIR).sort()) {
  const text = readFileSync(file, 'utf8');
  snapshot.files[snapshotKey(file)] = { sha1: sha1(text), data: parse(text) };
}
writeFileSync(SNAPSHOT_FILE, JSON.stringify(snapshot));
console.log(`rnsocial build: ${Object.keys(snapshot.files).length} YAML files → ${path.relative(process.cwd(), SNAPSHOT_FILE)}`);
