/** The units a count or a measure applies to: the whole post, a thread part, a paragraph, a sentence. */
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
      return model.paragraphs;
    case 'sentence':
      return model.sentences;
  }
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
