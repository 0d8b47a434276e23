/**
 * junit: a JUnit XML report for GitLab's unit test report (`artifacts:reports:junit`). One
 * testsuite per draft and one testcase per draft × rule that reported something; the failure
 * lists each message with its line and column. A draft with no messages is one passing testcase,
 * so the report counts every draft. GitLab keys test cases by classname + name: file + rule.
 */
import type { LintMessage } from '../core/results.js';
import { repoRelative } from './paths.js';
import type { Formatter } from './types.js';
import { xmlAttr, xmlText } from './xml.js';

const WORDS = {
  da: { error: 'fejl', warning: 'advarsel', clean: 'ingen problemer', problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problemer'}` },
  en: { error: 'error', warning: 'warning', clean: 'no problems', problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'}` },
};

export const junit: Formatter = (results, { cwd, lang }) => {
  const w = WORDS[lang];
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const file = repoRelative(result.filePath, cwd);
    const byRule = new Map<string, LintMessage[]>();
    for (const m of result.messages) {
      const list = byRule.get(m.ruleId);
      if (list) list.push(m);
      else byRule.set(m.ruleId, [m]);
    }
    const cases: string[] = [];
    if (byRule.size === 0) {
      cases.push(`    <testcase classname="${xmlAttr(file)}" name="${xmlAttr(`rnsocial: ${w.clean}`)}" file="${xmlAttr(file)}" time="0"/>`);
    }
    for (const [ruleId, messages] of byRule) {
      const worst = messages.some((m) => m.severity === 2) ? 'error' : 'warning';
      const first = messages[0]!;
      const body = messages.map((m) => `${file}:${m.line}:${m.column}: ${m.severity === 2 ? w.error : w.warning}: ${m.message} (${ruleId})`).join('\n');
      cases.push(
        `    <testcase classname="${xmlAttr(file)}" name="${xmlAttr(ruleId)}" file="${xmlAttr(file)}" time="0">\n` +
          `      <failure type="${worst}" message="${xmlAttr(`${file}:${first.line}:${first.column}: ${first.message}${messages.length > 1 ? ` (+${messages.length - 1})` : ''}`)}">${xmlText(body)}</failure>\n` +
          `    </testcase>`,
      );
    }
    tests += cases.length;
    failures += byRule.size;
    suites.push(
      `  <testsuite name="${xmlAttr(file)}" tests="${cases.length}" failures="${byRule.size}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="rnsocial" tests="${tests}" failures="${failures}" errors="0" time="0">\n` +
    (suites.length > 0 ? `${suites.join('\n')}\n` : '') +
    `</testsuites>\n`
  );
};
