/**
 * Most posts are plain paragraphs with hashtags and links: for them the full remark parse (about
 * a millisecond per draft, most of the parse floor) builds a tree we can build directly. This
 * builds exactly the tree remark-parse + remark-frontmatter would — frontmatter, paragraphs of
 * one text node, `---` thread separators — or returns undefined when the text might hold any
 * other Markdown construct, and the caller runs the full parse.
 *
 * The character test is deliberately conservative: a line may not start with anything that can
 * open a block (indent, `>`, list markers, `#` + space, fences, `<`, `[`, `=`), no line may end
 * in a space (hard break), and nowhere may there be escapes, code, emphasis, links, HTML,
 * character references or characters micromark rewrites (NUL, CR, tab, BOM). Equality with the
 * full parse is tested over every fixture and random drafts (test/draft/fast-path.test.ts).
 */
import type { Paragraph, Root, RootContent, Text, ThematicBreak, Yaml } from 'mdast';

type Point = NonNullable<Root['position']>['start'];

/** Anywhere in the text: inline markup, or characters micromark changes. */
const INLINE_MARKUP = /[\\`*_[\]<\0\r\t\ufeff]|&[#A-Za-z0-9]+;/;
/** At a line's start: whatever could open a block, or start an indented one. */
const BLOCK_START = /^(?:[\s>+\-=~`<[|*_]|#(?:[\s#]|$)|\d{1,9}[.)])/;
const FENCE = '---';

export function parseMarkdownFast(text: string): Root | undefined {
  if (INLINE_MARKUP.test(text)) return undefined;
  const children: RootContent[] = [];
  let lineNo = 1;
  let at = 0;
  let previousBlank = true;

  // Line starts and ends as we go: positions are computed from them, as micromark does.
  const nextLine = (): { start: number; end: number; next: number } => {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    return { start: at, end, next: nl < 0 ? text.length + 1 : nl + 1 };
  };
  const point = (line: number, lineStart: number, offset: number): Point => ({ line, column: offset - lineStart + 1, offset });

  if (text.startsWith(`${FENCE}\n`)) {
    // Frontmatter: from the opening fence to the first line that is a fence; anything fence-like but not exactly `---` is left to remark.
    at = FENCE.length + 1;
    lineNo = 2;
    const values: string[] = [];
    for (;;) {
      if (at > text.length) return undefined; // unclosed
      const { start, end, next } = nextLine();
      const line = text.slice(start, end);
      if (/^\s*-{3,}\s*$/.test(line) || /^-{3}/.test(line)) {
        if (line !== FENCE) return undefined;
        const yaml: Yaml = { type: 'yaml', value: values.join('\n') };
        yaml.position = { start: { line: 1, column: 1, offset: 0 }, end: point(lineNo, start, end) };
        children.push(yaml);
        at = next;
        lineNo++;
        previousBlank = false;
        break;
      }
      values.push(line);
      at = next;
      lineNo++;
    }
  }

  let paragraph: { lines: string[]; start: Point; end: Point } | undefined;
  const close = (): void => {
    if (!paragraph) return;
    const position = { start: paragraph.start, end: paragraph.end };
    const node: Text = { type: 'text', value: paragraph.lines.join('\n') };
    node.position = { start: { ...position.start }, end: { ...position.end } };
    const block: Paragraph = { type: 'paragraph', children: [node] };
    block.position = position;
    children.push(block);
    paragraph = undefined;
  };

  while (at <= text.length) {
    const { start, end, next } = nextLine();
    if (start === end) {
      close();
      previousBlank = true;
    } else {
      const line = text.slice(start, end);
      if (line === FENCE) {
        // A thread separator: a thematic break after a blank line (after a paragraph line it would underline a heading).
        if (!previousBlank) return undefined;
        const node: ThematicBreak = { type: 'thematicBreak' };
        node.position = { start: point(lineNo, start, start), end: point(lineNo, start, end) };
        children.push(node);
      } else {
        if (BLOCK_START.test(line) || /\s$/.test(line)) return undefined;
        if (paragraph) paragraph.lines.push(line);
        else paragraph = { lines: [line], start: point(lineNo, start, start), end: point(lineNo, start, end) };
        paragraph.end = point(lineNo, start, end);
      }
      previousBlank = false;
    }
    at = next;
    lineNo++;
  }
  close();

  const lastLineStart = text.lastIndexOf('\n') + 1;
  const lines = countLines(text);
  const root: Root = { type: 'root', children };
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lines, column: text.length - lastLineStart + 1, offset: text.length } };
  return root;
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
