/** `rnsocial explain <rule-id>`: the rule's doc (docs/rules/<category>/<name>.md) with its source and severities. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import { PLATFORMS } from '../core/platform.js';
import { DOCS_DIR, englishPart, ruleDocFile } from '../core/rule-docs.js';
import { setUp, type SetupOptions } from './lint-setup.js';

export interface ExplainOptions {
  lang?: string;
  config?: string | false;
}

export async function explainCommand(id: string, options: ExplainOptions, cwd = process.cwd()): Promise<string> {
  const setupOptions: SetupOptions = { ...(options.config !== undefined ? { config: options.config } : {}), ...(options.lang ? { lang: options.lang } : {}) };
  const { config, lang, project } = await setUp(setupOptions, cwd);
  const ruleSet = project.ruleSet;
  const en = lang === 'en';
  const rule = ruleSet.rule(id);
  if (!rule) {
    const suggestion = didYouMean(id, ruleSet.ids);
    throw new UsageError(
      en
        ? `unknown rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`
        : `ukendt regel "${id}"${suggestion ? ` (mente du "${suggestion}"?)` : ''}`,
    );
  }
  // Severities under the project's config: a rule switched off in .rnsocialrc.json says so.
  const severities = PLATFORMS.map((p) => `${p}: ${project.linter.effectiveRules(p, [config.rules]).find((r) => r.id === id)?.severity ?? '-'}`).join(', ');
  const file = ruleDocFile(id);
  const page = file ? readFileSync(file, 'utf8').trim() : undefined;
  let doc: string;
  if (!page) doc = `# ${id}\n\n${rule.description[en ? 'en' : 'da']}`;
  else if (!en) doc = page;
  else {
    const english = englishPart(page);
    doc = english
      ? `# ${id}\n\n${english}`
      : `# ${id}\n\n${rule.description.en}\n\nThe rule page is in Danish only: ${path.relative(path.resolve(DOCS_DIR, '../..'), file!).split(path.sep).join('/')} (run without --lang en to read it).`;
  }
  return [
    doc,
    '',
    `${en ? 'Strategy source' : 'Kilde i strategien'}: ${rule.source || '—'}`,
    `${en ? 'Severity' : 'Alvor'}${config.file ? (en ? ' (with your config)' : ' (med jeres konfiguration)') : ''}: ${severities}`,
    `${en ? 'Fixable with --fix' : 'Kan rettes med --fix'}: ${rule.fixable ? (en ? 'yes' : 'ja') : en ? 'no' : 'nej'}`,
    '',
  ].join('\n');
}
