/**
 * What fixing did or would do: a line-based unified diff (`--fix-dry-run`), the summary on
 * standard error (`--fix`: »2 rettelser i 2 filer«), and moving the positions of the problems
 * left in a fixed text back to the text on disk, so a dry run points at lines the user can see.
 */
import path from 'node:path';
import type { Lang } from '../core/lang.js';
import type { LintResult } from '../core/results.js';

/** The lines of a text, each without its line ending (CRLF or LF). */
function lines(text: string): string[] {
  const all = text.split(/\r?\n/);
  if (all.length > 1 && all[all.length - 1] === '') all.pop();
  return all;
}

type Op = { kind: 'same' | 'del' | 'add'; a: number; b: number };

/** A shortest edit script by LCS over lines (drafts are short: quadratic is fine). */
function editScript(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ kind: 'same', a: i++, b: j++ });
    else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ kind: 'del', a: i++, b: j });
    else ops.push({ kind: 'add', a: i, b: j++ });
  }
  return ops;
}

/** A unified diff (3 lines of context) from `before` to `after`, with ---/+++ headers; '' when they are equal. */
export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
  const a = lines(before.replace(/^\uFEFF/, ''));
  const b = lines(after.replace(/^\uFEFF/, ''));
  const ops = editScript(a, b);
  const changed = ops.map((op, k) => (op.kind !== 'same' ? k : -1)).filter((k) => k >= 0);
  if (changed.length === 0) return '';
  let out = `--- ${name}\n+++ ${name}\n`;
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - context);
    let end = Math.min(ops.length - 1, changed[k]! + context);
    while (k + 1 < changed.length && changed[k + 1]! - context <= end + 1) {
      k++;
      end = Math.min(ops.length - 1, changed[k]! + context);
    }
    k++;
    const hunk = ops.slice(start, end + 1);
    const aCount = hunk.filter((op) => op.kind !== 'add').length;
    const bCount = hunk.filter((op) => op.kind !== 'del').length;
    const aStart = aCount === 0 ? hunk[0]!.a : hunk[0]!.a + 1;
    const bStart = bCount === 0 ? hunk[0]!.b : hunk[0]!.b + 1;
    out += `@@ -${aStart},${aCount} +${bStart},${bCount} @@\n`;
    for (const op of hunk) out += op.kind === 'same' ? ` ${a[op.a]}\n` : op.kind === 'del' ? `-${a[op.a]}\n` : `+${b[op.b]}\n`;
  }
  return out;
}

/**
 * A function from a 1-based line in `after` to the 1-based line in `before` it came from:
 * unchanged lines map exactly; a line inside a changed block maps to the line at the same
 * offset in the block it replaced (the block's last line when that block is shorter).
 */
export function lineMap(before: string, after: string): (line: number) => number {
  const a = lines(before);
  const b = lines(after);
  const map: number[] = new Array<number>(b.length);
  const ops = editScript(a, b);
  let k = 0;
  while (k < ops.length) {
    const op = ops[k]!;
    if (op.kind === 'same') {
      map[op.b] = op.a + 1;
      k++;
      continue;
    }
    // A changed block: the dels and adds up to the next unchanged line.
    let end = k;
    while (end < ops.length && ops[end]!.kind !== 'same') end++;
    const block = ops.slice(k, end);
    const dels = block.filter((o) => o.kind === 'del').map((o) => o.a);
    const aFirst = dels.length > 0 ? dels[0]! : op.a;
    block
      .filter((o) => o.kind === 'add')
      .forEach((o, offset) => {
        map[o.b] = dels.length > 0 ? Math.min(aFirst + offset, dels[dels.length - 1]!) + 1 : Math.max(1, Math.min(aFirst + 1, a.length));
      });
    k = end;
  }
  return (line) => map[line - 1] ?? Math.min(line, Math.max(1, a.length));
}

/**
 * A dry run's result describes the fixed text; this one describes the problems left in it at
 * their places in the original text (columns are kept, but never past the end of the line).
 * (A fix left after the fix passes still has its range in the fixed text, which JSON's `output` carries.)
 */
export function onOriginalLines(result: LintResult, original: string, output: string): LintResult {
  const before = original.replace(/^\uFEFF/, '');
  const after = output.replace(/^\uFEFF/, '');
  const toBefore = lineMap(before, after);
  const beforeLines = lines(before);
  const afterLines = lines(after);
  const place = (line: number, column: number): [number, number] => {
    const mapped = toBefore(line);
    return [mapped, mapColumn(afterLines[line - 1] ?? '', beforeLines[mapped - 1] ?? '', column)];
  };
  return {
    ...result,
    messages: result.messages.map((m) => {
      const [line, column] = place(m.line, m.column);
      const [endLine, endColumn] = place(m.endLine, m.endColumn);
      return { ...m, line, column, endLine, endColumn };
    }),
  };
}

/**
 * A 1-based column in a changed line to the line it replaced: the same column before the
 * change, the same distance from the end after it, and the change's start inside it.
 */
function mapColumn(now: string, was: string, column: number): number {
  if (now === was) return column;
  let prefix = 0;
  while (prefix < now.length && prefix < was.length && now[prefix] === was[prefix]) prefix++;
  let suffix = 0;
  while (suffix < now.length - prefix && suffix < was.length - prefix && now[now.length - 1 - suffix] === was[was.length - 1 - suffix]) suffix++;
  const at = column - 1;
  if (at < prefix) return column;
  if (at >= now.length - suffix) return Math.max(1, was.length - (now.length - at) + 1);
  return prefix + 1;
}

/** The summary of a fixing run, for standard error: »2 rettelser i 2 filer« / "2 fixes in 2 files". */
export function fixSummary(fixed: ReadonlyMap<string, number>, lang: Lang, cwd: string, perFile: boolean, dryRun = false): string {
  const files = [...fixed.entries()].filter(([, n]) => n > 0);
  const total = files.reduce((sum, [, n]) => sum + n, 0);
  const fixes = (n: number) => (lang === 'da' ? `${n} ${n === 1 ? 'rettelse' : 'rettelser'}` : `${n} ${n === 1 ? 'fix' : 'fixes'}`);
  const inFiles = (n: number) => (lang === 'da' ? `i ${n} ${n === 1 ? 'fil' : 'filer'}` : `in ${n} ${n === 1 ? 'file' : 'files'}`);
  const would = dryRun ? (lang === 'da' ? ' (ikke skrevet: --fix-dry-run)' : ' (not written: --fix-dry-run)') : '';
  let out = `rnsocial: ${fixes(total)} ${inFiles(files.length)}${would}\n`;
  if (perFile) for (const [file, n] of files.sort(([x], [y]) => x.localeCompare(y))) out += `rnsocial:   ${path.relative(cwd, file) || file}: ${fixes(n)}\n`;
  return out;
}
