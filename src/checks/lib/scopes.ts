/**
 * The units a count or a measure applies to: the whole post, a thread part, a paragraph, a sentence.
 * A paragraph is what the platform shows as one block: a Markdown paragraph, except that the
 * items of a list written inside it ("• …", "- …", "1) …", "✅ …" at the start of its lines) are
 * paragraphs of their own – the platform shows each on its own line, so a list is not a wall of
 * text (platform/paragraph-length). Markdown list items are paragraphs already.
 */
import type { Draft } from '../../draft/draft.js';
import type { Range } from '../../draft/types.js';

export const SCOPES = ['post', 'part', 'paragraph', 'sentence'] as const;
export type Scope = (typeof SCOPES)[number];

export function scopeRanges(draft: Draft, scope: Scope): Range[] {
  const { model } = draft;
  switch (scope) {
    case 'post': {
      const start = model.published.sourceStart;
      return start === undefined ? [] : [{ start, end: model.published.toSource(model.published.text.length, true) }];
    }
    case 'part':
      return model.threadParts
        .filter((part) => part.sourceStart !== undefined)
        .map((part) => ({ start: part.sourceStart!, end: part.toSource(part.text.length, true) }));
    case 'paragraph':
      return model.paragraphs.flatMap((p) => listItems(draft.text, p));
    case 'sentence':
      return model.sentences;
  }
}

/** A line that starts a list item: a bullet, a number + "." or ")", a keycap or an emoji, then a space. */
const ITEM_START = /^[ \t]*(?:[-\u2013\u2014\u2022*+\u00B7\u25AA\u25BA]|\d{1,3}[.)]|\d\uFE0F?\u20E3|\p{Extended_Pictographic}[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]*)[ \t]/u;
const LINE_BREAK = /\r\n|\r|\n/g;

/** A paragraph split before every line that starts a list item; the lines before the first item stay one paragraph. */
function listItems(text: string, paragraph: Range): Range[] {
  const source = text.slice(paragraph.start, paragraph.end);
  const starts: number[] = [];
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(source); m !== null; m = LINE_BREAK.exec(source)) {
    const lineStart = m.index + m[0].length;
    if (ITEM_START.test(source.slice(lineStart, lineStart + 24))) starts.push(paragraph.start + lineStart);
  }
  if (starts.length === 0) return [paragraph];
  const ranges: Range[] = [];
  let from = paragraph.start;
  for (const start of starts) {
    ranges.push({ start: from, end: trimEnd(text, from, start) });
    from = start;
  }
  ranges.push({ start: from, end: paragraph.end });
  return ranges;
}

/** The end of `text[start, end)` without its trailing white space (the line break before the next item). */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** Where to point a message about a whole scope: its first line, so editors land on it. */
export function headOf(draft: Draft, range: Range): Range {
  const text = draft.text.slice(range.start, range.end);
  const lineEnd = text.search(/\r|\n/);
  return { start: range.start, end: lineEnd === -1 ? range.end : range.start + lineEnd };
}

/** Items (sorted by start) that lie inside a range. */
export function within<T extends Range>(items: readonly T[], range: Range): T[] {
  return items.filter((item) => item.start >= range.start && item.end <= range.end);
}

/**
 * Where a message about a missing frontmatter key points: the opening `---` of the frontmatter,
 * or the first line of the body when there is no frontmatter.
 */
export function frontmatterHead(draft: Draft): Range {
  if (draft.model.body.start > 0) return { start: 0, end: Math.min(3, draft.text.length) };
  return headOf(draft, { start: 0, end: draft.text.length });
}
