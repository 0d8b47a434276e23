/**
 * The tree of a draft too complex to parse as Markdown (src/draft/complexity.ts): its frontmatter
 * as remark reads it, and the rest as paragraphs of plain text (split at blank lines). Every check that reads the
 * text (CPR numbers, words, lengths, hashtags) still runs on it; Markdown syntax is not seen.
 */
import type { Paragraph, Root, RootContent, Text } from 'mdast';
import { parseMarkdown } from './markdown.js';
import type { LineIndex } from './positions.js';

const OPENING_FENCE = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSING_FENCE = /^---[ \t]*$/;
const BLANK = /^\s*$/;

export function plainRoot(text: string, lines: LineIndex): Root {
  const children: RootContent[] = [];
  let bodyStart = 0;
  const yamlEnd = frontmatterEnd(text, lines);
  if (yamlEnd !== undefined) {
    // The frontmatter alone is cheap to parse, and remark decides what counts as one.
    const yaml = parseMarkdown(text.slice(0, yamlEnd)).children[0];
    if (yaml?.type === 'yaml' && yaml.position?.end.offset !== undefined) {
      children.push(yaml);
      bodyStart = yaml.position.end.offset;
    }
  }
  // Paragraphs: runs of lines that are not blank, as a reader sees them.
  const firstLine = lines.position(bodyStart).line + (bodyStart > 0 ? 1 : 0);
  let start = -1;
  let end = -1;
  const close = (): void => {
    if (start < 0) return;
    const position = { start: point(lines, start), end: point(lines, end) };
    const value: Text = { type: 'text', value: text.slice(start, end), position };
    const paragraph: Paragraph = { type: 'paragraph', children: [value], position };
    children.push(paragraph);
    start = -1;
  };
  for (let line = firstLine; line <= lines.lineCount; line++) {
    const from = lines.lineStart(line);
    const to = lines.lineEnd(line);
    if (BLANK.test(text.slice(from, to))) close();
    else {
      if (start < 0) start = from;
      end = to;
    }
  }
  close();
  return { type: 'root', children, position: { start: point(lines, 0), end: point(lines, text.length) } };
}

/** End of the closing fence line, when the text opens with a frontmatter fence and closes it. */
function frontmatterEnd(text: string, lines: LineIndex): number | undefined {
  if (!OPENING_FENCE.test(text)) return undefined;
  for (let line = 2; line <= lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    if (CLOSING_FENCE.test(text.slice(start, end))) return end;
  }
  return undefined;
}

function point(lines: LineIndex, offset: number): { line: number; column: number; offset: number } {
  return { ...lines.position(offset), offset };
}
