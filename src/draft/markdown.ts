/** Markdown → mdast, with YAML frontmatter recognised. One frozen processor per process. */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseMarkdownFast } from './fast-path.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** RNSOCIAL_FAST_PATH=0 turns the plain-text fast path off (the equality tests compare both). */
let fastPath = process.env.RNSOCIAL_FAST_PATH !== '0';

/** For the equality tests: lint the same drafts with and without the fast path. */
export function useFastPath(on: boolean): void {
  fastPath = on;
}

export function parseMarkdown(text: string): Root {
  return (fastPath ? parseMarkdownFast(text) : undefined) ?? parseMarkdownFull(text);
}

/** The full remark parse, whatever the text. */
export function parseMarkdownFull(text: string): Root {
  return processor.parse(text);
}
