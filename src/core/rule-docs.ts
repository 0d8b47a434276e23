/**
 * A rule's page, docs/rules/<id>.md: found, read and cut the same way for `rnsocial explain`, the
 * editor's hover and link, and formats that carry help text (SARIF).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DOCS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/rules');

export interface RuleDoc {
  /** The whole page, Markdown. */
  markdown: string;
  /** The first paragraph under the title, on one line. */
  summary: string;
}

const RULE_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;

/** The page's file, when `id` looks like a rule id and the page exists. */
export function ruleDocFile(id: string, dir: string = DOCS_DIR): string | undefined {
  const file = path.join(dir, `${id}.md`);
  return RULE_ID.test(id) && existsSync(file) ? file : undefined;
}

export function readRuleDoc(id: string, dir: string = DOCS_DIR): RuleDoc | undefined {
  const file = ruleDocFile(id, dir);
  if (!file) return undefined;
  const markdown = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').trim();
  return { markdown, summary: firstParagraph(markdown) };
}

export function firstParagraph(markdown: string): string {
  const paragraphs = markdown.split(/\n\s*\n/).map((p) => p.trim());
  const first = paragraphs.find((p) => p !== '' && !p.startsWith('#') && !p.startsWith('```'));
  return (first ?? '').replace(/\s*\n\s*/g, ' ');
}

/** The English part of a rule page: the section under `## English`, when the page has one. */
export function englishPart(doc: string): string | undefined {
  const match = /^## English[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(doc);
  return match?.[1]?.trim() || undefined;
}
