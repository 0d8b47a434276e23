/** `rnsocial lint --stdin`: one draft from standard input (an editor's unsaved text), fixed on request. */
import path from 'node:path';
import type { LintResult } from '../core/results.js';
import type { Project } from '../engine/project.js';
import { onOriginalLines } from './fix-report.js';
import type { LintOptions, RunIO } from './lint-options.js';

/**
 * With --fix the fixed text (or the text as it came) goes to standard output and the result
 * describes it; otherwise a fixed text is `output` and messages stay on the lines as sent.
 * `originals` receives the text as sent, for --fix-dry-run's diff.
 */
export async function lintStdin(project: Project, options: LintOptions, io: RunIO, fixed: Map<string, number>, originals: Map<string, string>): Promise<LintResult> {
  const filePath = path.resolve(io.cwd, options.stdinFilename ?? '<text>');
  const input = await io.readStdin();
  const outcome = project.lintBytes(input, filePath, options.fix || options.fixDryRun);
  if (outcome.fixes) fixed.set(filePath, outcome.fixes);
  if (options.fix) {
    // The fixed text (or the text as it came, when nothing was fixed) is the output; the report describes it.
    io.stdout.write(outcome.output ?? Buffer.from(input).toString('utf8'));
    return outcome.result;
  }
  if (outcome.output !== undefined) {
    const original = Buffer.from(input).toString('utf8');
    originals.set(filePath, original);
    return { ...onOriginalLines(outcome.result, original, outcome.output), output: outcome.output };
  }
  return outcome.result;
}
