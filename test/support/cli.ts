/** Spawn the real CLI (bin/rnsocial.js → dist/), as users and CI do. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './lint.js';

export const BIN = path.join(ROOT, 'bin/rnsocial.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function rnsocial(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: cleanEnv(options.env),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** A temporary folder with the given files (text or bytes). */
export function tempProject(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rnsocial-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

export const GOOD = `---
platform: facebook
page: Aalborg Universitetshospital
---
Vi har åbent hus på lørdag. Kom og se, hvordan vi arbejder.
`;

/** One fixable warning (tone/officialese: »Vedrørende« → »Om«), and the text --fix makes of it. */
export const FIXABLE = `---
platform: facebook
page: Aalborg Universitetshospital
---
Vedrørende blodbussen: kig forbi.
`;
export const FIXED = FIXABLE.replace('Vedrørende', 'Om');

/** The test's environment without colour settings, plus what a test sets. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  return { ...env, ...extra };
}

/** A user pack with one rule, egen/ord, that reports the words of `ord.yml` beside it with this Danish message. */
export function ownWordsPack(message = 'Undgå'): string {
  return [
    'rules:',
    '  egen/ord:',
    '    check: existence',
    '    severity: error',
    '    source: Redaktionens egen ordliste',
    '    description: {da: Egne ord, en: Own words}',
    `    message: {da: "${message} »{match}«.", en: "Avoid »{match}«."}`,
    '    options:',
    '      lexicon: ord.yml',
    '',
  ].join('\n');
}
