/**
 * github: GitHub Actions workflow commands, one `::error …::` or `::warning …::` line per message,
 * escaped the way @actions/core escapes them, so each becomes an annotation on the pull request.
 * When $GITHUB_STEP_SUMMARY is set, a Markdown summary of the run is appended to that file too.
 */
import { appendFileSync } from 'node:fs';
import type { LintResult } from '../core/results.js';
import { repoRelative } from './paths.js';
import type { Formatter, FormatterContext } from './types.js';

/** @actions/core `escapeData`: the message after `::`. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @actions/core `escapeProperty`: a `name=value` property; also `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = repoRelative(result.filePath, context.cwd);
    for (const m of result.messages) {
      lines.push(
        workflowCommand(
          m.severity === 2 ? 'error' : 'warning',
          { file, line: m.line, col: m.column, endLine: m.endLine, endColumn: m.endColumn, title: m.ruleId },
          m.message,
        ),
      );
    }
  }
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    try {
      appendFileSync(summaryFile, githubSummary(results, context), 'utf8');
    } catch (error) {
      // The annotations matter more than the summary: say so, and carry on.
      process.stderr.write(`rnsocial: could not write the job summary to ${summaryFile}: ${(error as Error).message}\n`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};

const WORDS = {
  da: {
    title: 'rnsocial',
    clean: (files: number) => `✔ Ingen problemer i ${files} udkast.`,
    total: (p: number, e: number, w: number, f: number) =>
      `✖ ${p} ${p === 1 ? 'problem' : 'problemer'} (${e} fejl, ${w} ${w === 1 ? 'advarsel' : 'advarsler'}) i ${f} udkast.`,
    head: ['Fil', 'Linje', 'Alvor', 'Regel', 'Besked'],
    error: 'fejl',
    warning: 'advarsel',
    more: (n: number) => `… og ${n} til. Se hele rapporten i loggen.`,
    explain: 'Mere om en regel: `rnsocial explain <regel>`.',
  },
  en: {
    title: 'rnsocial',
    clean: (files: number) => `✔ No problems in ${files} ${files === 1 ? 'draft' : 'drafts'}.`,
    total: (p: number, e: number, w: number, f: number) =>
      `✖ ${p} ${p === 1 ? 'problem' : 'problems'} (${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}) in ${f} ${f === 1 ? 'draft' : 'drafts'}.`,
    head: ['File', 'Line', 'Severity', 'Rule', 'Message'],
    error: 'error',
    warning: 'warning',
    more: (n: number) => `… and ${n} more. The log has the whole report.`,
    explain: 'More about a rule: `rnsocial explain <rule>`.',
  },
};

/** Rows beyond this are counted, not listed (a step summary holds at most 1 MiB). */
const MAX_ROWS = 500;

/** A table cell: one line, pipes and HTML neutralised. */
export function markdownCell(value: string): string {
  return value.replace(/\r\n?|\n/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
}

function code(value: string): string {
  return `<code>${markdownCell(value)}</code>`;
}

export function githubSummary(results: readonly LintResult[], { cwd, lang }: Pick<FormatterContext, 'cwd' | 'lang'>): string {
  const w = WORDS[lang];
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const withProblems = results.filter((r) => r.messages.length > 0).length;
  let out = `## ${w.title}\n\n`;
  if (errors + warnings === 0) return `${out}${w.clean(results.length)}\n\n`;
  out += `${w.total(errors + warnings, errors, warnings, withProblems)}\n\n`;
  out += `| ${w.head.join(' | ')} |\n|${w.head.map(() => '---').join('|')}|\n`;
  let rows = 0;
  for (const result of results) {
    const file = repoRelative(result.filePath, cwd);
    for (const m of result.messages) {
      if (rows++ >= MAX_ROWS) continue;
      out += `| ${code(file)} | ${m.line}:${m.column} | ${m.severity === 2 ? w.error : w.warning} | ${code(m.ruleId)} | ${markdownCell(m.message)} |\n`;
    }
  }
  if (rows > MAX_ROWS) out += `\n${w.more(rows - MAX_ROWS)}\n`;
  return `${out}\n${w.explain}\n\n`;
}
