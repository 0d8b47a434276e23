/**
 * A draft whose fixes could not be saved: its result is that of the file as it still is on disk
 * (the text that was read, so its problems and their fixes still show), plus a
 * `draft/not-writable` message saying why and what to do. Such a result describes the file
 * system, not the draft's bytes, so it is never cached.
 */
import type { LintResult } from '../core/results.js';
import type { DraftProblem } from '../draft/problems.js';
import type { Project } from '../engine/project.js';
import { writeFailureReason } from './safe-write-reason.js';
import type { NotWritten } from './safe-write.js';

export const NOT_WRITABLE_RULE = 'draft/not-writable';

export function notWrittenResult(project: Project, file: string, bytes: Uint8Array, why: NotWritten): LintResult {
  const draft = project.parse(bytes, file);
  const problem: DraftProblem = { kind: 'notWritable', code: why.code, data: problemData(why, project), start: 0, end: 0 };
  return project.lintDraft({ ...draft, problems: [...draft.problems, problem] });
}

/** True for a result that says its fixes were not saved. */
export function wasNotWritten(result: LintResult): boolean {
  return result.messages.some((m) => m.ruleId === NOT_WRITABLE_RULE);
}

function problemData(why: NotWritten, project: Project): Record<string, string | number> {
  if (why.code === 'hardLinked') return { links: why.links };
  if (why.code === 'writeFailed') return { reason: writeFailureReason(why.error, project.options.lang) };
  return {};
}
