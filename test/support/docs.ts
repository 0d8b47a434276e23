/** The fenced code blocks of one language in a Markdown file of the repository (docs/ci.md …). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lint.js';

export function codeBlocks(file: string, lang: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
}
