/**
 * gitlab: GitLab Code Quality (`artifacts:reports:codequality`), a JSON array of Code Climate
 * issues. The fingerprint hashes rule, path, position and message, so two findings never
 * collapse into one in the merge request widget.
 */
import { createHash } from 'node:crypto';
import { repoRelative } from './paths.js';
import type { Formatter } from './types.js';

export const gitlab: Formatter = (results, { cwd }) => {
  const issues = results.flatMap((result) => {
    const file = repoRelative(result.filePath, cwd);
    return result.messages.map((m) => ({
      type: 'issue',
      description: m.message || m.ruleId,
      check_name: m.ruleId,
      fingerprint: createHash('md5')
        .update(`${m.ruleId}\0${file}\0${m.line}:${m.column}-${m.endLine}:${m.endColumn}\0${m.message}`)
        .digest('hex'),
      severity: m.severity === 2 ? 'major' : 'minor',
      location: { path: file, lines: { begin: Math.max(1, m.line), end: Math.max(1, m.line, m.endLine) } },
    }));
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
