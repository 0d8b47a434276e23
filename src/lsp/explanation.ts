/**
 * The hover on a message: what the rule flags and why (its page in docs/rules/<id>.md up to the
 * examples) and the strategy passage it enforces, as `rnsocial explain` tells it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Lang } from '../core/lang.js';
import type { Rule } from '../engine/rule.js';

/** docs/rules/ of the installed package (a bundle that moves it passes its own: ServerOptions.docsDir). */
export const DOCS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/rules');

const RULE_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;

export function ruleDocFile(id: string, docsDir: string = DOCS_DIR): string | undefined {
  const file = path.join(docsDir, `${id}.md`);
  return RULE_ID.test(id) && existsSync(file) ? file : undefined;
}

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

/** The section under `## English`, when the page has one (as `rnsocial explain --lang en`). */
function englishPart(doc: string): string | undefined {
  const match = /^## English[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(doc);
  return match?.[1]?.trim() || undefined;
}
