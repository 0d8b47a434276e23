/** A rule's page in docs/rules/<id>.md, for formats that carry help text (SARIF). */
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

export function readRuleDoc(id: string, dir: string = DOCS_DIR): RuleDoc | undefined {
  const file = path.join(dir, `${id}.md`);
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id) || !existsSync(file)) return undefined;
  const markdown = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').trim();
  return { markdown, summary: firstParagraph(markdown) };
}

export function firstParagraph(markdown: string): string {
  const paragraphs = markdown.split(/\n\s*\n/).map((p) => p.trim());
  const first = paragraphs.find((p) => p !== '' && !p.startsWith('#') && !p.startsWith('```'));
  return (first ?? '').replace(/\s*\n\s*/g, ' ');
}
