/**
 * The hover on a message: what the rule flags and why (its page in docs/rules/<id>.md up to the
 * examples) and the strategy passage it enforces, as `rnsocial explain` tells it.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../core/lang.js';
import { DOCS_DIR, englishPart, ruleDocFile } from '../core/rule-docs.js';
import type { Rule } from '../engine/rule.js';

/** docs/rules/ of the installed package (a bundle that moves it passes its own: ServerOptions.docsDir). */
export { DOCS_DIR };

/** The rule page as a file:// URI (the diagnostic's link), when the page exists. */
export function ruleDocHref(id: string, docsDir: string = DOCS_DIR): string | undefined {
  const file = ruleDocFile(id, docsDir);
  return file ? pathToFileURL(file).href : undefined;
}

/** The sections that show a rule at work: long, and what the editor already shows. */
const EXAMPLES = /^## (?:Dårligt|Godt|English|Konfiguration)\b/m;

export function ruleExplanation(rule: Pick<Rule, 'id' | 'description' | 'source' | 'fixable'>, lang: Lang, docsDir: string = DOCS_DIR): string {
  const en = lang === 'en';
  const file = ruleDocFile(rule.id, docsDir);
  const page = file ? readFileSync(file, 'utf8').replace(/\r\n?/g, '\n') : undefined;
  const english = page ? englishPart(page) : undefined;
  let what: string;
  if (page && (!en || english)) what = en ? `# ${rule.id}\n\n${english}` : page.split(EXAMPLES)[0]!.trim();
  else what = `# ${rule.id}\n\n${rule.description[en ? 'en' : 'da']}${en && page ? '\n\nThe rule page is in Danish only.' : ''}`;
  const source = `**${en ? 'Strategy source' : 'Kilde i strategien'}:** ${rule.source || '—'}`;
  const fixable = rule.fixable ? (en ? 'Fixable: the quick fix or `rnsocial lint --fix` corrects it.' : 'Kan rettes: hurtigrettelsen eller `rnsocial lint --fix` retter det.') : '';
  return [what, source, fixable].filter(Boolean).join('\n\n');
}
