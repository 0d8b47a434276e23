/**
 * `--output-file`: the report goes to the named file (its folder made if missing) through
 * write-file.ts, so a device, a symlink or /dev/stdout is written, never replaced; standard
 * output or error named as a path is written through the run's own stream. A failure is one
 * `rnsocial:` line with the path as given and the operating system's reason, exit 2.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/lang.js';
import { writeFailureReason } from './safe-write-reason.js';
import { standardStream, writeFileAtomic } from './write-file.js';

export function writeReport(outputFile: string, text: string, io: { cwd: string; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }, lang: Lang): void {
  const file = path.resolve(io.cwd, outputFile);
  try {
    const stream = standardStream(file);
    if (stream) {
      (stream === 1 ? io.stdout : io.stderr).write(text);
      return;
    }
    // `-o reports/rnsocial.json` into a folder that is not there yet: make it.
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileAtomic(file, text);
  } catch (error) {
    const reason = writeFailureReason(error, lang);
    throw new UsageError(lang === 'da' ? `kan ikke skrive rapporten til ${outputFile}: ${reason}` : `cannot write the report to ${outputFile}: ${reason}`);
  }
}
