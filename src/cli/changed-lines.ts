/**
 * `--changed-since <ref>`: which drafts changed since a git ref, and which of their lines.
 *
 * A draft changed when `git diff --name-only <ref>` names it (the working tree against the ref:
 * committed, staged and unstaged changes alike) or when it is untracked (and not git-ignored).
 * Its changed lines are the `+c,d` sides of the hunk headers of `git diff -U0 <ref> -- <file>`.
 * An untracked draft, or one that did not exist at the ref, is changed on every line. Renames
 * are not followed (`--no-renames`): a renamed draft counts as new.
 *
 * Which messages are kept (see `keepChanged`): those that touch a changed line, and every
 * `draft/*` message of a changed draft: those are about the draft as a whole (frontmatter,
 * platform, length), which its change may have caused wherever the edit was.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { summarise, type LintMessage, type LintResult } from '../core/results.js';

/** Inclusive line ranges, 1-based; 'all' for a new or untracked draft. */
export type ChangedLines = 'all' | Array<[number, number]>;

export class ChangedSince {
  /** Real path → changed lines. */
  private readonly files = new Map<string, ChangedLines>();

  constructor(
    readonly ref: string,
    private readonly top: string,
    changed: readonly string[],
    untracked: readonly string[],
  ) {
    for (const rel of untracked) this.files.set(path.join(top, rel), 'all');
    for (const rel of changed) if (!this.files.has(path.join(top, rel))) this.files.set(path.join(top, rel), []);
  }

  /** Whether the draft changed since the ref. */
  has(file: string): boolean {
    return this.files.has(real(file));
  }

  /** The draft's changed lines (computed on first use); undefined when it did not change. */
  lines(file: string): ChangedLines | undefined {
    const key = real(file);
    const known = this.files.get(key);
    if (known === undefined || known === 'all' || known.length > 0) return known;
    const rel = path.relative(this.top, key).split(path.sep).join('/');
    const diff = git(['diff', '-U0', '--no-renames', '--no-color', '--no-ext-diff', '--no-textconv', this.ref, '--', `:(literal)${rel}`], this.top);
    const lines = changedLines(diff);
    this.files.set(key, lines);
    return lines;
  }

  /** The result with only the messages on changed lines (and `draft/*` ones); counts follow. */
  filter(result: LintResult): LintResult {
    const lines = this.lines(result.filePath);
    if (lines === 'all') return result;
    const keep = (m: LintMessage): boolean => keepChanged(m, lines ?? []);
    const kept = summarise(result.filePath, result.messages.filter(keep), result.platforms, (result.suppressedMessages ?? []).filter(keep));
    return result.output !== undefined ? { ...kept, output: result.output } : kept;
  }
}

/** Ask git what changed since `ref` in the repository around `cwd`. Throws UsageError when git fails or the ref is unknown. */
export function changedSince(ref: string, cwd: string): ChangedSince {
  if (ref === '' || ref.startsWith('-')) throw new UsageError(`--changed-since: "${ref}" is not a git ref`);
  const top = real(git(['rev-parse', '--show-toplevel'], cwd, 'needs a git repository').trim());
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    throw new UsageError(`--changed-since: unknown git ref "${ref}" (for a pull request's base branch in CI, fetch the history: fetch-depth: 0)`);
  }
  const changed = git(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', '--no-ext-diff', ref, '--'], top).split('\0').filter((f) => f !== '');
  const untracked = git(['ls-files', '-z', '--others', '--exclude-standard'], top).split('\0').filter((f) => f !== '');
  return new ChangedSince(ref, top, changed, untracked);
}

/** `@@ -a,b +c,d @@` → [c, c+d-1] for each hunk that adds lines (d = 1 when left out; d = 0 deletes only). */
export function changedLines(diff: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    if (count > 0) ranges.push([start, start + count - 1]);
  }
  return ranges;
}

/** A message stays when it is a `draft/*` one (about the whole draft) or any of its lines changed. */
export function keepChanged(m: LintMessage, lines: ChangedLines): boolean {
  if (lines === 'all' || m.ruleId.startsWith('draft/')) return true;
  const first = Math.max(1, m.line || 1);
  const last = Math.max(first, m.endLine || first);
  return lines.some(([start, end]) => start <= last && first <= end);
}

function git(args: string[], cwd: string, what = 'git failed'): string {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const err = error as { code?: string; stderr?: string };
    const detail = err.code === 'ENOENT' ? 'git is not installed (or not on PATH)' : (err.stderr ?? '').trim().split('\n')[0] || (error as Error).message;
    throw new UsageError(`--changed-since ${what}: ${detail}`);
  }
}

function real(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
