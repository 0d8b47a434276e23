/** stylish: ESLint's human format, grouped by file, in Danish unless `--lang en`. */
import path from 'node:path';
import { Chalk } from 'chalk';
import { terminalText } from '../core/terminal-text.js';
import type { Formatter } from './types.js';

const WORDS = {
  da: {
    error: 'fejl',
    warning: 'advarsel',
    problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problemer'}`,
    errors: (n: number) => `${n} fejl`,
    warnings: (n: number) => `${n} ${n === 1 ? 'advarsel' : 'advarsler'}`,
    fixable: (e: string, w: string) => `${e} og ${w} kan rettes automatisk med --fix.`,
  },
  en: {
    error: 'error',
    warning: 'warning',
    problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'}`,
    errors: (n: number) => `${n} ${n === 1 ? 'error' : 'errors'}`,
    warnings: (n: number) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
    fixable: (e: string, w: string) => `${e} and ${w} potentially fixable with the \`--fix\` option.`,
  },
};

export const stylish: Formatter = (results, { cwd, lang, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const w = WORDS[lang];
  let out = '';
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;

  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    const crossPost = result.platforms.length > 1;
    const rows = result.messages.map((m) => {
      const where = `${m.line}:${m.column}`;
      const severity = m.severity === 2 ? c.red(w.error) : c.yellow(w.warning);
      const platforms = crossPost && m.platforms.length > 0 ? c.dim(` [${m.platforms.join(', ')}]`) : '';
      // A message can quote the draft, and the draft can hold control characters.
      return { where, severity, plainSeverity: m.severity === 2 ? w.error : w.warning, text: terminalText(m.message) + platforms, rule: c.dim(m.ruleId) };
    });
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const severityWidth = Math.max(...rows.map((r) => r.plainSeverity.length));
    // A file name may hold escape sequences or bidi overrides: shown, never acted on by the terminal.
    out += `\n${c.underline(terminalText(path.relative(cwd, result.filePath) || result.filePath))}\n`;
    for (const r of rows) {
      out += `  ${c.dim(r.where.padStart(whereWidth))}  ${r.severity}${' '.repeat(severityWidth - r.plainSeverity.length)}  ${r.text}  ${r.rule}\n`;
    }
  }

  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${w.problems(total)} (${w.errors(errors)}, ${w.warnings(warnings)})`;
  out += `\n${errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary)}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    out += `  ${c.dim(w.fixable(w.errors(fixableErrors), w.warnings(fixableWarnings)))}\n`;
  }
  return out;
};
