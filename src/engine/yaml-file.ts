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
import { parseDocument, type YAMLError } from 'yaml';

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

/** Parsed YAML of `file`; throws a YamlProblem for invalid YAML, and for YAML that only parses with a warning. */
export function readYaml(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const cached = loadSnapshot()?.files[snapshotKey(file)];
  if (cached && cached.sha1 === sha1(text)) return cached.data;
  return parseYaml(text);
}

/**
 * A problem in a YAML file, as `line:column: what`. Warnings count: `yaml`'s parse() would print
 * them as Node process warnings (an unknown tag such as `!!js/function` becomes a plain string)
 * and carry on; in a rules file that is a mistake to fix, reported with the file like any other.
 */
export class YamlProblem extends Error {
  constructor(problem: YAMLError) {
    const [start] = problem.linePos ?? [];
    // The parser's message ends in " at line 3, column 12:" and a code frame; the position goes in front instead.
    const what = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    super(start ? `${start.line}:${start.col}: ${what}` : what);
    this.name = 'YamlProblem';
  }
}

/** Parsed YAML text; throws a YamlProblem for its first error, or else its first warning. */
export function parseYaml(text: string): unknown {
  const doc = parseDocument(text);
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new YamlProblem(problem);
  return doc.toJS();
}

/** Files are keyed by their path from the package root (`rules/common.yml`). */
export function snapshotKey(file: string): string {
  return path.relative(path.resolve(path.dirname(SNAPSHOT_FILE), '..'), file).split(path.sep).join('/');
}
