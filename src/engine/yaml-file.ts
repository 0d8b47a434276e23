/**
 * Read a YAML file of the built-in rules (a pack or a word list) fast.
 *
 * Parsing YAML is most of rnsocial's start-up. `npm run build` stores every built-in YAML file,
 * already parsed, in `dist/rules.snapshot.json` with the SHA-1 of its text. A file whose text
 * still has that hash is taken from the snapshot; an edited file (a communication employee
 * adding a word) is parsed again, so edits work without a rebuild.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const SNAPSHOT_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../rules.snapshot.json');

export interface Snapshot {
  files: Record<string, { sha1: string; data: unknown }>;
}

let snapshot: Snapshot | null | undefined;

function loadSnapshot(): Snapshot | null {
  if (snapshot === undefined) {
    try {
      snapshot = existsSync(SNAPSHOT_FILE) ? (JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as Snapshot) : null;
    } catch {
      snapshot = null; // a broken snapshot only costs speed
    }
  }
  return snapshot;
}

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Parsed YAML of `file`; throws the YAML parser's error for invalid YAML. */
export function readYaml(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const cached = loadSnapshot()?.files[snapshotKey(file)];
  if (cached && cached.sha1 === sha1(text)) return cached.data;
  return parse(text);
}

/** Files are keyed by their path from the package root (`rules/common.yml`). */
export function snapshotKey(file: string): string {
  return path.relative(path.resolve(path.dirname(SNAPSHOT_FILE), '..'), file).split(path.sep).join('/');
}
