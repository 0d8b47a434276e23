/**
 * `--baseline <file>` and `--update-baseline`: accept today's problems, fail only on new ones
 * (like ESLint's bulk suppressions).
 *
 * A message's fingerprint does not depend on its line: the draft's path relative to the working
 * folder, the rule, the message text, and which occurrence of that (rule, message) in the draft
 * it is (as SARIF's `partialFingerprints` in src/formatters/sarif.ts). The file stores, per path,
 * rule and message, how many occurrences there are; occurrences 1…n are in the baseline:
 *
 *   { "version": 1, "lang": "da", "files": { "udkast/a.md": { "tone/officialese": { "<message>": 1 } } } }
 *
 * Keys are sorted, so the file diffs well. The message text is in the run's language, so the
 * baseline records it and a run in the other language is a usage error.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/lang.js';
import { summarise, type LintResult, type SuppressedMessage } from '../core/results.js';
import { writeFileAtomic } from './write-file.js';

export const DEFAULT_BASELINE = '.rnsocial-baseline.json';

/** path → rule → message → occurrences. */
export type BaselineFiles = Record<string, Record<string, Record<string, number>>>;

export interface Baseline {
  version: 1;
  lang: Lang;
  files: BaselineFiles;
}

/** The baseline for these results: every message, sorted. */
export function makeBaseline(results: readonly LintResult[], cwd: string, lang: Lang): Baseline {
  const counts = new Map<string, Map<string, Map<string, number>>>();
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const rel = relativePath(result.filePath, cwd);
    const rules = counts.get(rel) ?? new Map<string, Map<string, number>>();
    counts.set(rel, rules);
    for (const m of result.messages) {
      const messages = rules.get(m.ruleId) ?? new Map<string, number>();
      rules.set(m.ruleId, messages);
      messages.set(m.message, (messages.get(m.message) ?? 0) + 1);
    }
  }
  const files: BaselineFiles = {};
  for (const rel of [...counts.keys()].sort()) {
    const rules = counts.get(rel)!;
    const byRule: Record<string, Record<string, number>> = {};
    for (const rule of [...rules.keys()].sort()) {
      const messages = rules.get(rule)!;
      byRule[rule] = Object.fromEntries([...messages.keys()].sort().map((m) => [m, messages.get(m)!]));
    }
    files[rel] = byRule;
  }
  return { version: 1, lang, files };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

export function readBaseline(file: string, lang: Lang, shown: string): Baseline {
  if (!existsSync(file)) throw new UsageError(`no baseline file ${shown}: write it with --update-baseline --baseline ${shown}`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`the baseline file ${shown} is not valid JSON: ${(error as Error).message}`);
  }
  const baseline = data as Partial<Baseline>;
  if (typeof data !== 'object' || data === null || baseline.version !== 1 || typeof baseline.files !== 'object' || baseline.files === null) {
    throw new UsageError(`the baseline file ${shown} is not an rnsocial baseline (version 1): write it again with --update-baseline`);
  }
  if (baseline.lang !== undefined && baseline.lang !== lang) {
    throw new UsageError(`the baseline file ${shown} holds messages in "${baseline.lang}": run with --lang ${baseline.lang}, or write it again with --update-baseline`);
  }
  return { version: 1, lang: baseline.lang ?? lang, files: baseline.files };
}

/** Messages in the baseline move to `suppressedMessages` (kind 'baseline'); counts follow the rest. */
export function applyBaseline(result: LintResult, baseline: Baseline, cwd: string): LintResult {
  const known = baseline.files[relativePath(result.filePath, cwd)];
  if (!known || result.messages.length === 0) return result;
  const seen = new Map<string, number>();
  const kept: LintResult['messages'] = [];
  const suppressed: SuppressedMessage[] = [];
  for (const m of result.messages) {
    const key = `${m.ruleId}\0${m.message}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const allowed = known[m.ruleId]?.[m.message];
    if (typeof allowed === 'number' && occurrence <= allowed) suppressed.push({ ...m, suppressions: [{ kind: 'baseline', justification: 'baseline' }] });
    else kept.push(m);
  }
  if (suppressed.length === 0) return result;
  const next = summarise(result.filePath, kept, result.platforms, [...(result.suppressedMessages ?? []), ...suppressed]);
  return result.output !== undefined ? { ...next, output: result.output } : next;
}

/** The draft's path relative to the working folder, with forward slashes. */
function relativePath(file: string, cwd: string): string {
  return (path.relative(cwd, file) || path.basename(file)).split(path.sep).join('/');
}

/**
 * The run's side of `--baseline` / `--update-baseline`: with --update-baseline, write the
 * results' messages to the file first (then none of them is new); apply the baseline.
 */
export function useBaseline(
  results: readonly LintResult[],
  options: { baseline?: string; updateBaseline?: boolean },
  io: { cwd: string; stderr: NodeJS.WriteStream },
  lang: Lang,
): LintResult[] {
  const shown = options.baseline ?? DEFAULT_BASELINE;
  const file = path.resolve(io.cwd, shown);
  let baseline: Baseline;
  if (options.updateBaseline) {
    baseline = makeBaseline(results, io.cwd, lang);
    writeBaseline(file, baseline);
    const problems = results.reduce((n, r) => n + r.messages.length, 0);
    const drafts = Object.keys(baseline.files).length;
    io.stderr.write(
      lang === 'da'
        ? `rnsocial: ${problems} ${problems === 1 ? 'problem' : 'problemer'} i ${drafts} udkast skrevet til ${shown}\n`
        : `rnsocial: ${problems} ${problems === 1 ? 'problem' : 'problems'} in ${drafts} ${drafts === 1 ? 'draft' : 'drafts'} written to ${shown}\n`,
    );
  } else {
    baseline = readBaseline(file, lang, shown);
  }
  return results.map((r) => applyBaseline(r, baseline, io.cwd));
}
