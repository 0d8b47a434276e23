/** Markdown → mdast, with YAML frontmatter recognised. One frozen processor per process. */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseMarkdownFast } from './fast-path.js';
import { fastPathOn } from './fast-path-switch.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

export { useFastPath } from './fast-path-switch.js';

export function parseMarkdown(text: string): Root {
  return (fastPathOn() ? parseMarkdownFast(text) : undefined) ?? parseMarkdownFull(text);
}

/** The full remark parse, whatever the text. */
export function parseMarkdownFull(text: string): Root {
  return processor.parse(text);
}
