/**
 * What must hold for every draft, whatever its bytes: linting never throws; every position is in
 * the file and inside its line (column ≤ line length + 1), end not before start; fixes lie inside
 * the text and never overlap; fixing keeps the BOM and every kind of line end, and is idempotent:
 * linting the fixed text with fixing changes nothing more. Returns the violations, empty when none.
 */
import path from 'node:path';
import type { LintMessage } from '../../src/core/results.js';
import type { Project } from '../../src/engine/project.js';
import { ROOT } from '../support/lint.js';

const FILE = path.join(ROOT, 'fuzz-draft.md');

const lineLengths = (text: string): number[] => text.split(/\r\n|\r|\n/).map((l) => l.length);

const lineEnds = (text: string): string =>
  JSON.stringify({ crlf: text.match(/\r\n/g)?.length ?? 0, lf: text.match(/(?<!\r)\n/g)?.length ?? 0, cr: text.match(/\r(?!\n)/g)?.length ?? 0 });

export function positionViolations(text: string, messages: readonly LintMessage[], where: string): string[] {
  const out: string[] = [];
  const lengths = lineLengths(text);
  for (const m of messages) {
    const id = `${where}: ${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
    if (![m.line, m.column, m.endLine, m.endColumn].every(Number.isInteger)) out.push(`${id} not integers`);
    else if (m.line < 1 || m.endLine > lengths.length || m.endLine < m.line) out.push(`${id} outside the ${lengths.length} lines`);
    else {
      if (m.column < 1 || m.column > lengths[m.line - 1]! + 1) out.push(`${id} column past line length ${lengths[m.line - 1]}`);
      if (m.endColumn < 1 || m.endColumn > lengths[m.endLine - 1]! + 1) out.push(`${id} endColumn past line length ${lengths[m.endLine - 1]}`);
      if (m.endLine === m.line && m.endColumn < m.column) out.push(`${id} ends before it starts`);
    }
    if (!m.message.trim()) out.push(`${id} empty message`);
    if (m.fix) {
      const [s, e] = m.fix.range;
      if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e >= s && e <= text.length)) out.push(`${id} fix range ${s},${e} outside ${text.length}`);
    }
  }
  const fixes = messages.flatMap((m) => (m.fix ? [{ range: m.fix.range, id: m.ruleId }] : [])).sort((a, b) => a.range[0] - b.range[0]);
  for (let i = 1; i < fixes.length; i++) {
    if (fixes[i]!.range[0] < fixes[i - 1]!.range[1]) out.push(`${where}: fixes overlap: ${fixes[i - 1]!.id} ${fixes[i - 1]!.range} / ${fixes[i]!.id} ${fixes[i]!.range}`);
  }
  return out;
}

export function draftViolations(project: Project, bytes: Uint8Array): string[] {
  const out: string[] = [];
  const attempt = <T>(what: string, run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      out.push(`${what} threw: ${(error as Error).stack?.split('\n').slice(0, 4).join(' | ')}`);
      return undefined;
    }
  };
  const linted = attempt('lint', () => project.lintBytes(bytes, FILE, false));
  if (!linted) return out;
  if (linted.draft.readable) out.push(...positionViolations(linted.draft.text, linted.result.messages, 'lint'));
  else if (!linted.result.messages.every((m) => m.ruleId.startsWith('draft/'))) out.push('an unreadable draft got more than draft/* messages');

  const fixed = attempt('fix', () => project.lintBytes(bytes, FILE, true));
  if (!fixed || fixed.output === undefined) return out;
  out.push(...positionViolations(fixed.draft.text, fixed.result.messages, 'after fix'));
  const before = (linted.draft.bom ? '\ufeff' : '') + linted.draft.text;
  if (before.startsWith('\ufeff') !== fixed.output.startsWith('\ufeff')) out.push('fix changed the BOM');
  if (lineEnds(before) !== lineEnds(fixed.output)) out.push(`fix changed line ends: ${lineEnds(before)} -> ${lineEnds(fixed.output)}`);
  const again = attempt('second fix', () => project.lintBytes(new Uint8Array(Buffer.from(fixed.output!, 'utf8')), FILE, true));
  if (again?.output !== undefined && again.output !== fixed.output) {
    out.push(`fix not idempotent: ${JSON.stringify(fixed.output.slice(0, 200))} -> ${JSON.stringify(again.output.slice(0, 200))}`);
  }
  return out;
}
