/** checkstyle: Checkstyle XML (read by Jenkins warnings-ng, reviewdog, SonarQube and others). */
import { repoRelative } from './paths.js';
import type { Formatter } from './types.js';
import { xmlAttr } from './xml.js';

export const checkstyle: Formatter = (results, { cwd }) => {
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n';
  for (const result of results) {
    const file = repoRelative(result.filePath, cwd);
    if (result.messages.length === 0) {
      out += `  <file name="${xmlAttr(file)}"/>\n`;
      continue;
    }
    out += `  <file name="${xmlAttr(file)}">\n`;
    for (const m of result.messages) {
      out +=
        `    <error line="${m.line}" column="${m.column}" severity="${m.severity === 2 ? 'error' : 'warning'}" ` +
        `message="${xmlAttr(`${m.message} (${m.ruleId})`)}" source="${xmlAttr(`rnsocial.${m.ruleId}`)}"/>\n`;
    }
    out += '  </file>\n';
  }
  return `${out}</checkstyle>\n`;
};
