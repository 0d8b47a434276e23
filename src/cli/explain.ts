/** `rnsocial explain <rule-id>`: the rule's doc (docs/rules/<category>/<name>.md) with its source and severities. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import { PLATFORMS } from '../core/platform.js';
import { compileRules } from '../engine/compile.js';

export const DOCS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/rules');

export function docPath(id: string): string {
  return path.join(DOCS_DIR, `${id}.md`);
}

export async function explainCommand(id: string, options: { lang?: string }): Promise<string> {
  const ruleSet = compileRules();
  const rule = ruleSet.rule(id);
  if (!rule) {
    const suggestion = didYouMean(id, ruleSet.ids);
    throw new UsageError(`unknown rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
  }
  const en = options.lang === 'en';
  const severities = PLATFORMS.map((p) => `${p}: ${ruleSet.rule(id, p)?.severity ?? '-'}`).join(', ');
  const file = docPath(id);
  const doc = existsSync(file) ? readFileSync(file, 'utf8').trim() : `# ${id}\n\n${rule.description[en ? 'en' : 'da']}`;
  return [
    doc,
    '',
    `${en ? 'Strategy source' : 'Kilde i strategien'}: ${rule.source || '—'}`,
    `${en ? 'Severity' : 'Alvor'}: ${severities}`,
    `${en ? 'Fixable with --fix' : 'Kan rettes med --fix'}: ${rule.fixable ? (en ? 'yes' : 'ja') : en ? 'no' : 'nej'}`,
    '',
  ].join('\n');
}
